import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// Hand-written fixtures, one per tricky case; expected values are worked out by hand in the
/// comments next to each assertion.
@Suite struct VCFFixtureTests {
  private func fixture(_ name: String) -> String { Fixtures.local("OncoFormatsTests", "vcf/\(name)") }

  @Test func multiAllelicSitesSplitPerAlleleWithNumberAAndR() throws {
    let reading = try VCFReading(fixture("multiallelic.vcf"))
    #expect(reading.counts == ReadCounts(read: 5, accepted: 5, rejected: 0))
    #expect(reading.reader.tumorSampleName == "TUMOR")
    // AF is Number=A: 0.3 for T, 0.1 for C; DP 100.
    let braf = reading.at(140_753_336)
    #expect(braf.map(\.alt) == ["T", "C"])
    #expect(braf.map(\.vaf) == [0.3, 0.1])
    #expect(braf.map(\.depth) == [100, 100])
    #expect(braf.allSatisfy { $0.gene == "BRAF" && $0.sampleID == "TUMOR" && $0.origin == .somatic })
    #expect(braf.map(\.hgvsc) == ["ENST00000646891.2:c.1799T>A", "ENST00000646891.2:c.1799T>G"])
    #expect(braf[0].annotations.count == 1 && braf[1].annotations.count == 1)
    #expect(braf[0].variantClass == .missense && braf[0].exon == FeatureNumber(number: 15, total: 18))
    // HGVSp ENSP00000493543.1:p.Val600Glu / p.Val600Gly, normalised without the accession.
    #expect(braf.map(\.proteinChange?.short) == ["V600E", "V600G"])
    #expect(braf[0].proteinChange?.start == 600 && braf[0].proteinChange?.kind == .missense)
    #expect(braf[0].location == TextLocation(file: fixture("multiallelic.vcf"), line: 10))
    // AF is '.', so AD (Number=R) 50,30,20: 30/100 and 20/100; DP '.', depth = ΣAD = 100.
    let second = reading.at(140_753_400)
    #expect(second.map(\.vaf) == [0.3, 0.2])
    #expect(second.map(\.depth) == [100, 100])
    #expect(second.allSatisfy { $0.gene == nil && $0.origin == .unknown })
  }

  @Test func vepAllelesWithoutTheSharedFirstBaseMatchTheirALT() throws {
    let reading = try VCFReading(fixture("multiallelic.vcf"))
    // REF GA, ALT G,GAA: VEP writes '-' and 'AA'.
    let tp53 = reading.at(7_675_000)
    #expect(tp53.map(\.alt) == ["G", "GAA"])
    #expect(tp53.map(\.hgvsc) == ["ENST00000269305.9:c.455del", "ENST00000269305.9:c.455_456dup"])
    #expect(tp53.map(\.variantClass) == [.frameShiftDeletion, .frameShiftInsertion])
    #expect(tp53[1].annotations.first?.consequences == ["frameshift_variant", "splice_region_variant"])
    #expect(tp53.allSatisfy { $0.filter == "q10;s50" })
    #expect(tp53.map(\.proteinChange?.short) == ["P152fs", "P153fs"])
    // AD '.,5,15' has a missing REF count: the denominator falls back to DP 40.
    #expect(tp53.map(\.vaf) == [5.0 / 40, 15.0 / 40])
  }

  @Test func oneAlterationPerTouchedGeneDescribedByItsCanonicalTranscript() throws {
    let reading = try VCFReading(fixture("multiallelic.vcf"))
    let site = reading.at(1000)
    // GENEA: canonical ENST2 (synonymous) wins over the more severe non-canonical missense;
    // GENEB: no canonical, MANE Select ENST3 (intron); GENEC is only upstream: not touched.
    #expect(site.map(\.gene) == ["GENEA", "GENEB"])
    #expect(site.map(\.transcript) == ["ENST2", "ENST3"])
    #expect(site.map(\.variantClass) == [.silent, .intron])
    #expect(site[0].intron == nil && site[1].intron == FeatureNumber(number: 4, total: 7))
    // Percent-encoded 'p.%3D' is decoded; GENEC's entry stays reachable on the first alteration.
    #expect(site[0].annotations.map(\.transcript) == ["ENST1", "ENST2", "ENST4"])
    #expect(site[0].annotations[1].hgvsp == "ENSP2:p.=")
    #expect(site[0].proteinChange?.kind == .synonymous && site[1].proteinChange == nil)
    #expect(site[1].annotations.map(\.transcript) == ["ENST3"])
    #expect(site[0].vaf == 0.4 && site[0].depth == 10)
  }

