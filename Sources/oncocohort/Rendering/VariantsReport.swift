import OncoFormats
import OncoModel

/// Writes `oncocohort variants` output as alterations arrive, in TSV or JSON.
///
/// JSON: `{"schema":"oncocohort.variants/1","alterations":[…],"files":[…],"diagnostics":[…]}`;
/// alterations are streamed, so the file summaries come after them.
struct VariantsReport {
  private let format: VariantsCommand.Format
  private let writer: ResultWriter
  private var alterationCount = 0
  private var files: [String] = []
  private var diagnostics: [String] = []
  private var pending = OutputBuffer()

  init(format: VariantsCommand.Format, writer: ResultWriter) {
    self.format = format
    self.writer = writer
    switch format {
    case .tsv: pending.append(AlterationRecord.columns.joined(separator: "\t") + "\n")
    case .json: pending.append(#"{"schema":"oncocohort.variants/1","alterations":["#)
    }
  }

  mutating func add(_ alteration: Alteration) {
    switch format {
    case .tsv:
      AlterationRecord.writeTSV(alteration, to: &pending)
    case .json:
      if alterationCount > 0 { pending.append(byte: 0x2C) }
      AlterationRecord.writeJSON(alteration, to: &pending)
    }
    alterationCount += 1
    if pending.bytes.count > 1 << 16 { flush() }
  }

  mutating func add(file: String, summary: VariantFiles.Summary) {
    files.append(
      JSONWriter.object([
        "path": JSONWriter.quoted(file), "format": JSONWriter.quoted(summary.format.rawValue),
        "records_read": String(summary.counts.read), "accepted": String(summary.counts.accepted),
        "rejected": String(summary.counts.rejected),
      ]))
  }

  mutating func add(failedFile file: String) {
    files.append(
      JSONWriter.object([
        "path": JSONWriter.quoted(file), "format": "null", "records_read": "0", "accepted": "0",
        "rejected": "0",
      ]))
  }

  mutating func add(diagnostics new: [Diagnostic]) {
    for diagnostic in new {
      diagnostics.append(
        JSONWriter.object([
          "file": JSONWriter.quoted(diagnostic.location.file),
          "line": JSONWriter.number(diagnostic.location.line),
          "column": JSONWriter.number(diagnostic.location.column),
          "severity": JSONWriter.quoted(diagnostic.severity.rawValue),
          "message": JSONWriter.quoted(diagnostic.message),
          "hint": JSONWriter.string(diagnostic.hint),
        ]))
    }
  }

  mutating func finish() {
    if format == .json {
      pending.append("],\"files\":" + JSONWriter.array(files))
      pending.append(",\"diagnostics\":" + JSONWriter.array(diagnostics) + "}\n")
    }
    flush()
  }

  private mutating func flush() {
    writer.write(pending.bytes)
    pending.removeAll()
  }
}
