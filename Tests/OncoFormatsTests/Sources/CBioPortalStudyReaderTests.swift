import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// Expected values come from `Fixtures/reference/cbioportal_counts.py` (output beside it).
@Suite struct CBioPortalStudyReaderTests {
  static func read(_ folder: String) throws -> SourceReadResult {
    try SourceReadResult.collect(CBioPortalStudyReader(folder: folder))
  }

  @Test func studyES0ClinicalAndSurvival() throws {
    let result = try Self.read(Fixtures.shared("cbioportal-study_es_0"))
    #expect(
      result.report("data_clinical_patients.txt")?.counts == ReadCounts(read: 841, accepted: 841, rejected: 0)
    )
    #expect(
      result.report("data_clinical_samples.txt")?.counts == ReadCounts(read: 845, accepted: 845, rejected: 0))
    #expect(result.patients.count == 841)
    #expect(result.samples.count == 845)
    #expect(result.patients.filter { $0.deathDay != nil }.count == 87)
    #expect(result.patients.filter { $0.lastContactDay != nil }.count == 721)
    // TCGA-A1-A0SK: 1:DECEASED after 31.77 months → round(31.77 × 30.4375) = 967 days.
    let patient = try #require(result.patients.first { $0.id == "TCGA-A1-A0SK" })
    #expect(patient.deathDay == Day(967))
    #expect(patient.attributes["OS_STATUS"] == "1:DECEASED")
    #expect(patient.source == "study_es_0")
    #expect(patient.location?.line == 7)
    // The first patient leaves OS empty: no day, no error.
    let first = try #require(result.patients.first { $0.id == "TCGA-A2-A04P" })
    #expect(first.deathDay == nil && first.lastContactDay == nil)
    #expect(!result.diagnostics.contains { $0.severity == .error })
  }

  @Test func studyES0GenomicFiles() throws {
    let result = try Self.read(Fixtures.shared("cbioportal-study_es_0"))
    #expect(
      result.report("data_cna_discrete.txt")?.counts == ReadCounts(read: 6304, accepted: 6304, rejected: 0))
    #expect(result.alterations.filter { $0.kind == .copyNumber }.count == 1743)
    #expect(
      result.report("data_structural_variants.txt")?.counts == ReadCounts(read: 48, accepted: 48, rejected: 0)
    )
    let structural = result.alterations.filter { $0.kind == .structural }
    #expect(structural.count == 93)
    let piezo = try #require(structural.first { $0.gene == "PIEZO1" })
    #expect(piezo.fusionPartners == ["PIEZO1", "NCOA4"])
    #expect(piezo.exon == FeatureNumber(number: 15))
    #expect(piezo.position == GenomicPosition(chromosome: "7", position: 138_536_968))
    #expect(
      result.report("data_gene_panel_matrix.txt")?.counts == ReadCounts(read: 20, accepted: 20, rejected: 0))
    #expect(result.samples.first { $0.id == "TCGA-A1-A0SB-02" }?.panel == "TESTPANEL2")
    #expect(result.samples.first { $0.id == "TCGA-A2-A04P-01" }?.panel == nil)
    #expect(Set(result.panels.map(\.id)) == ["TESTPANEL1", "TESTPANEL2"])
    #expect(result.panels.first { $0.id == "TESTPANEL2" }?.genes.count == 11)
    let maf = try #require(result.report("data_mutations_extended.maf"))
    #expect(maf.format == "maf" && maf.counts.read == 36)
    #expect(result.alterations.filter { $0.kind == .mutation }.count == maf.counts.accepted)
    #expect(
      result.report("case_lists/cases_custom.txt")?.counts
        == ReadCounts(read: 778, accepted: 778, rejected: 0))
    #expect(result.report("case_lists/cases_test.txt")?.counts.read == 15)
    // Profiles OncoCohort does not read are listed as skipped with a warning.
    let skipped = result.reports.filter { $0.format == "skipped" }
    #expect(skipped.contains { $0.path.hasSuffix("data_expression_median.txt") })
    #expect(skipped.contains { $0.path.hasSuffix("study_tags.yml") })
    #expect(skipped.allSatisfy { $0.counts == ReadCounts() })
    #expect(
      result.diagnostics.contains {
        $0.location.file.hasSuffix("data_cna_hg19.seg") && $0.severity == .warning
      })
  }

  @Test func incrementalStudyTraps() throws {
    let result = try Self.read(Fixtures.shared("cbioportal-study_es_0_inc"))
    // TCGA-A1-A0SB is only in the sample file: created, with a warning.
    #expect(result.patients.map(\.id).sorted() == ["TCGA-A1-A0SB", "TCGA-BH-A18K", "TCGA-BH-NEW"])
    #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("TCGA-A1-A0SB") })
    // Wide CNA: 24 values; the TCGA-BH-NEW column (a patient id) and the row without a symbol are rejected.
    #expect(
      result.report("data_cna_discrete.txt")?.counts == ReadCounts(read: 24, accepted: 14, rejected: 10))
    #expect(result.alterations.filter { $0.kind == .copyNumber }.count == 4)
    let unnamed = try #require(result.diagnostics.first { $0.message.contains("Entrez_Gene_Id 375790") })
    #expect(unnamed.location.line == 3 && unnamed.location.column == 1)
    #expect(
      result.report("data_structural_variants.txt")?.counts == ReadCounts(read: 9, accepted: 4, rejected: 5))
    #expect(result.alterations.filter { $0.kind == .structural }.count == 7)
    let maf = try #require(result.report("data_mutations_extended.maf"))
    #expect(maf.counts.read == 18 && maf.counts.rejected >= 1)
    #expect(
      result.diagnostics.contains {
        $0.message == "sample TCGA-A1-A0SK-01 is not in the clinical sample file"
      })
    #expect(!result.alterations.contains { $0.sampleID == "TCGA-A1-A0SK-01" })
    #expect(
      result.report("data_gene_panel_matrix.txt")?.counts == ReadCounts(read: 5, accepted: 2, rejected: 3))
    // Timeline: a specimen and two status events; STATUS rows have no STATUS column here.
    #expect(result.report("data_timeline.txt")?.counts == ReadCounts(read: 3, accepted: 3, rejected: 0))
    let specimen = try #require(result.events.first { $0.kind == .specimen })
    #expect(specimen.day == Day(20) && specimen.patientID == "TCGA-BH-A18K")
    #expect(specimen.detail?.contains("SPECIMEN_SITE=test_specimen_site_1") == true)
    // DFS_STATUS NA gives no event; 0:DiseaseFree is censored.
    #expect(result.events.filter { $0.kind == .recurrence }.isEmpty)
    #expect(
      result.reports.contains {
        $0.path.hasSuffix("cna_long/data_cna_discrete_long.txt") && $0.format == "skipped"
      })
  }

  @Test func longCNAAgainstTheBaseStudySamples() throws {
    // A study made of the base study's samples and the incremental long-format CNA.
    let folder = try Fixtures.temporaryDirectory()
    let base = Fixtures.shared("cbioportal-study_es_0")
    let inc = Fixtures.shared("cbioportal-study_es_0_inc/cna_long")
    for (name, from) in [
      ("meta_study.txt", "\(base)/meta_study.txt"),
      ("meta_clinical_samples.txt", "\(base)/meta_clinical_samples.txt"),
      ("data_clinical_samples.txt", "\(base)/data_clinical_samples.txt"),
      ("meta_cna_discrete_long.txt", "\(inc)/meta_cna_discrete_long.txt"),
      ("data_cna_discrete_long.txt", "\(inc)/data_cna_discrete_long.txt"),
    ] {
      try FileManager.default.createSymbolicLink(
        atPath: folder.appendingPathComponent(name).path, withDestinationPath: from)
    }
    let result = try Self.read(folder.path)
    #expect(
      result.report("data_cna_discrete_long.txt")?.counts == ReadCounts(read: 30, accepted: 17, rejected: 13))
    let cna = result.alterations.filter { $0.kind == .copyNumber }
    #expect(cna.count == 12)
    #expect(
      cna.contains { $0.gene == "AKT2" && $0.sampleID == "TCGA-C8-A12K-01" && $0.copyNumber == .deepDeletion }
    )
    #expect(result.diagnostics.contains { $0.found == "-1.5" })
  }

  @Test func lggTimelines() throws {
    let result = try Self.read(Fixtures.shared("cbioportal-frontend-lgg_ucsf_2014_timeline"))
    #expect(
      result.report("data_timeline_treatment.txt")?.counts == ReadCounts(read: 20, accepted: 20, rejected: 0))
    #expect(
      result.report("data_timeline_status.txt")?.counts == ReadCounts(read: 30, accepted: 30, rejected: 0))
    #expect(
      result.report("data_timeline_surgery.txt")?.counts == ReadCounts(read: 54, accepted: 54, rejected: 0))
    let treatments = result.treatments
    #expect(treatments.filter { $0.modality == .radiotherapy }.count == 6)
    #expect(treatments.filter { $0.modality == .surgery }.count == 54)
    #expect(treatments.filter { $0.modality == .systemic }.count == 17)
    // P01 977–1007: "TMZ + accutane" gives one exposure per drug.
    let combination = treatments.filter { $0.patientID == "P01" && $0.startDay == Day(977) }
    #expect(combination.map(\.agent).sorted() == ["TMZ", "accutane"])
    #expect(combination.allSatisfy { $0.endDay == Day(1007) })
    #expect(result.events.filter { $0.kind == .progression }.count == 30)
    // Status and surgery files have no meta file: read by name, with a warning each.
    #expect(result.diagnostics.filter { $0.message == "no meta file points to this file" }.count == 2)
    #expect(Set(result.patients.map(\.id)).count == result.patients.count)
  }
}
