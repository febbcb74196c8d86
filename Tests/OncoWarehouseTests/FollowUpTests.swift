import Foundation
import GRDB
import OncoFormats
import OncoModel
import Testing

@testable import OncoWarehouse

/// `Warehouse.followUp(patientKeys:)` gathers each patient's course from every table.
@Suite struct FollowUpTests {
  /// Two patients: P1 with two diagnoses, a death event before the recorded death day, a
  /// progression, a treatment and two samples; P2 with only a patient row.
  func warehouse() throws -> (Warehouse, [String: Int64]) {
    let scratch = try ScratchFolder()
    let path = try scratch.write("p.tsv", "x\n")
    let at = { (line: Int) in TextLocation(file: path, line: line) }
    let records: [SourceRecord] = [
      .patient(
        Patient(id: "P1", source: "s", sex: .female, birthDay: Day(0), deathDay: Day(40_000), location: at(1))
      ),
      .patient(
        Patient(id: "P2", source: "s", sex: .male, ageYears: 61, lastContactDay: Day(500), location: at(2))),
      .diagnosis(
        Diagnosis(
          patientID: "P1", label: "later", day: Day(30_000), stage: "IIIB", advancedDay: Day(30_100),
          location: at(3))),
      .diagnosis(
        Diagnosis(
          patientID: "P1", label: "first", day: Day(21_915), stage: "IVA", advancedDay: Day(30_050),
          location: at(4))),
      .event(ClinicalEvent(patientID: "P1", kind: .death, day: Day(31_000), location: at(5))),
      .event(ClinicalEvent(patientID: "P1", kind: .progression, day: Day(30_500), location: at(6))),
      .treatment(
        TreatmentExposure(
          patientID: "P1", agent: "x", startDay: Day(30_200), endDay: Day(30_900), location: at(7))),
      .sample(Sample(id: "S2", patientID: "P1", collectionDay: Day(30_300), location: at(8))),
      .sample(Sample(id: "S1", patientID: "P1", collectionDay: Day(30_150), location: at(9))),
    ]
    let reader = ListReader(records: records, files: [(path, "test", 0)])
    let warehouse = try Warehouse.inMemory()
    _ = try WarehouseImporter(warehouse: warehouse).importSource(
      SourceInfo(name: "s", origin: .public), paths: [path], reader: reader)
    let keys = try warehouse.queue.read { db in
      try Row.fetchAll(db, sql: "SELECT patient_id, id FROM patients").reduce(into: [String: Int64]()) {
        $0[$1[0]] = $1[1]
      }
    }
    return (warehouse, keys)
  }

  @Test func gathersTheCourseOfEachPatient() throws {
    let (warehouse, keys) = try warehouse()
    let p1 = try #require(keys["P1"])
    let p2 = try #require(keys["P2"])
    let facts = try warehouse.followUp(patientKeys: [p2, 999, p1])
    #expect(facts.map(\.patientID) == ["P2", "P1"])
    let first = try #require(facts.last)
    #expect(first.source == "s" && first.origin == .public && first.sex == .female)
    #expect(first.diagnosisDay == Day(21_915) && first.diagnosisLabel == "first" && first.stage == "IVA")
    #expect(first.advancedDay == Day(30_050))
    // 21,915 days after birth is 60.0 Julian years (21,915 / 365.25).
    #expect(first.ageAtDiagnosis == 60)
    #expect(first.deathDay == Day(31_000))  // the death event precedes the patient row's day
    #expect(first.progressionDays == [Day(30_500)])
    #expect(first.firstSampleDay == Day(30_150))
    #expect(first.lastKnownDay == Day(40_000))
    let second = try #require(facts.first)
    #expect(second.ageAtDiagnosis == 61 && second.diagnosisDay == nil && second.deathDay == nil)
    #expect(second.lastKnownDay == Day(500) && second.firstSampleDay == nil)
  }
}
