import OncoModel

/// What one file of a source gave: the `files[]` entries of the import and summary JSON.
public struct FileReport: Sendable, Hashable, Encodable {
  /// The path as the user named it (folders expanded to the files inside).
  public var path: String
  /// The reader's format name (`maf`, `vcf`, `cbioportal-clinical-patient`…), `nil` when no
  /// reader claimed the file.
  public var format: String?
  /// SHA-256 of the file's bytes as stored on disk.
  public var sha256: String?
  /// Records received from the reader plus records the reader itself rejected.
  public var recordsRead: Int
  /// Records stored in the warehouse.
  public var imported: Int
  /// Records refused, by the reader or by the import, each with a row in `rejects`.
  public var rejected: Int
  /// The file was already in the warehouse with the same hash, so this import changed nothing.
  public var skipped: Bool

  /// Creates a file report.
  public init(
    path: String, format: String?, sha256: String?, recordsRead: Int, imported: Int,
    rejected: Int, skipped: Bool
  ) {
    self.path = path
    self.format = format
    self.sha256 = sha256
    self.recordsRead = recordsRead
    self.imported = imported
    self.rejected = rejected
    self.skipped = skipped
  }

  enum CodingKeys: String, CodingKey {
    case path, format, sha256
    case recordsRead = "records_read"
    case imported, rejected, skipped
  }

  /// Encodes every key, absent values as `null`.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(path, forKey: .path)
    try container.encode(format, forKey: .format)
    try container.encode(sha256, forKey: .sha256)
    try container.encode(recordsRead, forKey: .recordsRead)
    try container.encode(imported, forKey: .imported)
    try container.encode(rejected, forKey: .rejected)
    try container.encode(skipped, forKey: .skipped)
  }
}

/// Counts of the main record kinds: the `totals` object of the import and summary JSON.
public struct RecordTotals: Sendable, Hashable, Encodable {
  /// Patients.
  public var patients = 0
  /// Samples, including those known only from variant files.
  public var samples = 0
  /// Alterations of every kind.
  public var alterations = 0
  /// Treatment exposures.
  public var treatments = 0
  /// Clinical events.
  public var events = 0

  /// Creates counts, zero by default.
  public init(patients: Int = 0, samples: Int = 0, alterations: Int = 0, treatments: Int = 0, events: Int = 0)
  {
    self.patients = patients
    self.samples = samples
    self.alterations = alterations
    self.treatments = treatments
    self.events = events
  }

  /// The sum of two sets of counts.
  public static func + (lhs: RecordTotals, rhs: RecordTotals) -> RecordTotals {
    RecordTotals(
      patients: lhs.patients + rhs.patients, samples: lhs.samples + rhs.samples,
      alterations: lhs.alterations + rhs.alterations, treatments: lhs.treatments + rhs.treatments,
      events: lhs.events + rhs.events)
  }
}

/// One source in the warehouse, or the result of importing it: the `sources[]` entries of the
/// import and summary JSON.
public struct SourceReport: Sendable, Hashable, Encodable {
  /// The source name.
  public var name: String
  /// Who holds the source.
  public var origin: SourceInfo.Origin
  /// Every file of the source, in the order they were named.
  public var files: [FileReport]
  /// What the warehouse holds for this source.
  public var counts: RecordTotals
  /// The codes of this source that the code mapping could not harmonise, kept as written.
  public var unmappedCodes: [WarehouseSummary.UnmappedCode] = []

  /// Creates a source report.
  public init(name: String, origin: SourceInfo.Origin, files: [FileReport], counts: RecordTotals) {
    self.name = name
    self.origin = origin
    self.files = files
    self.counts = counts
  }

  /// Records read, imported and rejected over all files: `read == imported + rejected`.
  public var fileTotals: (read: Int, imported: Int, rejected: Int) {
    files.reduce((0, 0, 0)) { ($0.0 + $1.recordsRead, $0.1 + $1.imported, $0.2 + $1.rejected) }
  }

  /// Every file was already imported with the same hash: nothing changed.
  public var skipped: Bool { !files.isEmpty && files.allSatisfy(\.skipped) }

  enum CodingKeys: String, CodingKey {
    case name, origin, files, counts
    case unmappedCodes = "unmapped_codes"
  }
}
