import GRDB
import OncoModel

/// What a warehouse holds: its sources with their files, and counts by kind of record.
public struct WarehouseSummary: Sendable, Hashable, Encodable {
  /// A code that the import's code mapping could not harmonise, kept as written.
  public struct UnmappedCode: Sendable, Hashable, Encodable {
    /// The source whose records carried the code.
    public var source: String
    /// `diagnosis`, `drug` or `gene`.
    public var vocabulary: String
    /// The code as written in the source.
    public var code: String
    /// How many records carried it.
    public var occurrences: Int
  }

  /// The schema version of the warehouse.
  public var schemaVersion: Int
  /// Every source, by name, with its files and counts.
  public var sources: [SourceReport]
  /// The counts of all sources added up.
  public var totals: RecordTotals
  /// Alterations by ``OncoModel/Alteration/Kind`` raw value (`mutation`, `copy_number`, `structural`).
  public var alterationsByKind: [String: Int]
  /// Persons: patients, counting linked patients of several sources once (``PatientLinkage``).
  public var persons: Int
  /// Diagnoses over all sources.
  public var diagnoses: Int
  /// Biomarker measures over all sources.
  public var biomarkers: Int
  /// Gene panels over all sources.
  public var panels: Int
  /// Records rejected over all imports, as stored in `rejects`.
  public var rejects: Int
  /// Codes the imports could not harmonise, by source, vocabulary and frequency.
  public var unmappedCodes: [UnmappedCode]

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case sources, totals
    case alterationsByKind = "alterations_by_kind"
    case persons, diagnoses, biomarkers, panels, rejects
    case unmappedCodes = "unmapped_codes"
  }
}

extension Warehouse {
  /// Counts everything the warehouse holds, source by source.
  public func summary() throws -> WarehouseSummary {
    try read { db in
      let sources = try Warehouse.sourceReports(db, names: nil)
      func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
      var byKind = Dictionary(uniqueKeysWithValues: Alteration.Kind.allCases.map { ($0.rawValue, 0) })
      for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM alterations GROUP BY kind") {
        byKind[row[0]] = row[1]
      }
      let unmapped = sources.flatMap(\.unmappedCodes)
      return WarehouseSummary(
        schemaVersion: Warehouse.schemaVersion, sources: sources,
        totals: sources.map(\.counts).reduce(RecordTotals(), +), alterationsByKind: byKind,
        persons: try count("SELECT count(DISTINCT person) FROM patient_persons"),
        diagnoses: try count("SELECT count(*) FROM diagnoses"),
        biomarkers: try count("SELECT count(*) FROM biomarkers"),
        panels: try count("SELECT count(*) FROM panels"), rejects: try count("SELECT count(*) FROM rejects"),
        unmappedCodes: unmapped)
    }
  }

  /// The rejected records of a source, in file and line order, as diagnostics.
  public func rejects(source: String) throws -> [Diagnostic] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT f.path, r.line, r."column", r.message, r.hint FROM rejects r
          JOIN files f ON f.id = r.file_id JOIN sources s ON s.id = f.source_id
          WHERE s.name = ? ORDER BY f.id, r.line, r.id
          """, arguments: [source]
      ).map { row in
        Diagnostic(.error, at: TextLocation(file: row[0], line: row[1], column: row[2]), row[3], hint: row[4])
      }
    }
  }
}
