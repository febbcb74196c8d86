import Foundation
import GRDB
import OncoFormats
import OncoModel

/// Imports data sources into a warehouse, each in one transaction, keeping every record's file and
/// line and accounting for every record read.
///
/// A source is imported as a whole: name all its files in one call. If every file is already in
/// the warehouse for that source with the same SHA-256, nothing changes and the report says the
/// files were skipped; otherwise the source's previous records are replaced by the new ones. The
/// same patient id in two sources stays two patients.
///
/// Each record is checked as it is stored: a sample, diagnosis, treatment or event whose patient
/// the source does not have, a date before the patient's birth, a treatment that ends before it
/// starts, a duplicate patient or sample id, an alteration of a sample the source does not list
/// (when it lists its samples) are rejected with their reason and location in the `rejects` table.
/// For every file, `records_read == imported + rejected`.
public struct WarehouseImporter: Sendable {
  /// The warehouse imports go into.
  public let warehouse: Warehouse
  /// How sources are imported.
  public var options: ImportOptions

  /// Creates an importer into `warehouse`.
  public init(warehouse: Warehouse, options: ImportOptions = ImportOptions()) {
    self.warehouse = warehouse
    self.options = options
  }

  /// Imports one source read by `reader` from the files or folders `paths`.
  ///
  /// - Parameters:
  ///   - source: The source's name, origin and time axis; a calendar axis (the default) gives
  ///     way to the reader's ``OncoFormats/SourceReader/axis`` when that is relative.
  ///   - paths: The files and folders the reader reads; they are hashed first, to skip an
  ///     unchanged source and to record each file's SHA-256.
  ///   - reader: The reader of the source's records.
  ///   - diagnostic: Receives the reader's diagnostics and every rejection, as they happen.
  ///   - progress: Called now and then while records stream in.
  /// - Returns: What the warehouse now holds for the source, file by file.
  /// - Throws: ``WarehouseError`` (`strictRejection` under ``ImportOptions/strict``), or the
  ///   reader's own error (a `FormatError`); in every case the warehouse is left as it was.
  /// - Complexity: One pass over the records; memory grows with patients and samples, not with
  ///   alterations or treatments.
  public func importSource(
    _ source: SourceInfo, paths: [String], reader: some SourceReader,
    diagnostic: (Diagnostic) -> Void = { _ in }, progress: ((ImportProgress) -> Void)? = nil
  ) throws -> SourceReport {
    try Self.checkName(source.name)
    var source = source
    if source.axis == .calendar { source.axis = reader.axis }
    // Sizes and line counts now; the SHA-256 of each file on another thread meanwhile.
    let inputs = try FileDigest.inputs(paths, hashing: false)
    let digests = BackgroundDigests(paths: inputs.map(\.path))
    return try withoutActuallyEscaping(diagnostic) { diagnostic in
      try write { db in
        if let graph = options.ontology { try OntologyClosureTable.replace(db, with: graph) }
        if try sameSizes(db, source: source, inputs: inputs),
          let report = try unchangedReport(db, source: source, inputs: digests.wait())
        {
          return report
        }
        if let previous = try Int64.fetchOne(
          db, sql: "SELECT id FROM sources WHERE name = ?", arguments: [source.name])
        {
          try RecordDeletion.source(db, previous)
        }
        let sourceKey = try insertSource(db, source)
        var indexes = BulkIndexes()
        try indexes.setAside(db, expectedRows: inputs.reduce(0) { $0 + $1.lines })
        var session = try ImportSession(
          db: db, source: source, sourceKey: sourceKey, inputs: inputs, options: options,
          importedAt: Self.timestamp(), diagnostic: diagnostic, progress: progress)
        // The reader decodes on a second thread while this one writes (see RecordPipe).
        let reports = try session.accept(from: RecordPipe.start(reader))
        // Errors that reject no record (a meta file naming a missing data file) still fail --strict.
        var unaccountedErrors = session.readerErrors
        // Indexes first: settling undeclared samples deletes alterations by sample.
        try session.statements.flushAlterations()
        try indexes.restore(db)
        try session.record(digests.wait())
        try session.finish(reports: reports)
        try PatientLinkage.refresh(db)
        let report = try Warehouse.sourceReports(db, names: [source.name])[0]
        let rejected = report.fileTotals.rejected
        if rejected > 0 { unaccountedErrors = 0 }  // then the rejections are what --strict reports
        if options.strict && (rejected > 0 || session.warnings > 0 || unaccountedErrors > 0) {
          let problems = [
            rejected > 0 ? "\(rejected) record\(rejected == 1 ? " was" : "s were") rejected" : nil,
            unaccountedErrors > 0
              ? "\(unaccountedErrors) error\(unaccountedErrors == 1 ? "" : "s") outside records" : nil,
            session.warnings > 0 ? "\(session.warnings) warning\(session.warnings == 1 ? "" : "s")" : nil,
          ].compactMap { $0 }.joined(separator: " and ")
          throw WarehouseError(
            .strictRejection, at: TextLocation(file: paths.first ?? source.name),
            "\(problems) in source '\(source.name)'; nothing was imported (--strict)",
            hint: "fix the records listed above, or import without --strict to keep the others")
        }
        return report
      }
    }
  }

