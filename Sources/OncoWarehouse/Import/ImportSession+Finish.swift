import GRDB
import OncoFormats
import OncoModel

extension ImportSession {
  /// Settles what could not be settled while streaming, then writes each file's counts.
  ///
  /// Records still waiting for their patient are imported or rejected; when the source declares
  /// its samples, alterations and biomarkers of samples it never declared are rejected; the
  /// reader's reports give each file its format and the records the reader itself rejected.
  /// Afterwards, for every file, `records_read == imported + rejected`.
  mutating func finish(reports: [FileReadReport]) throws {
    let waiting = pending
    pending = []
    for item in waiting { try handle(item.record, file: item.file, waiting: false) }
    try statements.flushAlterations()
    try rejectUndeclaredSamples()
    for report in reports {
      let file = try file(of: TextLocation(file: report.path))
      files[file].format = report.format
      files[file].readerRejected += report.counts.rejected
    }
    for entry in files {
      try db.execute(
        sql: "UPDATE files SET format = ?, records_read = ?, imported = ?, rejected = ? WHERE id = ?",
        arguments: [
          entry.format, entry.received + entry.readerRejected, entry.imported,
          entry.rejected + entry.readerRejected, entry.rowID,
        ])
    }
    // Prepared once: a MAF of synthetic genes leaves over 12,000 unmapped symbols, and
    // parsing the SQL for each was a few percent of a 200,000-row import.
    let unmapped = try InsertStatement(
      db, "INSERT INTO unmapped_codes (source_id, vocabulary, code, occurrences) VALUES (?, ?, ?, ?)")
    for (vocabulary, codes) in harmonizer.unmapped {
      for (code, occurrences) in codes {
        unmapped.bind(1, sourceKey)
        unmapped.bind(2, vocabulary.rawValue)
        unmapped.bind(3, code)
        unmapped.bind(4, occurrences)
        try unmapped.run()
      }
    }
  }

  /// Rejects the alterations and biomarkers of samples that only variant files named, when the
  /// source has a sample list: such a sample belongs to no known patient.
  private mutating func rejectUndeclaredSamples() throws {
    guard samples.values.contains(where: \.declared), samples.values.contains(where: { !$0.declared })
    else { return }
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT s.sample_id, a.file_id, a.line, 'alteration' AS record FROM alterations a
          JOIN samples s ON s.id = a.sample_key WHERE s.source_id = ? AND s.declared = 0
        UNION ALL
        SELECT s.sample_id, b.file_id, b.line, 'biomarker' FROM biomarkers b
          JOIN samples s ON s.id = b.sample_key WHERE s.source_id = ? AND s.declared = 0
        ORDER BY 2, 3
        """,
      arguments: [sourceKey, sourceKey])
    let indexOfRow = Dictionary(files.indices.map { (files[$0].rowID, $0) }) { first, _ in first }
    for row in rows {
      let sampleID: String = row[0]
      let fileRow: Int64 = row[1]
      guard let file = indexOfRow[fileRow] else { continue }
      files[file].imported -= 1
      try reject(
        row[3], file: file, at: TextLocation(file: files[file].path, line: row[2]),
        "sample '\(sampleID)' is not among the samples of source '\(source.name)'",
        hint: "add the sample to the source's sample list, with its patient")
    }
    try RecordDeletion.samples(db, of: sourceKey, .undeclared)
  }
}
