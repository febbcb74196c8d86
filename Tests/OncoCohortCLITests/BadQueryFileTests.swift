import Foundation
import OncoTestSupport
import Testing

/// Broken query files given to `oncocohort validate` (fixtures in `Fixtures/bad-inputs/yaml/`).
@Suite struct BadQueryFileTests {
  static let folder = URL(fileURLWithPath: Fixtures.local("OncoCohortCLITests", "bad-inputs/yaml"))

  /// File, then fragments: the tab is byte 1 of line 3; the second `name` is line 4, column 1.
  @Test(arguments: [
    ("tabs.yaml", ["tabs.yaml:3:1: error:", "tab"]),
    ("duplicate-keys.yaml", ["duplicate-keys.yaml:4:1: error:", "name"]),
    ("alias-bomb.yaml", ["alias-bomb.yaml:", "alias"]),
  ])
  func brokenQueryFileIsRefusedAtItsLocation(_ name: String, fragments: [String]) throws {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try CLI.run(["validate", name], directory: Self.folder)
    #expect(clock.now - start < .seconds(2))
    #expect(result.status == 65, "\(result.stderr)")
    for fragment in fragments { #expect(result.stderr.contains(fragment), "\(result.stderr)") }
  }

  /// A 1 MB scalar (written at test time) is refused or read, in bounded time, never a crash.
  @Test func oneMegabyteStringIsHandled() throws {
    let scratch = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let path = scratch.appendingPathComponent("huge.yaml").path
    let text = "name: \"" + String(repeating: "x", count: 1 << 20) + "\"\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let result = try CLI.run(["validate", path])
    #expect(result.status == 65 || result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("\(path):"))
    #expect(result.stderr.utf8.count < 10_000, "the value should not be echoed back whole")
  }
}
