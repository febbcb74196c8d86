import ArgumentParser
import Foundation
import OncoQuery
import OncoReports

/// `oncocohort report QUERY.yaml --output FILE`: the prognosis report as HTML, Markdown or JSON.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a cohort's prognosis report: HTML (self-contained), Markdown with SVG charts, or JSON.",
    discussion: """
      The report holds what `describe` computes (cohort definition, attrition, baseline, \
      alterations, care pathway, survival) with charts (attrition flow, Sankey, Kaplan–Meier \
      curves with numbers at risk, forest plot) and a provenance footer: tool version, the query \
      file's sha256, the warehouse fingerprint, ontology versions, the line-of-therapy preset, \
      the command line and the creation time. Statistical secrecy applies to every count. The \
      creation time is --timestamp (ISO 8601 or @seconds), else $SOURCE_DATE_EPOCH, else now: \
      fix it and two runs write the same bytes. The format defaults to the --output extension \
      (.html, .md, .json). Markdown writes its SVG charts beside the file. See docs/reports.md \
      and docs/report-schema.md.

      Examples:
        oncocohort report q.yaml --warehouse oncocohort.sqlite --output report.html
        oncocohort report q.yaml --output r.json --timestamp 2026-01-31T12:00:00Z
        SOURCE_DATE_EPOCH=1767225600 oncocohort report q.yaml --output report.md

      Exit status: 0 ok, 65 invalid query or data, 64 bad usage.
      """
  )

  @OptionGroup var options: CohortQueryOptions

  @Option(
    help: ArgumentHelp("The report file to write (its folder receives Markdown's charts).", valueName: "file")
  )
  var output: String

  @Option(help: "Report format (default: from the --output extension, else html).")
  var format: ReportFormat?

  @Option(
    help: ArgumentHelp(
      "Creation time written in the report: ISO 8601 (2026-01-31T12:00:00Z) or @seconds since 1970.",
      valueName: "time"))
  var timestamp: String?

  func run() throws {
    let time = try ReportTimestamp.resolve(
      option: timestamp.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 },
      environment: ProcessInfo.processInfo.environment)
    let (loaded, assembler) = try options.load()
    let assembled = try assembler.assemble(QueryLoader.request(loaded, file: options.query))
    try ReportFiles.write(
      assembled.document, to: output, format: format ?? ReportFiles.format(for: output),
      options: ReportOptions(minCellCount: options.minimumCellCount(loaded), timestamp: time))
  }
}

extension ReportFormat: ExpressibleByArgument {}

/// Writing a rendered report's files next to the main one.
enum ReportFiles {
  /// The format a file name implies: `.md`/`.markdown`, `.json`, else HTML.
  static func format(for path: String) -> ReportFormat {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "md", "markdown": .markdown
    case "json": .json
    default: .html
    }
  }

  /// Renders `document` and writes its files; the main file is `path`, charts go beside it.
  /// - Returns: The paths written, the main one first.
  @discardableResult
  static func write(_ document: ReportDocument, to path: String, format: ReportFormat, options: ReportOptions)
    throws
    -> [String]
  {
    let url = URL(fileURLWithPath: path)
    var options = options
    options.baseName = url.deletingPathExtension().lastPathComponent
    let folder = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let files = ReportRenderer.render(document: document, format: format, options: options)
    var written: [String] = []
    for (index, file) in files.enumerated() {
      let target = index == 0 ? url : folder.appendingPathComponent(file.path)
      try Data(file.contents.utf8).write(to: target)
      written.append(index == 0 ? path : target.path)
    }
    return written
  }
}
