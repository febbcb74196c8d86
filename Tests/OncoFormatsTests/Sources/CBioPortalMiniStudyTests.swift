import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// A hand-made study (`Fixtures/cbioportal/mini_study`) with every rejection the importer must
/// make; expected values worked out by hand (months × 30.4375, rounded).
@Suite struct CBioPortalMiniStudyTests {
  static let folder = Fixtures.local("OncoFormatsTests", "cbioportal/mini_study")

  @Test func patientsAndSurvivalPairs() throws {
    let result = try CBioPortalStudyReaderTests.read(Self.folder)
    #expect(
      result.report("data_clinical_patient.txt")?.counts == ReadCounts(read: 5, accepted: 3, rejected: 2))
    let m1 = try #require(result.patients.first { $0.id == "M1" })
    #expect(m1.sex == .male && m1.ageYears == 63 && m1.deathDay == Day(365) && m1.lastContactDay == nil)
    #expect(m1.attributes["DSS_STATUS"] == "1:DEAD WITH TUMOR")
    let m2 = try #require(result.patients.first { $0.id == "M2" })
    #expect(m2.sex == .female && m2.ageYears == nil && m2.lastContactDay == Day(740))
    let m3 = try #require(result.patients.first { $0.id == "M3" })
    #expect(m3.deathDay == nil && m3.sex == .female)
    #expect(
      result.diagnostics.contains { $0.severity == .warning && $0.found == "abc" && $0.location.line == 8 })
    #expect(result.error("data_clinical_patient.txt", line: 9)?.message == "PATIENT_ID is empty")
    #expect(result.error("data_clinical_patient.txt", line: 10)?.message == "patient M2 is listed twice")
    let fromPatients = result.events.filter {
      $0.location?.file.hasSuffix("data_clinical_patient.txt") == true
    }
    #expect(fromPatients.map(\.kind) == [.recurrence, .progression])
    #expect(fromPatients.map(\.day) == [Day(137), Day(91)])
    #expect(fromPatients.allSatisfy { $0.patientID == "M1" })
  }

  @Test func samplesAndDiagnoses() throws {
    let result = try CBioPortalStudyReaderTests.read(Self.folder)
    #expect(
      result.report("data_clinical_sample.txt")?.counts == ReadCounts(read: 5, accepted: 4, rejected: 1))
    #expect(result.samples.map(\.type) == [.primary, .metastasis, .primary, .recurrence])
    #expect(result.error("data_clinical_sample.txt", line: 10)?.message == "sample M1-T is listed twice")
    // M9 has a sample but no patient row: created, with a warning naming the line.
    let warning = try #require(result.diagnostics.first { $0.message.contains("patient M9") })
    #expect(warning.severity == .warning && warning.location.line == 9)
    let m9 = try #require(
      result.records.firstIndex { if case .patient(let p) = $0 { p.id == "M9" } else { false } })
    let m9Sample = try #require(
      result.records.firstIndex { if case .sample(let s) = $0 { s.id == "M9-T" } else { false } })
    #expect(m9 < m9Sample)
    let diagnoses = result.diagnoses
    #expect(diagnoses.map(\.patientID) == ["M1", "M2", "M9"])
    #expect(diagnoses.map(\.codes) == [["ONCOTREE:LUAD"], ["ONCOTREE:LUSC"], ["ONCOTREE:LUAD"]])
    // cBioPortal counts timeline days and OS_MONTHS from the diagnosis: day 0 of the study's axis.
    #expect(diagnoses.map(\.day) == [Day(0), Day(0), Day(0)])
    #expect(diagnoses.allSatisfy { $0.advancedDay == nil })
    #expect(
      diagnoses.map(\.label) == ["Lung Adenocarcinoma", "Non-Small Cell Lung Cancer", "Lung Adenocarcinoma"])
    // Stage: M1's pathologic stage wins over its clinical one and reaches the sample file's
    // diagnosis; M1-M's own `IV` does not split it (first row wins); M2's pathologic `Stage X`
    // says unknown, so its clinical stage is used, and its sample's `[Unknown]` is missing; M9
    // has only the sample's.
    #expect(diagnoses.map(\.stage) == ["Stage IIIA", "Stage IIB", "IIIB"])
  }

  @Test func stageColumnsStayPatientAttributes() throws {
    let result = try CBioPortalStudyReaderTests.read(Self.folder)
    let m1 = try #require(result.patients.first { $0.id == "M1" })
    #expect(m1.attributes["AJCC_PATHOLOGIC_TUMOR_STAGE"] == "Stage IIIA")
    #expect(m1.attributes["CLINICAL_STAGE"] == "Stage IV")
    // M3's stage cells are missing (`[Not Available]`, empty): no attribute, and no diagnosis.
    let m3 = try #require(result.patients.first { $0.id == "M3" })
    #expect(m3.attributes["AJCC_PATHOLOGIC_TUMOR_STAGE"] == nil && m3.attributes["CLINICAL_STAGE"] == nil)
    #expect(!result.diagnoses.contains { $0.patientID == "M3" })
  }

  @Test func timelineRowsAndRejections() throws {
    let result = try CBioPortalStudyReaderTests.read(Self.folder)
    #expect(result.report("data_timeline.txt")?.counts == ReadCounts(read: 9, accepted: 5, rejected: 4))
    let treatments = result.treatments
    #expect(treatments.map(\.agent) == ["Carboplatin", "Pemetrexed", "Pembrolizumab", "XRT", "Lobectomy"])
    #expect(treatments.map(\.modality) == [.systemic, .systemic, .systemic, .radiotherapy, .surgery])
    #expect(treatments[3].startDay == Day(30) && treatments[3].endDay == Day(60))
    #expect(treatments[4].endDay == nil)
    #expect(result.error("data_timeline.txt", line: 4)?.message == "STOP_DATE is before START_DATE")
    #expect(result.error("data_timeline.txt", line: 4)?.location.column != nil)
    #expect(
      result.error("data_timeline.txt", line: 5)?.message == "patient M7 is not in the study's clinical files"
    )
    #expect(result.error("data_timeline.txt", line: 6)?.found == "day3")
    #expect(result.error("data_timeline.txt", line: 10)?.message.contains("names no agent") == true)
    let timelineEvents = result.events.filter { $0.location?.file.hasSuffix("data_timeline.txt") == true }
    #expect(timelineEvents.map(\.kind) == [.other, .recurrence])
    #expect(timelineEvents.map(\.detail) == ["IMAGING", "Local recurrence"])
    #expect(timelineEvents.last?.day == Day(120))
    #expect(
      CBioPortalStudyReader.axis(studyID: "mini_luad") == .relative(origin: "cbioportal:mini_luad day 0"))
  }

  @Test func unknownFilesAreSkippedNotFatal() throws {
    let result = try CBioPortalStudyReaderTests.read(Self.folder)
    let readme = try #require(result.report("README.txt"))
    #expect(readme.format == "skipped" && readme.counts == ReadCounts())
    #expect(
      result.diagnostics.contains { $0.location.file.hasSuffix("README.txt") && $0.severity == .warning })
    #expect(result.patients.allSatisfy { $0.source == "mini_luad" })
  }

  @Test func aMissingRequiredColumnSkipsOnlyThatFile() throws {
    let folder = try Fixtures.temporaryDirectory()
    for name in [
      "meta_study.txt", "meta_clinical_sample.txt", "data_clinical_sample.txt", "meta_timeline.txt",
    ] {
      try FileManager.default.createSymbolicLink(
        atPath: folder.appendingPathComponent(name).path, withDestinationPath: "\(Self.folder)/\(name)")
    }
    try "PATIENT_ID\tSTOP_DATE\tEVENT_TYPE\nM1\t3\tSTATUS\n".write(
      to: folder.appendingPathComponent("data_timeline.txt"), atomically: true, encoding: .utf8)
    let result = try CBioPortalStudyReaderTests.read(folder.path)
    #expect(result.report("data_timeline.txt")?.counts == ReadCounts())
    let error = try #require(result.diagnostics.first { $0.message == "column START_DATE is missing" })
    #expect(error.location.line == 1 && error.severity == .error)
    #expect(result.report("data_clinical_sample.txt")?.counts.accepted == 4)
  }

  @Test func notAStudyFolderIsAnError() throws {
    let error = #expect(throws: FormatError.self) {
      try CBioPortalStudyReader(folder: Fixtures.local("OncoFormatsTests", "clinical")).read(
        record: { _ in }, diagnostic: { _ in })
    }
    #expect(error?.code == .unknownFormat)
  }
}
