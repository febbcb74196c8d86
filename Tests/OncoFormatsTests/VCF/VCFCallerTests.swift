import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// Tumour VAF and depth as each caller writes them (vcf2maf's test VCFs).
///
/// Expected values come
/// from `bcftools query -s <TUMOUR> -f '%POS\t%REF\t%ALT\t[%<TAG>]\n'` on each file.
@Suite struct VCFCallerTests {
  private func read(_ name: String, rejected: Int = 0) throws -> VCFReading {
    let reading = try VCFReading(Fixtures.shared("vcf2maf/\(name)"))
    #expect(reading.counts.rejected == rejected, "\(reading.errors.prefix(3).map(\.formatted))")
    return reading
  }

  @Test func mutectFA() throws {
    // 2453125 C>G: FA 0.146, DP 206; 2587467 T>A: FA 0.214, DP 14 (AD 175,30 would give 0.146 too).
    let reading = try read("test_mutect.vcf")
    #expect(reading.counts.read == 500 && reading.reader.tumorSampleName == "TUMOR")
    #expect(reading.at(2_453_125).first?.vaf == 0.146 && reading.at(2_453_125).first?.depth == 206)
    #expect(reading.at(2_587_467).first?.vaf == 0.214 && reading.at(2_587_467).first?.depth == 14)
    #expect(reading.at(2_453_125).first?.filter == "REJECT")
  }

  @Test func varscanFREQPercentAndSomaticStatus() throws {
    // 1991014: FREQ 38.46%, DP 91, SS=1 (germline); 2584408: FREQ 30.77%, DP 13, SS=2 (somatic).
    // Line 110 writes its ALT as 'A/T', which is no VCF allele: that record is rejected.
    let reading = try read("test_varscan.vcf", rejected: 1)
    #expect(reading.counts.read == 500)
    let error = try #require(reading.errors.first)
    #expect(error.location.line == 110 && error.location.column == 17 && error.found == "A/T")
    let germline = try #require(reading.at(1_991_014).first)
    #expect(germline.vaf == 0.3846 && germline.depth == 91 && germline.origin == .germline)
    let somatic = try #require(reading.at(2_584_408).first)
    #expect(somatic.vaf == 0.3077 && somatic.depth == 13 && somatic.origin == .somatic)
  }

  @Test func strelkaTierOneCounts() throws {
    // SNV 12170228 C>T: CU 0,0 TU 57,57 → 57/57; 35944648 G>A: AU 56,57 GU 2,2 → 56/58;
    // indel 102626146 CG>C: TAR 19,19 TIR 57,58 → 57/76, DP 89. INFO SOMATIC on all.
    let reading = try read("test_strelka.vcf")
    #expect(reading.counts.read == 240)
    #expect(reading.at(12_170_228).first?.vaf == 1.0 && reading.at(12_170_228).first?.depth == 57)
    #expect(reading.at(35_944_648).first?.vaf == 56.0 / 58.0)
    let indel = try #require(reading.at(102_626_146, chromosome: "2").first)
    #expect(indel.vaf == 57.0 / 76.0 && indel.depth == 89 && indel.origin == .somatic)
  }

  @Test func radiaAlleleFractionsIncludeTheReference() throws {
    // Samples DNA_NORMAL, DNA_TUMOR, RNA_TUMOR: two look like tumours, the first is used (warning).
    // 29651735 C>T: AF 0.9,0.1 → 0.1, DP 106; 155294949 G>A,C,T: AF 0.86,0.13,0.01,0.01.
    let reading = try read("test_radia.vcf")
    #expect(reading.counts.read == 87 && reading.reader.tumorSampleName == "DNA_TUMOR")
    #expect(reading.warnings.contains { $0.message.contains("several samples look like the tumour") })
    #expect(reading.at(29_651_735).first?.vaf == 0.1 && reading.at(29_651_735).first?.depth == 106)
    #expect(reading.at(155_294_949).map(\.vaf) == [0.13, 0.01, 0.01])
    #expect(reading.at(155_294_949).map(\.depth) == [185, 185, 185])
    let rna = try VCFReading(
      Fixtures.shared("vcf2maf/test_radia.vcf"), options: VariantReadOptions(tumorSample: "RNA_TUMOR"))
    #expect(rna.at(29_651_735).first?.vaf == 0.15)
  }

  @Test func dellyBreakendsAndReadCounts() throws {
    // 15 SV records (SVTYPE BND, DEL, DUP, INS, INV; the INS spell out their bases); first
    // 21:42843749 C>]15:80623247]C, TUMOR DR 0 DV 184 RR 289 RV 172, SOMATIC.
    let reading = try read("test_delly.vcf")
    #expect(reading.counts.read == 15 && reading.alterations.count == 15)
    #expect(reading.alterations.allSatisfy { $0.kind == .structural })
    let first = try #require(reading.alterations.first)
    #expect(first.alt == "]15:80623247]C" && first.structuralClass == "BND" && first.origin == .somatic)
    #expect(first.vaf == 172.0 / 461.0 && first.depth == 461)
    let classes = Set(reading.alterations.compactMap(\.structuralClass))
    #expect(classes == ["BND", "DEL", "DUP", "INS", "INV"])
  }

  @Test(arguments: [
    "test_sniper.vcf", "test_muse.vcf", "test_pindel.vcf", "test_merged.vcf", "test.vcf", "test_b37.vcf",
    "test_grch38.vcf", "test_maf2vcf.vcf",
  ])
  func otherCallerFilesReadCompletely(_ name: String) throws {
    let reading = try read(name)
    let lines = try String(contentsOfFile: Fixtures.shared("vcf2maf/\(name)"), encoding: .utf8)
      .split(separator: "\n").filter { !$0.hasPrefix("#") }
    #expect(reading.counts.read == lines.count)
  }

  @Test func vcf2mafDepthsAndAlleleFractions() throws {
    // test_b38_output.maf is vcf2maf's output for test_b38.vcf: its t_depth is the tumour DP and
    // t_alt_count the ALT depth. Our VAF divides by ΣAD, or by DP when a count is '.'.
    let reading = try read("test_b38.vcf")
    let maf = try String(contentsOfFile: Fixtures.shared("vcf2maf/test_b38_output.maf"), encoding: .utf8)
      .split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
        $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      }
    let columns = maf[0]
    func column(_ name: String) -> Int { columns.firstIndex(of: name) ?? -1 }
    let rows = maf.dropFirst()
    #expect(rows.count == 25 && reading.alterations.count == 25)
    for (alteration, row) in zip(reading.alterations, rows) {
      let depth = Int(row[column("t_depth")])
      let alt = Double(row[column("t_alt_count")]) ?? -1
      let ref = Double(row[column("t_ref_count")])
      #expect(alteration.depth == depth)
      let expected = ref.map { alt / ($0 + alt) } ?? alt / Double(depth ?? 1)
      #expect(alteration.vaf == expected, "\(row[column("Start_Position")])")
      #expect(alteration.sampleID == row[column("Tumor_Sample_Barcode")])
    }
    // The AD '.,21' record: t_ref_count '.', so 21 / DP 54.
    #expect(reading.alterations[0].vaf == 21.0 / 54.0)
  }
}
