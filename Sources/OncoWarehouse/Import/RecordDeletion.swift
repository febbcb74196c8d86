import GRDB

/// The deletes an import makes, written out table by table instead of left to `ON DELETE CASCADE`.
///
/// An import runs with SQLite's foreign-key enforcement off (``WarehouseImporter``): it gives
/// every key itself, from rows it has just written, and checking each of a large import's
/// million alterations and treatments against its parent took ≈ 6 % of the importer thread
/// (issue 4's benchmark). Cascades do not run then, so what a cascade would delete is deleted
/// here, children first; `PRAGMA foreign_key_check` stays empty (tested after every kind of
/// delete). The schema keeps its foreign keys for anyone else who deletes rows.
enum RecordDeletion {
  /// Deletes source `sourceKey` and every row it owns.
  static func source(_ db: Database, _ sourceKey: Int64) throws {
    try samples(db, of: sourceKey, .all)
    let patients = "SELECT id FROM patients WHERE source_id = ?"
    try run(
      db, sourceKey,
      [
        "DELETE FROM panel_genes WHERE panel_key IN (SELECT id FROM panels WHERE source_id = ?)",
        "DELETE FROM panels WHERE source_id = ?",
        """
        DELETE FROM diagnosis_codes WHERE diagnosis_key IN
          (SELECT id FROM diagnoses WHERE patient_key IN (\(patients)))
        """,
        "DELETE FROM diagnoses WHERE patient_key IN (\(patients))",
        "DELETE FROM treatments WHERE patient_key IN (\(patients))",
        "DELETE FROM events WHERE patient_key IN (\(patients))",
        "DELETE FROM patient_attributes WHERE patient_key IN (\(patients))",
        "DELETE FROM person_members WHERE patient_key IN (\(patients))",
        "DELETE FROM patients WHERE source_id = ?",
        "DELETE FROM rejects WHERE file_id IN (SELECT id FROM files WHERE source_id = ?)",
        "DELETE FROM files WHERE source_id = ?",
        "DELETE FROM unmapped_codes WHERE source_id = ?",
        "DELETE FROM sources WHERE id = ?",
      ])
  }

  /// Runs each statement with `sourceKey` as its one parameter.
  private static func run(_ db: Database, _ sourceKey: Int64, _ statements: [String]) throws {
    for sql in statements { try db.execute(sql: sql, arguments: [sourceKey]) }
  }

  /// Which samples of a source ``samples(_:of:_:)`` deletes.
  enum Samples {
    case all
    /// Those only variant files named (`declared = 0`).
    case undeclared

    var condition: String {
      switch self {
      case .all: "source_id = ?"
      case .undeclared: "source_id = ? AND declared = 0"
      }
    }
  }

  /// Deletes samples of source `sourceKey` with their alterations and biomarkers.
  static func samples(_ db: Database, of sourceKey: Int64, _ which: Samples) throws {
    let samples = "SELECT id FROM samples WHERE \(which.condition)"
    let alterations = "SELECT id FROM alterations WHERE sample_key IN (\(samples))"
    try run(
      db, sourceKey,
      [
        "DELETE FROM transcript_annotations WHERE alteration_key IN (\(alterations))",
        "DELETE FROM fusion_partners WHERE alteration_key IN (\(alterations))",
        "DELETE FROM alterations WHERE sample_key IN (\(samples))",
        "DELETE FROM biomarkers WHERE sample_key IN (\(samples))",
        "DELETE FROM samples WHERE \(which.condition)",
      ])
  }
}
