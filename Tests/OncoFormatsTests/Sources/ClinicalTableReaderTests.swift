import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// Expected values are worked out by hand from `Fixtures/clinical/` (day offsets with Python's
/// `datetime.date(2021, 3, 20) + timedelta(400)`).
@Suite struct ClinicalTableReaderTests {
  static let mapping = Fixtures.local("OncoFormatsTests", "clinical/mapping.yaml")

  static func read(_ mapping: String = mapping) throws -> SourceReadResult {
    try SourceReadResult.collect(ClinicalTableReader(mapping: mapping))
  }

  static func day(_ year: Int, _ month: Int, _ day: Int) -> Day? { Day(year: year, month: month, day: day) }

  @Test func countsPerTable() throws {
    let result = try Self.read()
    let counts = Dictionary(
      uniqueKeysWithValues: result.reports.map { (($0.path as NSString).lastPathComponent, $0.counts) })
    #expect(counts["patients.csv"] == ReadCounts(read: 6, accepted: 3, rejected: 3))
    #expect(counts["diagnoses.tsv"] == ReadCounts(read: 4, accepted: 2, rejected: 2))
    #expect(counts["samples.csv"] == ReadCounts(read: 3, accepted: 2, rejected: 1))
    #expect(counts["treatments.csv"] == ReadCounts(read: 5, accepted: 3, rejected: 2))
    #expect(counts["events.csv"] == ReadCounts(read: 3, accepted: 2, rejected: 1))
    #expect(counts["follow_up.csv"] == ReadCounts(read: 3, accepted: 2, rejected: 1))
    #expect(
      result.reports.map(\.format) == [
        "clinical-patients", "clinical-diagnoses", "clinical-samples", "clinical-treatments",
        "clinical-events",
        "clinical-follow-up",
      ])
  }

  @Test func patientsWithCodedValuesAndDates() throws {
    let result = try Self.read()
    #expect(result.patients.map(\.id) == ["P001", "P002", "P003"])
    let first = result.patients[0]
    #expect(
      first.sex == .female && first.birthDay == Self.day(1956, 2, 29) && first.source == "hospital-demo")
    #expect(first.lastContactDay == Self.day(2023, 6, 15))
    #expect(
      result.patients[1].birthDay == Self.day(1948, 3, 15)
        && result.patients[1].deathDay == Self.day(2022, 1, 10))
    #expect(result.patients[2].deathDay == nil)  // NK is a declared missing value
    #expect(
      result.diagnostics.contains {
        $0.severity == .warning && $0.message == "birth_date is a partial date" && $0.location.line == 3
      })
    #expect(result.error("patients.csv", line: 5)?.message.contains("sex is not") == true)
    #expect(result.error("patients.csv", line: 6)?.message == "patient P001 is listed twice")
    #expect(result.error("patients.csv", line: 7)?.message == "death date is before birth date")
  }

  @Test func diagnosesSamplesAndUnknownPatients() throws {
    let result = try Self.read()
    let diagnoses = result.diagnoses
    #expect(diagnoses.map(\.codes) == [["ICD10:C34.1"], ["ICD10:C18.7"]])
    #expect(diagnoses[0].day == Self.day(2021, 3, 15) && diagnoses[0].stage == "IV")
    #expect(result.error("diagnoses.tsv", line: 4)?.message == "unknown patient P009")
    #expect(result.error("diagnoses.tsv", line: 5)?.message == "date is before the patient's birth")
    #expect(result.samples.map(\.type) == [.primary, .metastasis])
    #expect(
      result.samples[0].panel == "PANEL \"A\" v2" && result.samples[0].collectionDay == Self.day(2021, 4, 2))
    #expect(result.error("samples.csv", line: 4)?.message == "type 'Z' is not known")
  }

  @Test func treatmentsWithDayOffsetsAndMultilineFields() throws {
    let result = try Self.read()
    let treatments = result.treatments
    #expect(treatments.map(\.agent) == ["osimertinib", "carboplatin\n+ pemetrexed", "colectomy"])
    #expect(treatments[0].startDay == Self.day(2021, 3, 30) && treatments[0].endDay == Self.day(2022, 4, 24))
    #expect(treatments[1].startDay == Self.day(2022, 4, 25) && treatments[1].endDay == nil)
    #expect(treatments[1].location?.line == 3)
    #expect(treatments[2].modality == .surgery && treatments[2].startDay == Self.day(2019, 11, 9))
    // The row after the two-line field starts on line 5.
    #expect(result.error("treatments.csv", line: 5)?.message == "end date is before start date")
    #expect(result.error("treatments.csv", line: 7)?.message == "unknown patient P404")
  }

  @Test func latin1EventsAndFollowUp() throws {
    let result = try Self.read()
    #expect(result.diagnostics.filter { $0.message == "file is not valid UTF-8" }.count == 1)
    let events = result.events
    #expect(events.map(\.kind) == [.progression, .recurrence, .lastContact, .death])
    #expect(events[1].detail == "récidive locale" && events[1].day == Self.day(2021, 5, 15))
    #expect(result.error("events.csv", line: 4)?.message == "kind 'unknown-kind' is not known")
    #expect(result.error("follow_up.csv", line: 4)?.message == "date is not a date")
  }

  @Test func badMappingsAreFileErrors() throws {
    let folder = try Fixtures.temporaryDirectory()
    let mapping = folder.appendingPathComponent("m.yaml")
    try "tables:\n  patient:\n    file: x.csv\n    columns: {patient_id: A}\n".write(
      to: mapping, atomically: true, encoding: .utf8)
    let error = #expect(throws: FormatError.self) { try Self.read(mapping.path) }
    #expect(error?.message == "unknown table kind 'patient'")
    try "tables:\n  patients:\n    columns: {patient_id: A}\n".write(
      to: mapping, atomically: true, encoding: .utf8)
    let missing = #expect(throws: FormatError.self) { try Self.read(mapping.path) }
    #expect(missing?.message.contains("'tables.patients.file' is required") == true)
  }
}
