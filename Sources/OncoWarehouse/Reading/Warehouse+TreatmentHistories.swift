import GRDB
import OncoModel

/// One patient's stored treatments with the days that bound the history, as care pathways need them.
public struct TreatmentHistoryRecord: Sendable, Hashable {
  /// The patient's row key (`patients.id`).
  public var patientKey: Int64
  /// The source's patient identifier.
  public var patientID: String
  /// The source's name.
  public var source: String
  /// `patients.death_day`, else the earliest `death` event; `nil` when not known to have died.
  public var deathDay: Day?
  /// The latest of `patients.last_contact_day` and the `last_contact` events; `nil` if none.
  public var lastContactDay: Day?
  /// The patient's treatments (every modality), by start day then row order; may be empty.
  public var treatments: [TreatmentExposure]
}

extension Warehouse {
  /// Streams the treatment histories of the given patients (all when `patientKeys` is `nil`), one
  /// patient at a time in patient-key order, to `body`.
  ///
  /// Patients without treatments are delivered too (with no treatments), so a cohort's untreated
  /// patients are counted. Only one patient's rows are in memory at a time.
  /// - Parameters:
  ///   - patientKeys: `patients.id` values (duplicates and unknown keys are ignored).
  ///   - body: called once per patient; an error it throws stops the reading and is rethrown.
  /// - Throws: ``WarehouseError`` `database` when SQLite fails, or what `body` throws.
  /// - Complexity: one indexed scan of `treatments` per batch of 500 patients.
  public func treatmentHistories(
    patientKeys: [Int64]? = nil, _ body: (TreatmentHistoryRecord) throws -> Void
  ) throws {
    // Batches keep each statement under SQLite's bound-parameter limit.
    let keys = Set(patientKeys ?? []).sorted()
    let batches: [[Int64]?] =
      patientKeys == nil
      ? [nil] : stride(from: 0, to: keys.count, by: 500).map { Array(keys[$0..<min($0 + 500, keys.count)]) }
    var bodyError: Error?
    try read { db in
      for batch in batches {
        var filter = ""
        var arguments = StatementArguments()
        if let batch {
          filter = "WHERE p.id IN (\(batch.map { _ in "?" }.joined(separator: ",")))"
          arguments = StatementArguments(batch)
        }
        let rows = try Row.fetchCursor(db, sql: Self.historySQL(filter: filter), arguments: arguments)
        var current: TreatmentHistoryRecord?
        while let row = try rows.next() {
          let key: Int64 = row["patient_key"]
          if current?.patientKey != key {
            if let finished = current {
              do { try body(finished) } catch {
                bodyError = error
                return
              }
            }
            current = TreatmentHistoryRecord(
              patientKey: key, patientID: row["patient_id"], source: row["source_name"],
              deathDay: Self.day(row["death"]), lastContactDay: Self.day(row["last_contact"]), treatments: [])
          }
          if let start: Int = row["start_day"] {
            current?.treatments.append(
              TreatmentExposure(
                patientID: row["patient_id"], agent: row["agent"], concept: row["concept"],
                modality: TreatmentExposure.Modality(rawValue: row["modality"]) ?? .other,
                startDay: Day(start), endDay: Self.day(row["end_day"]), location: Self.location(row)))
          }
        }
        if let finished = current {
          do { try body(finished) } catch {
            bodyError = error
            return
          }
        }
      }
    }
    if let bodyError { throw bodyError }
  }

  /// Patients joined to their treatments, ordered for grouping; death and last contact folded
  /// from the patient row and the `death` / `last_contact` events.
  static func historySQL(filter: String) -> String {
    """
    SELECT p.id AS patient_key, p.patient_id, s.name AS source_name,
      coalesce(p.death_day,
        (SELECT min(e.day) FROM events e WHERE e.patient_key = p.id AND e.kind = 'death')) AS death,
      (SELECT max(d) FROM (SELECT p.last_contact_day AS d
        UNION ALL SELECT e.day FROM events e WHERE e.patient_key = p.id AND e.kind = 'last_contact'))
        AS last_contact,
      t.agent, t.concept, t.modality, t.start_day, t.end_day, t.line, f.path
    FROM patients p JOIN sources s ON s.id = p.source_id
    LEFT JOIN treatments t ON t.patient_key = p.id LEFT JOIN files f ON f.id = t.file_id
    \(filter)
    ORDER BY p.id, t.start_day, t.id
    """
  }
}