  @Test func missingValuesAreNil() throws {
    let reading = try VCFReading(fixture("multiallelic.vcf"))
    let site = try #require(reading.at(2000).first)
    #expect(site.vaf == nil && site.depth == nil && site.filter == nil && site.gene == nil)
    #expect(site.annotations.isEmpty && site.kind == .mutation)
  }

  @Test func crlfLineEndings() throws {
    let reading = try VCFReading(fixture("crlf.vcf"))
    #expect(reading.counts == ReadCounts(read: 2, accepted: 2, rejected: 0))
    #expect(reading.diagnostics.isEmpty)
    #expect(reading.alterations.map(\.alt) == ["T", "C", "T"])
    // The last sample column must not keep the '\r': DP is 4, not a parse failure.
    #expect(reading.alterations.last?.depth == 4 && reading.alterations.last?.vaf == 0.25)
  }

  @Test func symbolicAllelesAndBreakendsAreStructural() throws {
    let reading = try VCFReading(fixture("structural.vcf"))
    #expect(reading.counts == ReadCounts(read: 8, accepted: 8, rejected: 0))
    #expect(reading.errors.isEmpty)
    let deletion = try #require(reading.at(29_000_000).first)
    #expect(deletion.kind == .structural && deletion.structuralClass == "DEL" && deletion.alt == "<DEL>")
    // The breakend annotated EML4&ALK: gene EML4, partner ALK, Fusion.
    let fusion = try #require(reading.at(42_300_000).first)
    #expect(fusion.kind == .structural && fusion.structuralClass == "BND")
    #expect(fusion.gene == "EML4" && fusion.fusionPartners == ["ALK"])
    #expect(fusion.variantClass == .fusion && fusion.annotations.count == 2)
    #expect(reading.at(29_450_000).first?.alt == "[chr2:42300000[A")
    // '*' is structural, C a mutation; '<*>' and '.' give no alteration; '.A' is a breakend.
    #expect(reading.at(500).map(\.kind) == [.mutation, .structural])
    #expect(reading.at(500).last?.structuralClass == "*")
    #expect(reading.at(600).isEmpty && reading.at(700).isEmpty)
    #expect(reading.at(800).first?.kind == .structural)
    #expect(reading.at(900).first?.structuralClass == "DUP:TANDEM")
    // No samples: the file's base name is the sample id.
    #expect(reading.reader.tumorSampleName == nil)
    #expect(reading.alterations.allSatisfy { $0.sampleID == "structural" })
  }

  @Test func percentEncodingIsDecoded() throws {
    let reading = try VCFReading(fixture("escapes.vcf"))
    let kras = try #require(reading.alterations.first)
    #expect(reading.reader.header.version == "4.3")
    #expect(kras.annotations.first?.hgvsp == "ENST00000311936.8:c.36G=T,x%")
    #expect(kras.gene == "KRAS" && kras.variantClass == .silent)
  }

  @Test func undeclaredTagsWarnOnceWithTheFallback() throws {
    let reading = try VCFReading(fixture("undeclared.vcf"))
    #expect(reading.counts == ReadCounts(read: 2, accepted: 2, rejected: 0))
    let messages = reading.warnings.map(\.formatted)
    #expect(reading.warnings.count == 4)  // XX, FLAGGY, GT and ZZ, each once
    #expect(
      messages.contains {
        $0.contains("INFO tag 'XX' is not declared") && $0.contains("assuming Type=String")
      })
    #expect(messages.contains { $0.contains("INFO tag 'FLAGGY'") && $0.contains("assuming Type=Flag") })
    #expect(messages.contains { $0.contains("FORMAT tag 'ZZ'") && $0.contains("assuming Type=String") })
    // XX starts at byte 29 of line 4 ("chr1\t100\t.\tA\tG\t.\tPASS\tDP=10;" is 28 bytes).
    let xx = try #require(reading.warnings.first { $0.message.contains("'XX'") })
    #expect(xx.location.line == 4 && xx.location.column == 29)
  }
}
