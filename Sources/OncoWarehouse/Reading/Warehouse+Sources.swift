import GRDB
import OncoModel

extension Warehouse {
  /// Every source in the warehouse, by name, with its files and record counts.
  public func sources() throws -> [SourceReport] {
    try read { db in try Warehouse.sourceReports(db, names: nil) }
  }

  /// Runs a read, turning SQLite failures into ``WarehouseError``.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.read(body)
    } catch {
      throw WarehouseError.wrapping(error, path: path)
    }
  }

  /// The reports of the named sources (all when `names` is `nil`), by name.
  static func sourceReports(_ db: Database, names: [String]?) throws -> [SourceReport] {
    var reports: [SourceReport] = []
    let rows = try Row.fetchAll(db, sql: "SELECT id, name, origin FROM sources ORDER BY name")
    for row in rows {
      let name: String = row["name"]
      if let names, !names.contains(name) { continue }
      let key: Int64 = row["id"]
      let files = try Row.fetchAll(
        db,
        sql: """
          SELECT path, format, sha256, records_read, imported, rejected FROM files
          WHERE source_id = ? ORDER BY id
          """,
        arguments: [key]
      ).map { file in
        FileReport(
          path: file["path"], format: file["format"], sha256: file["sha256"],
          recordsRead: file["records_read"], imported: file["imported"], rejected: file["rejected"],
          skipped: false)
      }
      let origin = SourceInfo.Origin(rawValue: row["origin"]) ?? .unknown
      var report = SourceReport(
        name: name, origin: origin, files: files, counts: try counts(db, sourceKey: key))
      report.unmappedCodes = try Row.fetchAll(
        db,
        sql: """
          SELECT vocabulary, code, occurrences FROM unmapped_codes WHERE source_id = ?
          ORDER BY vocabulary, occurrences DESC, code
          """, arguments: [key]
      ).map {
        WarehouseSummary.UnmappedCode(source: name, vocabulary: $0[0], code: $0[1], occurrences: $0[2])
      }
      reports.append(report)
    }
    return reports
  }

  /// What the warehouse holds for one source.
  static func counts(_ db: Database, sourceKey: Int64) throws -> RecordTotals {
    func count(_ sql: String) throws -> Int {
      try Int.fetchOne(db, sql: sql, arguments: [sourceKey]) ?? 0
    }
    return RecordTotals(
      patients: try count("SELECT count(*) FROM patients WHERE source_id = ?"),
      samples: try count("SELECT count(*) FROM samples WHERE source_id = ?"),
      alterations: try count(
        "SELECT count(*) FROM alterations a JOIN samples s ON s.id = a.sample_key WHERE s.source_id = ?"),
      treatments: try count(
        "SELECT count(*) FROM treatments t JOIN patients p ON p.id = t.patient_key WHERE p.source_id = ?"),
      events: try count(
        "SELECT count(*) FROM events e JOIN patients p ON p.id = e.patient_key WHERE p.source_id = ?"))
  }
}
