import Foundation
import OncoReports
import OncoTestSupport
import Testing

/// Golden files of each format on the sample report.
///
/// Reviewed by hand (`Fixtures/golden/README.md`). `RECORD_SNAPSHOTS=1` rewrites them and fails the run.
@Suite struct GoldenTests {
  static let folder = Fixtures.local("OncoReportsTests", "golden")

  @Test(arguments: ReportFormat.allCases)
  func matchesGolden(format: ReportFormat) throws {
    let files = ReportRenderer.render(
      document: try SampleReport.document(), format: format,
      options: ReportOptions(timestamp: SampleReport.timestamp))
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    for file in files {
      let url = URL(fileURLWithPath: Self.folder).appendingPathComponent(file.path)
      if record {
        try file.contents.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(file.path); review it and run again without RECORD_SNAPSHOTS")
        continue
      }
      let expected = try String(contentsOf: url, encoding: .utf8)
      #expect(file.contents == expected, "\(file.path) differs from its golden file")
    }
  }

  @Test func markdownWritesItsChartsBesideIt() {
    let files =
      (try? SampleReport.document()).map {
        ReportRenderer.render(
          document: $0, format: .markdown, options: ReportOptions(timestamp: SampleReport.timestamp))
      } ?? []
    #expect(
      files.map(\.path) == [
        "report.md", "report-attrition.svg", "report-sankey.svg", "report-km-1.svg", "report-forest-1.svg",
      ])
    for svg in files.dropFirst() { #expect(files[0].contents.contains("](\(svg.path))")) }
  }

  @Test(arguments: ReportFormat.allCases)
  func twoRendersGiveTheSameBytes(format: ReportFormat) throws {
    let document = try SampleReport.document()
    let options = ReportOptions(timestamp: SampleReport.timestamp)
    #expect(
      ReportRenderer.render(document: document, format: format, options: options)
        == ReportRenderer.render(document: document, format: format, options: options))
  }

  @Test func timestampComesFromTheOptionOrSourceDateEpoch() throws {
    #expect(try ReportTimestamp.resolve(option: "1767225600", environment: [:]) == SampleReport.timestamp)
    #expect(
      try ReportTimestamp.resolve(option: "2026-01-01T00:00:00Z", environment: [:]) == SampleReport.timestamp)
    #expect(
      try ReportTimestamp.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        == SampleReport.timestamp)
    #expect(try ReportTimestamp.resolve(option: nil, environment: [:]) == nil)
    #expect(throws: ReportError.self) { try ReportTimestamp.resolve(option: "yesterday", environment: [:]) }
  }

  @Test func jsonIsValidAndHasTheSchema() throws {
    let files = ReportRenderer.render(
      document: try SampleReport.document(), format: .json,
      options: ReportOptions(timestamp: SampleReport.timestamp))
    let object =
      try JSONSerialization.jsonObject(with: Data(try #require(files.first).contents.utf8)) as? [String: Any]
    #expect(object?["schema"] as? String == "oncocohort.report/1")
    let provenance = object?["provenance"] as? [String: Any]
    #expect(provenance?["created_at"] as? String == "2026-01-01T00:00:00Z")
  }
}

/// The HTML is self-contained and accessible.
@Suite struct HTMLStructureTests {
  @Test func selfContainedWithCaptionsAndHeaders() throws {
    let html = try #require(
      ReportRenderer.render(
        document: try SampleReport.document(), format: .html,
        options: ReportOptions(timestamp: SampleReport.timestamp)
      ).first?.contents)
    func count(_ needle: String) -> Int { html.components(separatedBy: needle).count - 1 }
    #expect(count("<table>") == count("<caption>"))
    // Groups, attrition, Table 1, genes, pairs, lines, sequences, times, survival, at risk, HRs, provenance.
    #expect(count("<table>") == 12)
    #expect(count("<th scope=\"col\">") > 0 && count("<th scope=\"row\">") > 0)
    #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
    // The only URL is the SVG namespace.
    #expect(count("://") == count("xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(html.contains("@page{size:A4") && html.contains("@media print"))
    #expect(!html.contains("patient_id") && !html.contains("P-0"))
  }
}
