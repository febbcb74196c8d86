import OncoFormats
import OncoModel
import Testing

/// Everything a source reader gave, with typed views for assertions.
struct SourceReadResult {
  var records: [SourceRecord] = []
  var diagnostics: [Diagnostic] = []
  var reports: [FileReadReport] = []

  /// Reads `reader` once, checking `read == accepted + rejected` for every file.
  static func collect(_ reader: some SourceReader) throws -> SourceReadResult {
    var result = SourceReadResult()
    result.reports = try reader.read(
      record: { result.records.append($0) }, diagnostic: { result.diagnostics.append($0) })
    for report in result.reports {
      #expect(report.counts.read == report.counts.accepted + report.counts.rejected, "\(report.path)")
    }
    return result
  }

  func report(_ suffix: String) -> FileReadReport? { reports.first { $0.path.hasSuffix(suffix) } }
  var patients: [Patient] { records.compactMap { if case .patient(let p) = $0 { p } else { nil } } }
  var samples: [Sample] { records.compactMap { if case .sample(let s) = $0 { s } else { nil } } }
  var diagnoses: [Diagnosis] { records.compactMap { if case .diagnosis(let d) = $0 { d } else { nil } } }
  var alterations: [Alteration] { records.compactMap { if case .alteration(let a) = $0 { a } else { nil } } }
  var biomarkers: [Biomarker] { records.compactMap { if case .biomarker(let b) = $0 { b } else { nil } } }
  var treatments: [TreatmentExposure] {
    records.compactMap { if case .treatment(let t) = $0 { t } else { nil } }
  }
  var events: [ClinicalEvent] { records.compactMap { if case .event(let e) = $0 { e } else { nil } } }
  var panels: [GenePanel] { records.compactMap { if case .panel(let p) = $0 { p } else { nil } } }

  /// The first error diagnostic at `line` of the file whose path ends with `file`.
  func error(_ file: String, line: Int) -> Diagnostic? {
    diagnostics.first {
      $0.severity == .error && $0.location.file.hasSuffix(file) && $0.location.line == line
    }
  }
}
