import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

@Suite struct SourceFilesTests {
  @Test(arguments: [
    ("cbioportal-study_es_0", "CBioPortalStudyReader"),
    ("cbioportal-study_es_0_inc", "CBioPortalStudyReader"),
    ("cbioportal-frontend-lgg_ucsf_2014_timeline", "CBioPortalStudyReader"),
    ("fhir-genomics-reporting-2020/Bundle-oncology-report-example.json", "FHIRReader"),
    ("fhir-genomics-reporting-2020/Observation-SNVexample.json", "FHIRReader"),
    ("fhir-genomics-operations/find_subject_variants_1.json", "FHIRReader"),
    ("vcf2maf/test_b38.vcf", "VariantFileSourceReader"),
    ("vcf2maf/test_b38.gnomad.exomes.r2.1.1.sites.vcf.gz", "VariantFileSourceReader"),
    ("vcf2maf/test_b38_output.maf", "VariantFileSourceReader"),
    ("cbioportal-study_es_0/data_mutations_extended.maf", "VariantFileSourceReader"),
  ])
  func detectsSharedSources(path: String, reader: String) throws {
    let found = try SourceFiles.reader(for: Fixtures.shared(path))
    #expect(String(describing: type(of: found)) == reader)
  }

  @Test func detectsLocalFixturesAndMappings() throws {
    let mapping = Fixtures.local("OncoFormatsTests", "clinical/mapping.yaml")
    #expect(try SourceFiles.reader(for: mapping) is ClinicalTableReader)
    #expect(
      try SourceFiles.reader(for: (mapping as NSString).deletingLastPathComponent) is ClinicalTableReader)
    #expect(try SourceFiles.reader(for: "/tmp", mapping: mapping) is ClinicalTableReader)
    #expect(
      try SourceFiles.reader(for: Fixtures.local("OncoFormatsTests", "fhir/export.ndjson")) is FHIRReader)
    #expect(try SourceFiles.reader(for: Fixtures.local("OncoFormatsTests", "fhir")) is FHIRReader)
    let server = try #require(
      try SourceFiles.reader(for: "fhir+https://example.org/r4/") as? FHIRServerReader)
    #expect(server.baseURL == "https://example.org/r4" && server.tokenVariable == "ONCOCOHORT_FHIR_TOKEN")
  }

  @Test func unknownContentIsAnError() throws {
    let error = #expect(throws: FormatError.self) {
      try SourceFiles.reader(for: Fixtures.shared("oncotree/oncotree_test-tsv.txt"))
    }
    #expect(error?.code == .unknownFormat && error?.hint?.contains("cBioPortal") == true)
    let missing = #expect(throws: FormatError.self) { try SourceFiles.reader(for: "/nonexistent/source") }
    #expect(missing?.code == .fileNotFound)
  }

  @Test func variantFilesGiveSamplesBeforeTheirAlterations() throws {
    // vcf2maf's expected MAF: 25 rows of one sample, TUMOR (counted with Python).
    let reader = try SourceFiles.reader(for: Fixtures.shared("vcf2maf/test_b38_output.maf"))
    var records: [SourceRecord] = []
    let reports = try reader.read(record: { records.append($0) }, diagnostic: { _ in })
    #expect(reports.map(\.format) == ["maf"])
    #expect(reports.first?.counts.read == 25)
    guard records.count > 2, case .patient(let patient) = records[0], case .sample(let sample) = records[1]
    else {
      Issue.record("expected a patient then a sample first")
      return
    }
    #expect(patient.id == "TUMOR" && sample.id == "TUMOR" && sample.patientID == "TUMOR")
    let alterations = records.filter { if case .alteration = $0 { true } else { false } }
    #expect(alterations.count == reports.first?.counts.accepted)
    #expect(records.count == alterations.count + 2)
  }
}
