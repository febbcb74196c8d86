import Foundation
import OncoTestSupport
import Testing

/// `oncocohort demo` end to end on a reduced SampleData written by the generator.
@Suite struct DemoCommandTests {
  @Test func demoImportsAndReportsEveryQuery() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("oncodemo-\(UUID().uuidString)")
    let data = root.appendingPathComponent("SampleData")
    try FileManager.default.createDirectory(
      at: data.appendingPathComponent("queries"), withIntermediateDirectories: true)
    let generator = Process()
    generator.executableURL = CLI.executable.deletingLastPathComponent().appendingPathComponent(
      "generate-sampledata")
    generator.arguments = [data.path, "--patients", "150"]
    generator.standardOutput = FileHandle.nullDevice
    try generator.run()
    generator.waitUntilExit()
    #expect(generator.terminationStatus == 0)
    try """
    version: 1
    name: By source
    groups: {by: source}
    """.write(to: data.appendingPathComponent("queries/sources.yaml"), atomically: true, encoding: .utf8)
    try "version: 1\nname: Everyone\n".write(
      to: data.appendingPathComponent("queries/all.yaml"), atomically: true, encoding: .utf8)
    // From the folder holding SampleData/, as the README's quick start runs it.
    let result = try CLI.run(
      ["demo", "--output", "out"], directory: root, environment: ["SOURCE_DATE_EPOCH": "1767225600"])
    #expect(result.status == 0, "\(result.stderr)")
    for name in ["all.html", "all.json", "sources.html", "sources.json", "sampledata.sqlite"] {
      #expect(
        FileManager.default.fileExists(atPath: root.appendingPathComponent("out/" + name).path), "\(name)")
    }
    #expect(result.stdout.contains("registry (public)"))
    #expect(result.stdout.contains("median Overall survival"))
    let json = try Data(contentsOf: root.appendingPathComponent("out/all.json"))
    let document = try #require(JSONSerialization.jsonObject(with: json) as? [String: Any])
    let cohort = try #require(document["cohort"] as? [String: Any])
    #expect(cohort["patients"] as? Int == 150)  // every patient of the three sources
    let missing = try CLI.run(["demo", "--sample-data", "nowhere", "--output", "out2"], directory: root)
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("not a SampleData folder"))
  }
}
