import GRDB
import OncoModel
import Testing

@testable import OncoWarehouse

/// `treatmentHistories`: one patient at a time, treatments in start order, death and last contact
/// folded from the patient row and the events.
@Suite struct TreatmentHistoryTests {
  /// Three patients of one source: P1 treated twice (rows inserted out of order) with a later
  /// `last_contact` event; P2 untreated, dead by an event only; P3 dead on its row.
  func warehouse() throws -> Warehouse {
    let warehouse = try Warehouse.inMemory()
    try warehouse.queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO sources (id, name, origin, time_axis, imported_at) VALUES (1, 'h', 'public', 'calendar', 'now');
          INSERT INTO files (id, source_id, path, imported_at) VALUES (1, 1, 'timeline.tsv', 'now');
          INSERT INTO patients (id, source_id, patient_id, sex, death_day, last_contact_day) VALUES
            (10, 1, 'P1', 'female', NULL, 300), (11, 1, 'P2', 'male', NULL, NULL), (12, 1, 'P3', 'male', 90, 80);
          INSERT INTO treatments (patient_key, agent, concept, modality, start_day, end_day, file_id, line) VALUES
            (10, 'docetaxel', 'ATC:L01CD02', 'systemic', 200, NULL, 1, 3),
            (10, 'cisplatin', 'ATC:L01XA01', 'systemic', 0, 21, 1, 2),
            (12, 'radiotherapy', NULL, 'radiotherapy', 5, 30, 1, 4);
          INSERT INTO events (patient_key, kind, day) VALUES
            (10, 'last_contact', 350), (10, 'last_contact', 320), (11, 'death', 40), (11, 'death', 45);
          """)
    }
    return warehouse
  }

  @Test func streamsEveryPatientWithOrderedTreatments() throws {
    var seen: [TreatmentHistoryRecord] = []
    try warehouse().treatmentHistories { seen.append($0) }
    #expect(seen.map(\.patientID) == ["P1", "P2", "P3"])
    #expect(seen[0].treatments.map(\.agent) == ["cisplatin", "docetaxel"])
    #expect(seen[0].treatments.map(\.endDay) == [Day(21), nil])
    #expect(seen[0].treatments[0].location == TextLocation(file: "timeline.tsv", line: 2))
    #expect(seen[0].lastContactDay == Day(350))
    #expect(seen[0].deathDay == nil)
    #expect(seen[1].treatments.isEmpty)
    #expect(seen[1].deathDay == Day(40))
    #expect(seen[2].deathDay == Day(90))
    #expect(seen[2].lastContactDay == Day(80))
    #expect(seen[2].treatments.map(\.modality) == [.radiotherapy])
  }

  @Test func selectsPatientsByKeyAndStopsOnError() throws {
    let warehouse = try warehouse()
    var keys: [Int64] = []
    try warehouse.treatmentHistories(patientKeys: [12, 10, 12, 99]) { keys.append($0.patientKey) }
    #expect(keys == [10, 12])
    struct Stop: Error {}
    var calls = 0
    #expect(throws: Stop.self) {
      try warehouse.treatmentHistories {
        calls += 1
        if $0.patientID == "P2" { throw Stop() }
      }
    }
    #expect(calls == 2)
  }
}
