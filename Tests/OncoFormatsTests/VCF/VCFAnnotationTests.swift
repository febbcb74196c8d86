import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// VEP `CSQ`/`ANN`/`vep` and SnpEff `ANN` files, compared with bcftools' own expected outputs
/// and with `python3` readings of the files.
@Suite struct VCFAnnotationTests {
  /// bcftools' default severity scale from `missense` up (`+split-vep -s …:missense+`).
  private let missenseOrWorse = [
    "missense", "inframe", "protein_altering", "transcript_amplification", "exon_loss",
    "disruptive", "start_lost", "stop_lost", "stop_gained", "frameshift", "splice_acceptor",
    "splice_donor", "transcript_ablation",
  ]

  @Test func canonicalMissenseOrWorseMatchesBcftoolsSplitVep3() throws {
    // split-vep.3.out = `bcftools +split-vep split-vep.vcf -s primary:missense+ -f '%POS\t%Consequence\n'`.
    let reading = try VCFReading(Fixtures.shared("bcftools-split-vep/split-vep.vcf"))
    #expect(reading.counts == ReadCounts(read: 802, accepted: 802, rejected: 0))
    var lines = Set<String>()
    for alteration in reading.alterations {
      for annotation in alteration.annotations where annotation.isCanonical {
        guard
          annotation.consequences.contains(where: { term in missenseOrWorse.contains { term.contains($0) } })
        else { continue }
        lines.insert(
          "\(alteration.position?.position ?? 0)\t\(annotation.consequences.joined(separator: "&"))")
      }
    }
    let expected = try String(
      contentsOfFile: Fixtures.shared("bcftools-split-vep/split-vep.3.out"), encoding: .utf8
    ).split(separator: "\n").map(String.init)
    #expect(lines == Set(expected))
  }

  @Test func everyEntryStaysReachableOnce() throws {
    // python3: sum over records of len(INFO/CSQ.split(',')) for split-vep.vcf; every entry's
    // allele is one of the record's ALTs (after VEP's first-base trimming).
    let path = Fixtures.shared("bcftools-split-vep/split-vep.vcf")
    let reading = try VCFReading(path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var entries = 0
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let info = line.split(separator: "\t")[7]
      if let csq = info.split(separator: ";").first(where: { $0.hasPrefix("CSQ=") }) {
        entries += csq.split(separator: ",").count
      }
    }
    #expect(reading.alterations.reduce(0) { $0 + $1.annotations.count } == entries)
    #expect(reading.warnings.isEmpty)
  }

  @Test func annTagWithVEPLayoutAndMANE() throws {
    // split-vep.7.vcf: tag ANN with VEP's Format (has MANE). First record chr1:817186 G>A,
    // first entry FAM87B upstream_gene_variant, CANONICAL=YES; the AL669831.x genes are intronic.
    let reading = try VCFReading(Fixtures.shared("bcftools-split-vep/split-vep.7.vcf"))
    #expect(reading.counts.rejected == 0)
    let first = reading.at(817_186)
    #expect(!first.isEmpty)
    #expect(first.allSatisfy { $0.ref == "G" && $0.alt == "A" })
    let genes = first.compactMap(\.gene)
    #expect(genes.contains("AL669831.4") && !genes.contains("FAM87B"))
    #expect(first.flatMap(\.annotations).contains { $0.gene == "FAM87B" && $0.isCanonical })
  }

