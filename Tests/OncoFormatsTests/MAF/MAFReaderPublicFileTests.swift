import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// The public MAFs in `../shared/data`; expected values were read off the files with a short
/// Python script (split on tabs, look the columns up by name), not from this reader.
@Suite struct MAFReaderPublicFileTests {
  @Test func vcf2mafOutput() throws {
    let result = try MAFReadResult.read(Fixtures.shared("vcf2maf/test_b38_output.maf"))
    #expect(result.counts == ReadCounts(read: 25, accepted: 25, rejected: 0))
    #expect(result.diagnostics.isEmpty)

    let first = try #require(result.at(line: 3))
    #expect(first.sampleID == "TUMOR")
    #expect(first.gene == "RUNX1")
    #expect(first.kind == .mutation)
    #expect(first.variantClass == .missense)
    #expect(first.proteinChange == ProteinChange(short: "L429R", kind: .missense, start: 429, end: 429))
    #expect(first.position == GenomicPosition(chromosome: "21", position: 34_792_292))
    #expect(first.ref == "A" && first.alt == "C")
    #expect(first.hgvsc == "c.1286T>G")
    #expect(first.exon == FeatureNumber(number: 9, total: 9))
    #expect(first.vaf == nil)  // t_ref_count is '.'
    #expect(first.depth == 54)
    #expect(first.consequence == "missense_variant")
    #expect(first.impact == "MODERATE")
    #expect(first.transcript == "ENST00000675419")
    #expect(first.filter == nil)  // FILTER is '.'
    #expect(first.origin == .unknown)
    #expect(first.annotations.first?.hgvsp == "p.Leu429Arg")
    #expect(first.annotations.first?.isCanonical == true)

    let second = try #require(result.at(line: 4))
    #expect(second.vaf == 123.0 / 901.0)
    #expect(second.depth == 901)

    let spliceRegion = try #require(result.at(line: 5))
    #expect(spliceRegion.proteinChange == nil)
    #expect(spliceRegion.consequence == "splice_region_variant")
    #expect(spliceRegion.annotations.first?.consequences == ["splice_region_variant", "intron_variant"])
    #expect(spliceRegion.intron == FeatureNumber(number: 5, total: 8))

    let splice = try #require(result.at(line: 6))
    #expect(splice.proteinChange == ProteinChange(short: "X168_splice", kind: .splice, start: 168, end: 168))
    #expect(splice.ref == "-" && splice.alt == "CCTCTT")

    #expect(result.at(line: 8)?.proteinChange?.short == "N139fs")
    #expect(result.at(line: 11)?.proteinChange?.short == "S406=")
    #expect(result.at(line: 16)?.proteinChange?.kind == .startLoss)
    #expect(result.at(line: 16)?.variantClass == .translationStartSite)
    #expect(result.at(line: 17)?.alt == "-")
    let last = try #require(result.at(line: 27))
    #expect(last.proteinChange == ProteinChange(short: "W54*", kind: .nonsense, start: 54, end: 54))
    #expect(last.vaf == 199.0 / 944.0)
    #expect(result.alterations.filter { $0.proteinChange?.kind == .synonymous }.count == 4)
  }

  @Test func vcf2mafOutputWithOtherColumns() throws {
    let path = Fixtures.shared("vcf2maf/test_b38_output.more.maf")
    let reader = try MAFReader(path: path)
    #expect(reader.columns.count == 117)
    #expect(reader.columns.contains("t_GT") && reader.columns.first == "Hugo_Symbol")
    let result = try MAFReadResult.read(path)
    #expect(result.counts == ReadCounts(read: 25, accepted: 25, rejected: 0))
    #expect(Set(result.alterations.map(\.sampleID)) == ["MSK_T001"])
    #expect(result.at(line: 3)?.proteinChange?.short == "L429R")
    #expect(result.at(line: 6)?.proteinChange?.short == "X168_splice")
  }

  @Test func maf2mafInputWithPlaceholders() throws {
    let result = try MAFReadResult.read(Fixtures.shared("vcf2maf/test.maf"))
    #expect(result.counts == ReadCounts(read: 20, accepted: 20, rejected: 0))
    let intergenic = try #require(result.at(line: 4))
    #expect(intergenic.gene == nil)  // Hugo_Symbol is 'Unknown'
    #expect(intergenic.variantClass == .intergenic)
    #expect(intergenic.vaf == 5.0 / 16.0)
    #expect(intergenic.depth == 16)
    #expect(intergenic.ref == "TG" && intergenic.alt == "CA")
    #expect(result.at(line: 3)?.vaf == 0.5)
    #expect(result.at(line: 22)?.gene == "TP53")
    #expect(result.alterations.allSatisfy { $0.proteinChange == nil })
  }

