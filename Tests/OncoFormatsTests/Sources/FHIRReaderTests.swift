import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

@Suite struct FHIRReaderTests {
  static func read(_ paths: [String]) throws -> SourceReadResult {
    try SourceReadResult.collect(FHIRReader(paths: paths))
  }

  @Test func handWrittenNDJSON() throws {
    let result = try Self.read([Fixtures.local("OncoFormatsTests", "fhir/export.ndjson")])
    // 12 resources read (Patient, Condition, Specimen, 7 Observations, 2 medications) + 1 garbled
    // line; rejected: no subject (line 8), not JSON (line 11), entered-in-error (line 13).
    #expect(result.reports.first?.counts == ReadCounts(read: 13, accepted: 10, rejected: 3))
    // The patient comes first although the Condition is on line 1; p2 is created bare.
    guard case .patient(let first) = result.records.first else {
      Issue.record("patient not first")
      return
    }
    #expect(first.id == "p1" && first.sex == .female && first.birthDay == Day(year: 1956, month: 2, day: 29))
    #expect(first.deathDay == Day(year: 2023, month: 1, day: 10))
    #expect(result.patients.map(\.id) == ["p1", "p2"])
    let diagnosis = try #require(
      result.records.compactMap { if case .diagnosis(let d) = $0 { d } else { nil } }.first)
    #expect(diagnosis.codes == ["SCTID:254637007", "ICD10:C34.1", "ICDO3:8140/3"])
    #expect(diagnosis.day == Day(year: 2021, month: 3, day: 15) && diagnosis.stage == "IV")
    #expect(
      diagnosis.location
        == TextLocation(file: Fixtures.local("OncoFormatsTests", "fhir/export.ndjson"), line: 1))
    #expect(
      result.diagnostics.contains {
        $0.severity == .warning && $0.message.contains("partial date") && $0.location.line == 1
      })
    let variant = try #require(result.alterations.first)
    #expect(variant.gene == "EGFR" && variant.sampleID == "s1" && variant.proteinChange?.short == "L858R")
    #expect(variant.position == GenomicPosition(chromosome: "7", position: 55_259_515))
    #expect(variant.vaf == 0.34 && variant.origin == .somatic && variant.hgvsc == "NM_005228.5:c.2573T>G")
    #expect(result.samples.map(\.id) == ["s1", "p1"])
    #expect(result.samples.first?.collectionDay == Day(year: 2021, month: 4, day: 2))
    let biomarkers = result.biomarkers
    #expect(biomarkers.map(\.name) == ["TMB", "MSI"])
    #expect(biomarkers.first?.value == 12.5 && biomarkers.last?.category == "MSS")
    #expect(result.events.map(\.kind) == [.progression])
    #expect(result.treatments.map(\.agent) == ["osimertinib", "carboplatin"])
    #expect(result.treatments.first?.endDay == Day(year: 2022, month: 6, day: 20))
    #expect(result.treatments.first?.concept == "RXNORM:1721560")
    let noSubject = try #require(result.diagnostics.first { $0.message.contains("has no subject") })
    #expect(noSubject.location.line == 8)
    #expect(
      result.diagnostics.contains { $0.message == "line is not a JSON object" && $0.location.line == 11 })
  }

  @Test func oncologyReportBundle() throws {
    let path = Fixtures.shared("fhir-genomics-reporting-2020/Bundle-oncology-report-example.json")
    let result = try Self.read([path])
    // 1 Patient + 1 Specimen + 12 variant Observations; Organization and DiagnosticReport are not records.
    #expect(result.reports.first?.counts == ReadCounts(read: 14, accepted: 14, rejected: 0))
    #expect(result.patients.map(\.id) == ["f7a438e6-f484-453d-97e8-aa4d51008648"])
    let genes = result.alterations.map { $0.gene ?? "-" }
    #expect(
      genes == [
        "PIK3CA", "NRAS", "FBXW7", "KMT2D", "PIK3CA", "IRS2", "CDKN2A", "RECQL4", "RYR1", "SACS", "SLIT2",
        "SMARCA4",
      ])
    #expect(result.alterations[1].proteinChange?.short == "G12C")
    #expect(result.alterations[1].vaf == 0.1793 && result.alterations[1].depth == 145)
    #expect(result.alterations.allSatisfy { $0.sampleID == "UNKNOWN" })
    #expect(result.alterations[0].location?.pointer == "entry[3]")
    #expect(result.diagnostics.contains { $0.message.contains("1 DiagnosticReport") })
  }

  @Test func observationsWithoutSubjectAreRejectedWithTheirEntry() throws {
    let path = Fixtures.shared("fhir-genomics-reporting-2020/Bundle-compound-heterozygote.json")
    let result = try Self.read([path])
    #expect(result.alterations.isEmpty)
    let rejected = result.diagnostics.filter { $0.message.contains("has no subject") }
    #expect(
      rejected.map { $0.location.description } == [
        "\(path): entry[0]", "\(path): entry[1]", "\(path): entry[2]",
      ])
  }

  @Test func operationsParametersAndRepeatedObservations() throws {
    let path = Fixtures.shared("fhir-genomics-operations/find_subject_variants_5.json")
    let result = try Self.read([path])
    // The same Observation id twice: read once, a warning for the copy.
    #expect(result.reports.first?.counts == ReadCounts(read: 1, accepted: 1, rejected: 0))
    let variant = try #require(result.alterations.first)
    // 0-based start 69510 (LA30100-4) on NC_000001.10 → chromosome 1, 1-based 69511.
    #expect(variant.position == GenomicPosition(chromosome: "1", position: 69_511))
    #expect(variant.vaf == 1.0 && variant.sampleID == "HG00403")
    #expect(result.diagnostics.contains { $0.message.contains("appears again") })
  }
}
