import Foundation
import OncoFormats
import OncoTestSupport
import Testing

@Suite struct VariantFileFormatTests {
  private func file(_ text: String, _ name: String = "input.txt") throws -> String {
    let url = try Fixtures.temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test func recognisesVCFByHeader() throws {
    #expect(try VariantFileFormat.detect(path: file("##fileformat=VCFv4.3\n#CHROM\tPOS\n")) == .vcf)
    #expect(
      try VariantFileFormat.detect(path: file("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n")) == .vcf)
  }

  @Test func recognisesHeaderlessVCFData() throws {
    // SnpEff writes files without any header (see ../shared/data/snpeff/test.ann.vcf).
    #expect(try VariantFileFormat.detect(path: Fixtures.shared("snpeff/test.ann.vcf")) == .vcf)
  }

  @Test func recognisesMAFWhateverTheExtension() throws {
    let maf = "#version 2.4\nHugo_Symbol\tChromosome\tTumor_Sample_Barcode\nKRAS\t12\tS1\n"
    #expect(try VariantFileFormat.detect(path: file(maf, "looks-like.vcf")) == .maf)
    #expect(try VariantFileFormat.detect(path: Fixtures.shared("vcf2maf/test_b38_output.maf")) == .maf)
  }

  @Test func recognisesCompressedContent() throws {
    let path = Fixtures.shared("vcf2maf/test_b38.gnomad.exomes.r2.1.1.sites.vcf.gz")
    #expect(try VariantFileFormat.detect(path: path) == .vcf)
  }

  @Test func emptyFileIsAnError() throws {
    let path = try file("")
    let error = #expect(throws: FormatError.self) { try VariantFileFormat.detect(path: path) }
    #expect(error?.code == .emptyFile)
  }

  @Test func binaryFileIsAnErrorWithTheOffset() throws {
    let url = try Fixtures.temporaryDirectory().appendingPathComponent("x.vcf")
    try Data([0x42, 0x43, 0x46, 0x02, 0x00, 0x01]).write(to: url)  // a BCF-like header
    let error = #expect(throws: FormatError.self) { try VariantFileFormat.detect(path: url.path) }
    #expect(error?.code == .binaryContent)
    #expect(error?.message.contains("byte 4") == true)
  }

  @Test func unknownTextIsAnErrorWithAHint() throws {
    let path = try file("patient,age\nP1,63\n", "clinical.csv")
    let error = #expect(throws: FormatError.self) { try VariantFileFormat.detect(path: path) }
    #expect(error?.code == .unknownFormat)
    #expect(error?.hint?.contains("##fileformat=VCF") == true)
  }
}