  /// Only locus and barcode: accepted with no gene and no class (see `MAFColumns`).
  @Test func minimalistMAF() throws {
    let result = try MAFReadResult.read(Fixtures.shared("vcf2maf/minimalist_test_maf.tsv"))
    #expect(result.counts == ReadCounts(read: 645, accepted: 645, rejected: 0))
    let first = try #require(result.at(line: 2))
    #expect(first.gene == nil && first.variantClass == nil)
    #expect(first.position == GenomicPosition(chromosome: "1", position: 3_599_659))
    #expect(first.ref == "C" && first.alt == "T")
    #expect(first.sampleID == "TCGA-A1-A0SF-01A-11D-A142-09")
    #expect(result.alterations.filter { $0.sampleID == "TCGA-A1-A0SI-01A-11D-A142-09" }.count == 195)
  }

  @Test func cBioPortalStudy() throws {
    let path = Fixtures.shared("cbioportal-study_es_0/data_mutations_extended.maf")
    let result = try MAFReadResult.read(path)
    #expect(result.counts == ReadCounts(read: 36, accepted: 36, rejected: 0))
    // Excel-mangled values: Exon_Number 11-Jun, 23-Oct ×4, May-63; INTRON 10-Sep.
    #expect(result.errors.isEmpty)
    #expect(result.warnings.count == 7)
    #expect(result.warnings.filter { $0.found == "10-Sep" }.count == 1)
    let tp53 = try #require(result.at(line: 13))
    #expect(tp53.gene == "TP53" && tp53.proteinChange?.short == "G199V")
    #expect(tp53.exon == nil)
    #expect(tp53.depth == 0 && tp53.vaf == nil)
    #expect(tp53.origin == .somatic)
    let warning = try #require(result.warnings.first)
    #expect(warning.location.line == 13)
    #expect(warning.found == "11-Jun")
    #expect(result.at(line: 14)?.proteinChange?.short == "X331_splice")
    // BRCA2 rows pair Nonsense_Mutation with a missense protein change: kept as given.
    let brca2 = try #require(result.alterations.first { $0.gene == "BRCA2" })
    #expect(brca2.variantClass == .nonsense)
    #expect(brca2.proteinChange == ProteinChange(short: "D191G", kind: .missense, start: 191, end: 191))
    #expect(brca2.consequence == nil && brca2.transcript == nil)
    // p.S1436S in a Missense_Mutation row is synonymous by its notation.
    #expect(
      result.alterations.first { $0.sampleID == "TEST_SAMPLE_SOMATIC_HOMOZYGOUS" }?.proteinChange?.short
        == "S1436=")
    // NA is a missing value.
    let acp3 = try #require(result.alterations.first { $0.sampleID == "TEST_SAMPLE_15" })
    #expect(acp3.consequence == nil && acp3.exon == nil && acp3.impact == nil)
    #expect(result.alterations.filter { $0.sampleID == "TCGA-A1-A0SB-01" }.count == 12)
  }

  @Test func cBioPortalIncrementalStudy() throws {
    let path = Fixtures.shared("cbioportal-study_es_0_inc/data_mutations_extended.maf")
    let result = try MAFReadResult.read(path)
    #expect(result.counts == ReadCounts(read: 18, accepted: 18, rejected: 0))
    #expect(result.warnings.count == 4)  // Exon_Number ×3, INTRON ×1
    #expect(result.alterations.filter { $0.sampleID == "TCGA-BH-NEW-01" }.count == 3)
    #expect(result.at(line: 8)?.proteinChange?.short == "G199V")
  }

  @Test func tumorSampleFilter() throws {
    let path = Fixtures.shared("cbioportal-study_es_0/data_mutations_extended.maf")
    let result = try MAFReadResult.read(path, options: VariantReadOptions(tumorSample: "TCGA-A1-A0SB-02"))
    #expect(result.counts == ReadCounts(read: 5, accepted: 5, rejected: 0))
    #expect(Set(result.alterations.map(\.gene)) == ["CADM2", "KAT2A", "MSH3", "MYB", "PIEZO1"])
  }
}
