import GRDB
import OncoFormats
import OncoModel

/// The state of one source's import inside its transaction: the prepared statements, the
/// patients and samples met so far, the per-file counts and the records waiting for a patient.
///
/// Records are checked and inserted as they stream in; a record whose patient has not been met
/// yet waits (readers send patients first where the format allows, so this list stays short) and
/// is settled by ``finish(reports:)``.
struct ImportSession {
  /// One file of the import and what became of its records.
  struct FileEntry {
    var rowID: Int64
    var path: String
    var lines: Int
    var received = 0
    var imported = 0
    var rejected = 0
    var format: String?
    var readerRejected = 0
  }

  struct PatientEntry {
    var key: Int64
    var birthDay: Day?
    var location: TextLocation?
  }

  struct SampleEntry {
    var key: Int64
    var declared: Bool
  }

  /// A record that names a patient not met yet, with the file it came from.
  struct Pending {
    var record: SourceRecord
    var file: Int
  }

  let db: Database
  let source: SourceInfo
  let sourceKey: Int64
  let options: ImportOptions
  var statements: RecordStatements
  let importedAt: String
  var files: [FileEntry] = []
  var fileIndex: [String: Int] = [:]
  var lastFile: (path: String, index: Int)?
  var patients: [String: PatientEntry] = [:]
  var samples: [String: SampleEntry] = [:]
  /// The patient and sample the previous record named: records come grouped by patient and
  /// sample, so comparing one id saves hashing it into ``patients`` or ``samples`` per record.
  var lastPatient: (id: String, entry: PatientEntry)?
  var lastSample: (id: String, key: Int64)?
  var panels: Set<String> = []
  var pending: [Pending] = []
  var harmonizer: CodeHarmonizer
  let diagnostic: (Diagnostic) -> Void
  let progress: ((ImportProgress) -> Void)?
  /// Warnings the reader gave (records kept with an assumption).
  var warnings = 0
  /// Error diagnostics the reader gave; those that reject no record still fail `--strict`.
  var readerErrors = 0

  init(
    db: Database, source: SourceInfo, sourceKey: Int64, inputs: [FileDigest],
    options: ImportOptions, importedAt: String, diagnostic: @escaping (Diagnostic) -> Void,
    progress: ((ImportProgress) -> Void)?
  ) throws {
    self.db = db
    self.source = source
    self.sourceKey = sourceKey
    self.options = options
    self.importedAt = importedAt
    self.diagnostic = diagnostic
    self.progress = progress
    statements = try RecordStatements(db)
    harmonizer = CodeHarmonizer(mapping: options.codeMapping)
    for input in inputs { _ = try addFile(input) }
  }

  /// Records a file of the source and returns its index in ``files``; an empty digest (still
  /// being computed, see ``record(_:)``) is stored as `NULL`.
  mutating func addFile(_ digest: FileDigest) throws -> Int {
    try db.execute(
      sql: """
        INSERT INTO files (source_id, path, sha256, size_bytes, imported_at) VALUES (?, ?, ?, ?, ?)
        """,
      arguments: [
        sourceKey, digest.path, digest.sha256.isEmpty ? nil : digest.sha256, digest.size, importedAt,
      ])
    files.append(FileEntry(rowID: db.lastInsertedRowID, path: digest.path, lines: digest.lines))
    fileIndex[digest.path] = files.count - 1
    return files.count - 1
  }

  /// Stores the SHA-256 of input files recorded before it was known.
  func record(_ digests: [FileDigest]) throws {
    for digest in digests {
      guard let index = fileIndex[digest.path] else { continue }
      try db.execute(
        sql: "UPDATE files SET sha256 = ? WHERE id = ?", arguments: [digest.sha256, files[index].rowID])
    }
  }

  /// The index of the file a record comes from; a path the inputs did not list (a reader that
  /// spells it differently) is hashed and added, and a record without location goes to the first file.
  mutating func file(of location: TextLocation?) throws -> Int {
    let path = location?.file ?? files.first?.path ?? source.name
    if let lastFile, lastFile.path == path { return lastFile.index }
    let index: Int
    if let known = fileIndex[path] {
      index = known
    } else {
      let digest =
        (try? FileDigest.compute(path: path))
        ?? FileDigest(path: path, sha256: "", size: 0, lines: 0)
      index = try addFile(digest)
      // Not one of the named inputs: no size, so that unchanged-input detection ignores it.
      try db.execute(
        sql: "UPDATE files SET sha256 = NULLIF(sha256, ''), size_bytes = NULL WHERE id = ?",
        arguments: [files[index].rowID])
    }
    lastFile = (path, index)
    return index
  }