  /// Runs `body` in one immediate transaction, committed only if it returns.
  private func write<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try warehouse.queue.writeWithoutTransaction { db in
        // No foreign-key enforcement inside the import: the importer gives every key from rows
        // it has just written, and deletes what cascades would (RecordDeletion). The pragma only
        // takes effect outside a transaction, so it is set around it.
        try db.execute(
          sql: "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(db)
          return .commit
        }
        guard let result else {
          throw WarehouseError(
            .database, at: TextLocation(file: warehouse.path), "the import produced no result")
        }
        return result
      }
    } catch let error as DatabaseError {
      throw WarehouseError.wrapping(error, path: warehouse.path)
    }
  }

  /// The input files recorded for the source, as digests (`sha256` empty when unknown).
  private func storedInputs(_ db: Database, source: SourceInfo) throws -> Set<FileDigest> {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT f.path, f.sha256, f.size_bytes FROM files f JOIN sources s ON s.id = f.source_id
        WHERE s.name = ? AND f.size_bytes IS NOT NULL
        """,
      arguments: [source.name])
    return Set(rows.map { FileDigest(path: $0[0], sha256: $0[1] ?? "", size: $0[2], lines: 0) })
  }

  /// Whether the source's recorded input files are these, with these sizes: the condition for
  /// it to be unchanged, checked before waiting for the digests.
  private func sameSizes(_ db: Database, source: SourceInfo, inputs: [FileDigest]) throws -> Bool {
    guard !inputs.isEmpty else { return false }
    let stored = try storedInputs(db, source: source)
    return Set(stored.map { [$0.path, String($0.size)] }) == Set(inputs.map { [$0.path, String($0.size)] })
  }

  /// The stored report marked skipped when every input is already there with the same hash.
  private func unchangedReport(_ db: Database, source: SourceInfo, inputs: [FileDigest]) throws
    -> SourceReport?
  {
    guard !inputs.isEmpty else { return nil }
    let stored = try storedInputs(db, source: source)
    guard Set(stored.map { [$0.path, $0.sha256] }) == Set(inputs.map { [$0.path, $0.sha256] }) else {
      return nil
    }
    var report = try Warehouse.sourceReports(db, names: [source.name])[0]
    for index in report.files.indices { report.files[index].skipped = true }
    return report
  }

  private func insertSource(_ db: Database, _ source: SourceInfo) throws -> Int64 {
    let (axis, origin): (String, String?) =
      switch source.axis {
      case .calendar: ("calendar", nil)
      case .relative(let origin): ("relative", origin)
      }
    try db.execute(
      sql: "INSERT INTO sources (name, origin, time_axis, time_origin, imported_at) VALUES (?, ?, ?, ?, ?)",
      arguments: [source.name, source.origin.rawValue, axis, origin, Self.timestamp()])
    return db.lastInsertedRowID
  }

  static func checkName(_ name: String) throws {
    if name.isEmpty || name.contains(where: { $0.isNewline || $0 == "\t" }) {
      throw WarehouseError(
        .invalidSourceName, at: TextLocation(file: "<source name>"),
        "a source name must be non-empty text without tabs or line breaks",
        hint: "name the source with --source NAME")
    }
  }

  /// The current time as ISO 8601 UTC, for `imported_at` columns.
  static func timestamp() -> String {
    ISO8601DateFormatter().string(from: Date())
  }
}
