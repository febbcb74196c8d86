import GRDB
import OncoModel

extension Warehouse {
  /// The follow-up facts of the given patients, in the order of `patientKeys` (unknown keys are
  /// left out).
  ///
  /// Reads in chunks of keys so a cohort of any size costs a few indexed queries per chunk,
  /// never a query per patient.
  public func followUp(patientKeys: [Int64]) throws -> [PatientFollowUp] {
    var byKey: [Int64: PatientFollowUp] = [:]
    byKey.reserveCapacity(patientKeys.count)
    try read { db in
      for start in stride(from: 0, to: patientKeys.count, by: Self.keyChunk) {
        let chunk = Array(patientKeys[start..<min(start + Self.keyChunk, patientKeys.count)])
        let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
        let query = FollowUpQuery(db: db, marks: marks, arguments: StatementArguments(chunk))
        try query.read(into: &byKey)
      }
    }
    return patientKeys.compactMap { byKey[$0] }
  }

  /// Keys per `IN (…)` list: well under SQLite's and PostgreSQL's parameter limits.
  private static let keyChunk = 500
}

/// The four set-based reads behind ``Warehouse/followUp(patientKeys:)`` for one chunk of keys.
private struct FollowUpQuery {
  let db: Database
  let marks: String
  let arguments: StatementArguments

  func read(into byKey: inout [Int64: PatientFollowUp]) throws {
    let births = try readPatients(into: &byKey)
    try readDiagnoses(births: births, into: &byKey)
    try readEvents(into: &byKey)
    try readLatestDays(into: &byKey)
  }

  /// The patient rows; returns the birth days, which turn into ages once diagnoses are known.
  private func readPatients(into byKey: inout [Int64: PatientFollowUp]) throws -> [Int64: Int] {
    var births: [Int64: Int] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT p.id, p.patient_id, p.sex, p.birth_day, p.age_years, p.death_day, p.last_contact_day,
          s.name AS source, s.origin FROM patients p JOIN sources s ON s.id = p.source_id
        WHERE p.id IN (\(marks))
        """, arguments: arguments)
    {
      let key: Int64 = row["id"]
      births[key] = row["birth_day"]
      byKey[key] = PatientFollowUp(
        patientKey: key, patientID: row["patient_id"], source: row["source"],
        origin: SourceInfo.Origin(rawValue: row["origin"]) ?? .unknown,
        sex: Patient.Sex(rawValue: row["sex"]) ?? .unknown, ageAtDiagnosis: row["age_years"],
        deathDay: Warehouse.day(row["death_day"]),
        lastKnownDay: [row["last_contact_day"], row["death_day"]].compactMap { $0 }.max().map(Day.init))
    }
    return births
  }

  /// The earliest diagnosis of each patient (ties broken by row order) with its first mapped
  /// concept, and the earliest advanced-disease day of any of its diagnoses.
  private func readDiagnoses(births: [Int64: Int], into byKey: inout [Int64: PatientFollowUp]) throws {
    var seen: Set<Int64> = []
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT d.patient_key, d.day, d.stage, d.label, d.advanced_day,
          (SELECT c.concept FROM diagnosis_codes c WHERE c.diagnosis_key = d.id
           AND c.concept IS NOT NULL ORDER BY c.ordinal LIMIT 1) AS concept
        FROM diagnoses d WHERE d.patient_key IN (\(marks))
        ORDER BY d.patient_key, d.day IS NULL, d.day, d.id
        """, arguments: arguments)
    {
      let key: Int64 = row["patient_key"]
      guard var facts = byKey[key] else { continue }
      if let advanced = Warehouse.day(row["advanced_day"]) {
        facts.advancedDay = min(facts.advancedDay ?? advanced, advanced)
      }
      if seen.insert(key).inserted {
        facts.diagnosisDay = Warehouse.day(row["day"])
        facts.stage = row["stage"]
        facts.diagnosisLabel = row["label"]
        facts.diagnosisConcept = row["concept"]
        if let birth = births[key], let diagnosis = facts.diagnosisDay {
          // Julian years, as R's lubridate and most registries count ages in days / 365.25.
          facts.ageAtDiagnosis = Double(diagnosis.value - birth) / 365.25
        }
      }
      byKey[key] = facts
    }
  }

  /// Death and progression events (a death event earlier than the recorded death day wins).
  private func readEvents(into byKey: inout [Int64: PatientFollowUp]) throws {
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT patient_key, kind, day FROM events
        WHERE patient_key IN (\(marks)) AND kind IN ('death', 'progression', 'recurrence')
        ORDER BY patient_key, day
        """, arguments: arguments)
    {
      let key: Int64 = row["patient_key"]
      guard var facts = byKey[key] else { continue }
      let day = Day(row["day"] as Int)
      if (row["kind"] as String) == "death" {
        facts.deathDay = min(facts.deathDay ?? day, day)
        facts.lastKnownDay = max(facts.lastKnownDay ?? day, day)
      } else {
        facts.progressionDays.append(day)
      }
      byKey[key] = facts
    }
  }

  /// The first sample day and the latest day anything is recorded, for censoring.
  private func readLatestDays(into byKey: inout [Int64: PatientFollowUp]) throws {
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT patient_key, max(day) AS latest, min(sample_day) AS first_sample FROM (
          SELECT patient_key, day, NULL AS sample_day FROM events WHERE patient_key IN (\(marks))
          UNION ALL SELECT patient_key, max(start_day, coalesce(end_day, start_day)), NULL
            FROM treatments WHERE patient_key IN (\(marks))
          UNION ALL SELECT patient_key, collection_day, collection_day
            FROM samples WHERE patient_key IN (\(marks))
        ) GROUP BY patient_key
        """, arguments: arguments + arguments + arguments)
    {
      let key: Int64 = row["patient_key"]
      guard var facts = byKey[key] else { continue }
      facts.firstSampleDay = Warehouse.day(row["first_sample"])
      let candidates = [facts.lastKnownDay, facts.deathDay, Warehouse.day(row["latest"])]
      facts.lastKnownDay = candidates.compactMap { $0 }.max()
      byKey[key] = facts
    }
  }
}