  /// Counts a record as received from its file and reports progress now and then.
  mutating func receive(_ file: Int, line: Int?) {
    files[file].received += 1
    guard let progress, files[file].received % 8192 == 0 else { return }
    let lines = files[file].lines
    let fraction = line.flatMap { lines > 0 ? min(1, Double($0) / Double(lines)) : nil }
    progress(ImportProgress(file: files[file].path, records: files[file].received, fraction: fraction))
  }

  /// Counts a record as rejected: stores the reason in `rejects` and reports it.
  mutating func reject(
    _ record: String, file: Int, at location: TextLocation?, _ message: String, hint: String? = nil
  ) throws {
    files[file].rejected += 1
    let place = location ?? TextLocation(file: files[file].path)
    let statement = statements.reject
    statement.bind(1, files[file].rowID)
    statement.bind(2, place.line)
    statement.bind(3, place.column)
    statement.bind(4, record)
    statement.bind(5, message)
    statement.bind(6, hint)
    try statement.run()
    diagnostic(Diagnostic(.error, at: place, message, hint: hint))
  }

  /// Takes a diagnostic from the reader: passed on, and stored when it rejected a record.
  mutating func readerDiagnostic(_ item: Diagnostic) throws {
    diagnostic(item)
    guard item.severity == .error else {
      warnings += 1
      return
    }
    let file = try file(of: item.location)
    let statement = statements.reject
    statement.bind(1, files[file].rowID)
    statement.bind(2, item.location.line)
    statement.bind(3, item.location.column)
    statement.bind(4, nil as String?)
    statement.bind(5, item.message)
    statement.bind(6, item.hint)
    try statement.run()
  }

  /// Takes the reader's records and diagnostics from `pipe` in their order until the reader
  /// ends, and returns its reports; on any failure the reader is stopped before this returns.
  mutating func accept(from pipe: RecordPipe) throws -> [FileReadReport] {
    do {
      while let batch = pipe.take() {
        var alterations = 0
        var treatments = 0
        for item in batch.items {
          switch item {
          case .record(let record): try accept(record)
          case .alteration:
            try accept(batch.alterations[alterations])
            alterations += 1
          case .treatment:
            try accept(batch.treatments[treatments])
            treatments += 1
          case .diagnostic(let diagnostic):
            if diagnostic.severity == .error { readerErrors += 1 }
            try readerDiagnostic(diagnostic)
          }
        }
        pipe.giveBack(batch)
      }
      return try pipe.result()
    } catch {
      pipe.cancel()
      throw error
    }
  }

  /// Checks and stores one alteration as it arrives from the reader (alterations name no
  /// patient, so none waits).
  mutating func accept(_ alteration: Alteration) throws {
    let file = try file(of: alteration.location)
    receive(file, line: alteration.location?.line)
    try insert(alteration, file: file)
  }

  /// Checks and stores one treatment as it arrives from the reader, or keeps it until its
  /// patient comes (as ``handle(_:file:waiting:)`` does for every record).
  mutating func accept(_ treatment: TreatmentExposure) throws {
    let file = try file(of: treatment.location)
    receive(file, line: treatment.location?.line)
    guard patient(treatment.patientID) != nil else {
      return pending.append(Pending(record: .treatment(treatment), file: file))
    }
    try insert(treatment, file: file)
  }

  /// Checks and stores one record as it arrives from the reader.
  mutating func accept(_ record: SourceRecord) throws {
    let location = record.location
    let file = try file(of: location)
    receive(file, line: location?.line)
    try handle(record, file: file, waiting: true)
  }
}

extension SourceRecord {
  /// Where the record was read.
  var location: TextLocation? {
    switch self {
    case .patient(let value): value.location
    case .diagnosis(let value): value.location
    case .sample(let value): value.location
    case .alteration(let value): value.location
    case .biomarker(let value): value.location
    case .treatment(let value): value.location
    case .event(let value): value.location
    case .panel(let value): value.location
    }
  }

  /// The patient the record belongs to, for records that name one directly.
  var patientID: String? {
    switch self {
    case .diagnosis(let value): value.patientID
    case .sample(let value): value.patientID
    case .treatment(let value): value.patientID
    case .event(let value): value.patientID
    case .patient, .alteration, .biomarker, .panel: nil
    }
  }

  /// The record kind as stored in `rejects.record`.
  var kindName: String {
    switch self {
    case .patient: "patient"
    case .diagnosis: "diagnosis"
    case .sample: "sample"
    case .alteration: "alteration"
    case .biomarker: "biomarker"
    case .treatment: "treatment"
    case .event: "event"
    case .panel: "panel"
    }
  }
}
