import Foundation

/// The output formats of a report.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
  /// One self-contained HTML file (inline CSS and SVG, no script, printable to A4).
  case html
  /// A Markdown file with the SVG charts written beside it.
  case markdown
  /// A JSON document, schema `oncocohort.report/1` (docs/report-schema.md).
  case json
}

/// How to render a report.
public struct ReportOptions: Sendable, Hashable {
  /// The minimum cell count of statistical secrecy (values below 1 become 1).
  public var minCellCount: Int
  /// The creation time written in the provenance.
  ///
  /// `nil` keeps the document's, or uses now.
  /// Fix it (``ReportTimestamp/resolve(option:environment:)``) for byte-identical reruns.
  public var timestamp: Date?
  /// The main file's name without extension; charts of the Markdown format are named after it.
  public var baseName: String

  /// Creates options.
  public init(minCellCount: Int = 10, timestamp: Date? = nil, baseName: String = "report") {
    self.minCellCount = max(1, minCellCount)
    self.timestamp = timestamp
    self.baseName = baseName
  }
}

/// One file of a rendered report.
public struct RenderedFile: Sendable, Hashable {
  /// Its path relative to the output folder (the main file first).
  public var path: String
  /// Its text (UTF-8).
  public var contents: String
}

/// The entry point of the `report` command: secrecy, then one renderer.
public enum ReportRenderer {
  /// Renders a report: applies ``StatisticalSecrecy`` with the options' minimum cell count, sets
  /// the creation time, and writes the format's files.
  ///
  /// - Returns: The files to write, the main one first (`<baseName>.html`, `.md` followed by its
  ///   SVG charts, or `.json`).
  public static func render(
    document: ReportDocument, format: ReportFormat, options: ReportOptions = ReportOptions()
  )
    -> [RenderedFile]
  {
    var document = document
    document.provenance.createdAt = options.timestamp ?? document.provenance.createdAt ?? Date()
    let masked = StatisticalSecrecy(minCellCount: options.minCellCount).apply(to: document)
    switch format {
    case .html:
      return [RenderedFile(path: options.baseName + ".html", contents: HTMLRenderer(report: masked).render())]
    case .markdown:
      return MarkdownRenderer(report: masked, baseName: options.baseName).render()
    case .json:
      return [RenderedFile(path: options.baseName + ".json", contents: JSONRenderer(report: masked).render())]
    }
  }
}

/// The creation time of a report, overridable for reproducible output.
public enum ReportTimestamp {
  /// The time given by `--timestamp` (ISO 8601 such as `2026-01-31T12:00:00Z`, or seconds since
  /// 1970), else by `SOURCE_DATE_EPOCH` (seconds), else `nil` (the caller uses now).
  ///
  /// - Throws: ``ReportError`` naming the bad value and the accepted forms.
  public static func resolve(option: String?, environment: [String: String]) throws -> Date? {
    if let option {
      if let seconds = Int(option) { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
      if let date = ISO8601DateFormatter().date(from: option) { return date }
      throw ReportError(
        .invalidTimestamp,
        message: "'\(option)' is not a timestamp",
        hint: "give ISO 8601 with a zone (2026-01-31T12:00:00Z) or seconds since 1970")
    }
    if let epoch = environment["SOURCE_DATE_EPOCH"] {
      guard let seconds = Int(epoch) else {
        throw ReportError(
          .invalidTimestamp,
          message: "SOURCE_DATE_EPOCH='\(epoch)' is not a whole number of seconds",
          hint: "for example 1767225600")
      }
      return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
    return nil
  }

  /// The time as `YYYY-MM-DDTHH:MM:SSZ` (UTC), the form every format writes.
  static func format(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
