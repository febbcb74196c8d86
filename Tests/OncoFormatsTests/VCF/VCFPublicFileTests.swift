import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// Public files in `../shared/data/`; expected values come from the upstream expected outputs
/// (bcftools `.out`, vcf2maf's MAF) or from `bcftools query` / `python3` commands quoted beside
/// each assertion.
@Suite struct VCFPublicFileTests {
  /// The data lines of a file (not starting with `#`), counted independently of the reader.
  private func dataLines(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
      .filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
  }

  private static func folder(_ name: String) -> [String] {
    let directory = Fixtures.shared("hts-specs-vcf/\(name)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".vcf") }.sorted().map { "\(directory)/\($0)" }
  }

  @Test(arguments: folder("4.2/passed") + folder("4.3/passed"))
  func specificationPassedFilesAreAccepted(_ path: String) throws {
    let reading = try VCFReading(path)
    #expect(reading.counts.read == (try dataLines(path)).count)
    #expect(reading.counts.rejected == 0, "\(reading.errors.map(\.formatted))")
  }

  /// What the reader does with each failed file, decided from its `##CauseOfFailure` line.
  ///
  /// The reader checks what it uses: column count, POS, REF, ALT syntax, QUAL. It is lenient on
  /// the rest (INFO/FORMAT values it does not read, header attribute order, sorting, duplicate
  /// records, contig names): those files are read with every record accepted, by choice.
  @Test(arguments: folder("4.2/failed") + folder("4.3/failed"))
  func specificationFailedFiles(_ path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let cause =
      text.split(separator: "\n").first { $0.hasPrefix("##CauseOfFailure=") }
      .map { String($0.dropFirst("##CauseOfFailure=".count)) } ?? ""
    let rejectedCauses = [
      "ALT has", "ALT makes", "Symbolic ALT allele", "Breakend without bases",
      "Position is not", "QUAL is not a number", "REF has multiple alleles", "Missing REF allele",
    ]
    if dataLinesOrEmpty(text).isEmpty && !text.contains("#CHROM") {
      #expect(throws: FormatError.self) { try VCFReader(path: path) }
    } else if rejectedCauses.contains(where: { cause.hasPrefix($0) }) {
      let reading = try VCFReading(path)
      #expect(reading.counts.rejected > 0, "\(cause)")
    } else {
      let reading = try VCFReading(path)
      #expect(reading.counts.rejected == 0, "\(cause): \(reading.errors.map(\.formatted))")
    }
  }

  private func dataLinesOrEmpty(_ text: String) -> [Substring] {
    text.split(separator: "\n").filter { !$0.hasPrefix("#") }
  }

  @Test func specificationExampleSplitsNumberAValues() throws {
    // simple.vcf (spec §1.1): 5 records; ALT G,T at 1110696 and G,GTCT at 1234567; sample
    // NA00003 is the third (no pair, no TUMOR name: the first sample is used, with a warning).
    let path = Fixtures.shared("hts-specs-vcf/examples/simple.vcf")
    let reading = try VCFReading(path, options: VariantReadOptions(tumorSample: "NA00003"))
    #expect(reading.counts == ReadCounts(read: 5, accepted: 5, rejected: 0))
    #expect(reading.at(1_110_696).map(\.alt) == ["G", "T"])
    #expect(reading.at(1_234_567).map(\.alt) == ["G", "GTCT"])
    // `bcftools query -s NA00003 -f '%POS\t[%DP]\n'`: 17330 → 3, 1110696 → 4, 1230237 → 2.
    #expect(reading.at(17_330).first?.depth == 3)
    #expect(reading.at(1_110_696).map(\.depth) == [4, 4])
    #expect(reading.at(14_370).first?.filter == "PASS" && reading.at(17_330).first?.filter == "q10")
    // 1230237 has ALT '.': a record without alteration, still accepted.
    #expect(reading.at(1_230_237).isEmpty)
  }

  @Test func specificationStructuralExample() throws {
    // sv44.vcf (`grep -v '^#' | cut -f5`): 9 records, TGC>T and G>GAAA are sequences, the
    // others <DEL>, breakends T[chrA:5[ and ]chrA:2]A, <DUP>, <INS> and the single breakend
    // .CCCCCCG.
    let reading = try VCFReading(Fixtures.shared("hts-specs-vcf/examples/sv44.vcf"))
    #expect(reading.counts == ReadCounts(read: 9, accepted: 9, rejected: 0))
    #expect(reading.reader.header.version == "4.4")
    #expect(
      reading.alterations.map(\.kind) == [
        .mutation, .structural, .structural, .structural, .structural, .mutation, .structural,
        .structural, .structural,
      ])
    #expect(
      Set(reading.alterations.compactMap(\.structuralClass)).isSuperset(of: ["DEL", "BND", "DUP", "INS"]))
  }

  @Test(arguments: [
    "formatcols.vcf", "formatmissing.vcf", "noroundtrip.vcf", "vcf44_1.vcf", "vcf_meta_meta.vcf",
    "test-vcf-hdr-in.vcf",
  ])
  func htslibEdgeCases(_ name: String) throws {
    let path = Fixtures.shared("htslib-vcf/\(name)")
    let reading = try VCFReading(path)
    #expect(reading.counts.read == (try dataLines(path)).count)
    #expect(reading.counts.rejected == 0, "\(reading.errors.map(\.formatted))")
  }

  @Test func htslibHeaderWithSpacesAndUTF8SampleNames() throws {
    // `grep '^#CHROM' formatcols.vcf | cut -f10-`: the sample is "Sàmple" spelled in UTF-8.
    let columns = try VCFReading(Fixtures.shared("htslib-vcf/formatcols.vcf"))
    let expected = try String(contentsOfFile: Fixtures.shared("htslib-vcf/formatcols.vcf"), encoding: .utf8)
      .split(separator: "\n").first { $0.hasPrefix("#CHROM") }?.split(separator: "\t").dropFirst(9).map(
        String.init)
    #expect(columns.reader.header.sampleNames == expected)
    // test-vcf-hdr-in.vcf writes `Type  =   String` with spaces; the type is still read.
    let spaced = try VCFReading(Fixtures.shared("htslib-vcf/test-vcf-hdr-in.vcf"))
    #expect(spaced.reader.header.info.values.allSatisfy { !$0.id.contains(" ") })
    #expect(spaced.warnings.allSatisfy { !$0.message.contains("unknown Type") })
  }

  @Test func gnomADBGZF() throws {
    // `bcftools view -H test_b38.gnomad.exomes.r2.1.1.sites.vcf.gz | wc -l` = 7; first record
    // chr21 34792474 CATGCCG>C FILTER PASS; sites only.
    let reading = try VCFReading(Fixtures.shared("vcf2maf/test_b38.gnomad.exomes.r2.1.1.sites.vcf.gz"))
    #expect(reading.counts == ReadCounts(read: 7, accepted: 7, rejected: 0))
    let first = try #require(reading.alterations.first)
    #expect(first.position == GenomicPosition(chromosome: "chr21", position: 34_792_474))
    #expect(first.ref == "CATGCCG" && first.alt == "C" && first.filter == "PASS")
    #expect(first.sampleID == "test_b38.gnomad.exomes.r2.1.1.sites")
    #expect(reading.at(38_575_684).first?.alt == "A")
  }
}
