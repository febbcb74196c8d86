import OncoWarehouse

/// The human-readable text of `import` and `summary` (not API: scripts use `--format json`).
enum WarehouseText {
  /// One block per source (its files with read / imported / rejected), then the totals.
  static func render(_ sources: [SourceReport], verb: String) -> String {
    var text = ""
    for source in sources {
      let state = source.skipped ? "unchanged, skipped" : verb
      text += "source \(source.name) (\(source.origin.rawValue)): \(state)\n"
      let width = source.files.map(\.path.count).max() ?? 0
      for file in source.files {
        let padded = file.path + String(repeating: " ", count: width - file.path.count)
        text +=
          "  \(padded)  \(file.format ?? "-")  \(file.recordsRead) read, \(file.imported) imported, "
          + "\(file.rejected) rejected\n"
      }
      text += "  " + counts(source.counts) + "\n"
      if verb != "stored" && !source.unmappedCodes.isEmpty {
        let shown = source.unmappedCodes.prefix(10).map { "\($0.vocabulary) \($0.code) ×\($0.occurrences)" }
        let more = source.unmappedCodes.count > 10 ? ", … (\(source.unmappedCodes.count) in all)" : ""
        text += "  unmapped codes (kept as written): \(shown.joined(separator: ", "))\(more)\n"
      }
    }
    text += "total: " + counts(sources.map(\.counts).reduce(RecordTotals(), +)) + "\n"
    return text
  }

  /// The summary: every source, totals, alterations by kind, and the codes left unmapped.
  static func render(_ summary: WarehouseSummary) -> String {
    var text = render(summary.sources, verb: "stored")
    let kinds = summary.alterationsByKind.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
    text += "alterations by kind: \(kinds.joined(separator: ", "))\n"
    text +=
      "persons: \(summary.persons), diagnoses: \(summary.diagnoses), biomarkers: \(summary.biomarkers), "
      + "panels: \(summary.panels), "
      + "rejected records: \(summary.rejects)\n"
    if summary.unmappedCodes.isEmpty {
      text += "unmapped codes: none\n"
    } else {
      text += "unmapped codes (kept as written):\n"
      for code in summary.unmappedCodes {
        text += "  \(code.source)  \(code.vocabulary)  \(code.code)  ×\(code.occurrences)\n"
      }
    }
    return text
  }

  static func counts(_ totals: RecordTotals) -> String {
    "\(totals.patients) patients, \(totals.samples) samples, \(totals.alterations) alterations, "
      + "\(totals.treatments) treatments, \(totals.events) events"
  }
}
