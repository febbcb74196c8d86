import Foundation
import OncoReports
import OncoTestSupport
import Testing

/// Loads the HTML report in headless Chromium and checks the page it builds.
///
/// Debian's `chromium` is installed by `scripts/install-system-packages.sh`. The test checks what the browser built: no console message
/// (a blocked fetch or a script error would log one), and the expected charts in the DOM it
/// serialised. A missing browser fails the test: CI installs it.
@Suite(.serialized) struct ChromiumTests {
  /// What one page load gave.
  struct Load {
    var dom: String
    var consoleLines: [String]
  }

  static func browser() -> URL? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["CHROMIUM"] {
      return FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
    }
    let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for directory in directories where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)")
      {
        return URL(fileURLWithPath: "\(directory)/\(name)")
      }
    }
    return nil
  }

  /// Runs `chromium --headless --dump-dom` on `html`, at most 120 s.
  static func load(_ html: String) throws -> Load? {
    guard let browser = browser() else {
      Issue.record(
        "Chromium not found (looked for chromium, chromium-browser, google-chrome on PATH, or $CHROMIUM); run scripts/install-system-packages.sh"
      )
      return nil
    }
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("report.html")
    try html.write(to: page, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = browser
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--user-data-dir=\(folder.path)/profile",
      "--enable-logging=stderr", "--v=0", "--dump-dom", page.absoluteString,
    ]
    let out = folder.appendingPathComponent("dom.html")
    let err = folder.appendingPathComponent("stderr.txt")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    if process.isRunning {
      process.terminate()
      Issue.record("Chromium did not finish within 120 s")
      return nil
    }
    let stderr = try String(contentsOf: err, encoding: .utf8)
    return Load(
      dom: try String(contentsOf: out, encoding: .utf8),
      consoleLines: stderr.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") })
  }

  static func occurrences(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test func reportLoadsWithoutConsoleErrorsAndHasItsCharts() throws {
    let html = try #require(
      ReportRenderer.render(
        document: try SampleReport.document(), format: .html,
        options: ReportOptions(timestamp: SampleReport.timestamp)
      ).first?.contents)
    guard let load = try Self.load(html) else { return }
    #expect(load.consoleLines.isEmpty, "console: \(load.consoleLines)")
    #expect(load.dom.contains("<body"), "Chromium gave no DOM")
    // Four charts, each an accessible image with a title and a description.
    #expect(Self.occurrences("<svg ", in: load.dom) == 4)
    #expect(Self.occurrences("role=\"img\"", in: load.dom) == 4)
    #expect(Self.occurrences("<desc ", in: load.dom) == 4)
    // One drawn curve (the two other groups are masked), three risk-table rows.
    #expect(Self.occurrences("class=\"km-curve\"", in: load.dom) == 1)
    #expect(Self.occurrences("class=\"km-risk-row\"", in: load.dom) == 3)
    #expect(Self.occurrences("class=\"forest-row\"", in: load.dom) == 4)
    #expect(Self.occurrences("class=\"attrition-step\"", in: load.dom) == 3)
    #expect(!load.dom.contains("<script"))
  }

  /// With no secrecy every group has its curve.
  @Test func everyCurveIsDrawnWithoutSecrecy() throws {
    let html = try #require(
      ReportRenderer.render(
        document: try SampleReport.document(), format: .html,
        options: ReportOptions(minCellCount: 1, timestamp: SampleReport.timestamp)
      ).first?.contents)
    guard let load = try Self.load(html) else { return }
    #expect(Self.occurrences("class=\"km-curve\"", in: load.dom) == 3)
    #expect(Self.occurrences("class=\"km-risk-row\"", in: load.dom) == 3)
  }

  /// The console check is real: a page that fetches an image logs a policy violation.
  @Test func consoleCheckCatchesAFetch() throws {
    let html = try #require(
      ReportRenderer.render(
        document: try SampleReport.document(), format: .html,
        options: ReportOptions(timestamp: SampleReport.timestamp)
      ).first?.contents)
    let fetching = html.replacingOccurrences(
      of: "<main>", with: "<main><img src=\"https://example.invalid/x.png\" alt=\"\">")
    guard let load = try Self.load(fetching) else { return }
    #expect(!load.consoleLines.isEmpty)
  }
}