  @Test func vepTagNamedVepWithCommasInLoFInfo() throws {
    // split-vep.broken-LoF.out lists 9 entries per record (18 lines for the two records).
    let reading = try VCFReading(Fixtures.shared("bcftools-split-vep/split-vep.broken-LoF.vcf"))
    #expect(reading.counts == ReadCounts(read: 2, accepted: 2, rejected: 0))
    let snv = reading.alterations.filter { $0.alt == "A" }
    let insertion = reading.alterations.filter { $0.alt == "GGA" }
    #expect(snv.reduce(0) { $0 + $1.annotations.count } == 9)
    #expect(insertion.reduce(0) { $0 + $1.annotations.count } == 9)
    // The .out's 4th line of each record: the only 3_prime_UTR_variant&NMD_transcript_variant.
    #expect(
      insertion.flatMap(\.annotations).filter { $0.consequences.first == "3_prime_UTR_variant" }.count == 1)
    #expect(insertion.allSatisfy { $0.variantClass == .frameShiftInsertion })
  }

  @Test func snpEffEntriesAndFirstEntry() throws {
    // python3 over INFO/ANN: 20 records, 785 entries; first record 22:20100133 G>A, first entry
    // A|missense_variant|MODERATE|TRMT2A|…|ENST00000439169|protein_coding|12/12|c.1885C>T|p.Pro629Ser.
    let reading = try VCFReading(Fixtures.shared("snpeff/test.chr22.ann.filter_missense_any.vcf"))
    #expect(reading.counts == ReadCounts(read: 20, accepted: 20, rejected: 0))
    #expect(reading.alterations.reduce(0) { $0 + $1.annotations.count } == 785)
    let first = try #require(reading.alterations.first)
    #expect(first.position == GenomicPosition(chromosome: "22", position: 20_100_133))
    #expect(first.gene == "TRMT2A" && first.consequence == "missense_variant")
    #expect(first.impact == "MODERATE" && first.transcript == "ENST00000439169")
    #expect(first.hgvsc == "c.1885C>T" && first.annotations.first?.hgvsp == "p.Pro629Ser")
    #expect(first.proteinChange?.short == "P629S")
    #expect(first.exon == FeatureNumber(number: 12, total: 12) && first.variantClass == .missense)
    #expect(first.annotations.first?.biotype == "protein_coding")
    // The 35 entries of the first record name TRMT2A, AC006547.8, RANBP1 and DGCR8.
    let genes = Set(reading.at(20_100_133).flatMap(\.annotations).compactMap(\.gene))
    #expect(genes == ["TRMT2A", "AC006547.8", "RANBP1", "DGCR8"])
  }

  @Test func snpEffCancerModeAndLogLine() throws {
    // cancer.ann.vcf: a log line first; one record 1:69091 A>C,G; G entries are G (start_lost)
    // and the derived G-C; C has initiator_codon_variant. Samples Germline, Somatic: the
    // second is the tumour.
    let reading = try VCFReading(Fixtures.shared("snpeff/cancer.ann.vcf"))
    #expect(reading.counts == ReadCounts(read: 1, accepted: 1, rejected: 0))
    #expect(
      reading.warnings.contains { $0.location.line == 1 && $0.message.contains("not part of a VCF header") })
    #expect(reading.reader.tumorSampleName == "Patient_01_Somatic")
    let site = reading.alterations
    #expect(site.map(\.alt) == ["C", "G"])
    #expect(site.map(\.consequence) == ["initiator_codon_variant", "start_lost"])
    #expect(site.map(\.variantClass) == [.translationStartSite, .translationStartSite])
    // The derived G-C entry stays reachable but does not describe G (that is p.Met1?, not p.Leu1?).
    #expect(site[1].annotations.count == 2)
    #expect(site[1].annotations.first?.hgvsp == "p.Met1?")
  }

  @Test func snpEffWithoutHeaderLinesAndPlusSignEffects() throws {
    // test.ann.vcf: no ##fileformat, no #CHROM: read as sites-only with a warning.
    let bare = try VCFReading(Fixtures.shared("snpeff/test.ann.vcf"))
    #expect(bare.counts.rejected == 0 && bare.counts.read > 0)
    #expect(bare.warnings.contains { $0.message == "no #CHROM header line" })
    #expect(bare.alterations.allSatisfy { $0.sampleID == "test.ann" })
    // test_vcf_ann_plus_sign.vcf: empty Allele (one ALT, so it is that ALT's) and '+'-joined effects.
    let plus = try VCFReading(Fixtures.shared("snpeff/test_vcf_ann_plus_sign.vcf"))
    #expect(plus.counts.rejected == 0)
    let joined = plus.alterations.flatMap(\.annotations).filter { $0.consequences.count > 1 }
    #expect(!joined.isEmpty)
    #expect(plus.alterations.allSatisfy { !$0.annotations.isEmpty })
  }
}
