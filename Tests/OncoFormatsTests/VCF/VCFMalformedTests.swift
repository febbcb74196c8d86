import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// Bad input never crashes: a bad record is a located error diagnostic and counts as rejected;
/// a file that cannot be read at all is a ``FormatError``.
@Suite struct VCFMalformedTests {
  @Test func badRecordsAreRejectedWithTheirColumn() throws {
    let path = Fixtures.local("OncoFormatsTests", "vcf/malformed.vcf")
    let reading = try VCFReading(path)
    #expect(reading.counts == ReadCounts(read: 8, accepted: 2, rejected: 6))
    #expect(reading.alterations.map(\.position?.position) == [100, 800])
    let errors = reading.errors
    #expect(errors.count == 6)
    // (line, column, message fragment), columns counted in bytes from 1.
    let expected: [(Int, Int, String)] = [
      (5, 22, "wrong number of columns"),  // 7 columns, 21 bytes: the column after the end
      (6, 6, "POS is not a position"),  // "chr1\t" is 5 bytes
      (7, 16, "QUAL is not a number"),  // "chr1\t400\t.\tA\tG\t" is 15 bytes
      (8, 16, "ALT allele has an unknown syntax"),  // 'R' after "chr1\t500\t.\tA\tG,"
      (9, 32, "wrong number of columns"),  // the extra 11th column, after 31 bytes
      (10, 31, "wrong number of columns"),  // spaces, not tabs: one column
    ]
    for (error, (line, column, message)) in zip(errors, expected) {
      #expect(error.location.line == line)
      #expect(error.location.column == column)
      #expect(error.message.contains(message))
      #expect(error.location.file == path)
    }
    #expect(errors[1].found == "3O0" && errors[1].expected == "a non-negative integer")
    #expect(errors[3].found == "R")
    #expect(errors[5].formatted.contains("hint: are the columns separated by tabs?"))
  }

  @Test func tenThousandAltAllelesDoNotBlowUp() throws {
    // 10,000 distinct insertions: "A" followed by the index written in base 4 with ACGT digits.
    let alts = (0..<10_000).map { index in
      "A" + (0..<7).map { digit in ["A", "C", "G", "T"][(index >> (2 * digit)) & 3] }.joined()
    }
    let ad = (0...10_000).map { String($0 % 7) }.joined(separator: ",")
    let text = """
      ##fileformat=VCFv4.2
      ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="depths">
      #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR
      chr1\t10\t.\tA\t\(alts.joined(separator: ","))\t.\tPASS\t.\tAD\t\(ad)

      """
    let reading = try VCFReading(try temporaryVCF(text))
    #expect(reading.counts == ReadCounts(read: 1, accepted: 1, rejected: 0))
    #expect(reading.alterations.count == 10_000)
    // AD values are i % 7; their sum over 0...10000 is 1428 full cycles (21 each) plus 0+1+…+4.
    let total = Double(1428 * 21 + 10)
    #expect(reading.alterations[0].vaf == 1 / total)
    #expect(reading.alterations[9_999].vaf == Double(10_000 % 7) / total)
    #expect(reading.alterations[9_999].depth == Int(total))
  }

  @Test func emptyFileIsAnError() throws {
    let path = try temporaryVCF("", name: "empty.vcf")
    let error = #expect(throws: FormatError.self) { try VCFReader(path: path) }
    #expect(error?.code == .emptyFile && error?.location.file == path)
  }

  @Test func binaryFileIsAnError() throws {
    let url = try Fixtures.temporaryDirectory().appendingPathComponent("binary.vcf")
    try Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: url)
    let error = #expect(throws: FormatError.self) { try VCFReader(path: url.path) }
    #expect(error?.code == .binaryContent)
  }

  @Test func textThatIsNotVCFIsAnError() throws {
    let path = try temporaryVCF((1...40).map { "just some text \($0)" }.joined(separator: "\n"))
    let error = #expect(throws: FormatError.self) { try VCFReader(path: path) }
    #expect(error?.code == .unknownFormat)
  }

  @Test func truncatedBGZFIsAnErrorAfterTheRecordsBeforeIt() throws {
    let records = (1...30_000).map { "chr1\t\($0)\t.\tA\tG\t50\tPASS\tDP=\($0 % 90)" }
    let text =
      "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
      + records.joined(separator: "\n") + "\n"
    let path = try temporaryVCF(text, name: "big.vcf")
    _ = try shell("bgzip -f '\(path)'")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path + ".gz"))
    let cut = path + ".cut.vcf.gz"
    try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: cut))
    let reader = try VCFReader(path: cut)
    var seen = 0
    let error = #expect(throws: FormatError.self) {
      try reader.read(alteration: { _ in seen += 1 }, diagnostic: { _ in })
    }
    #expect(error?.code == .truncatedCompression && error?.location.file == cut)
    #expect(seen > 0 && seen < 30_000)
  }

  @Test func readCanOnlyBeCalledOnce() throws {
    let reader = try VCFReader(path: Fixtures.local("OncoFormatsTests", "vcf/crlf.vcf"))
    _ = try reader.read(alteration: { _ in }, diagnostic: { _ in })
    #expect(throws: FormatError.self) { try reader.read(alteration: { _ in }, diagnostic: { _ in }) }
  }

  @Test func unknownRequestedSampleIsAnError() throws {
    let path = Fixtures.local("OncoFormatsTests", "vcf/multiallelic.vcf")
    let error = #expect(throws: FormatError.self) {
      try VCFReader(path: path, options: VariantReadOptions(tumorSample: "TUMOUR_X"))
    }
    #expect(error?.code == .unknownSample && error?.hint == "samples: NORMAL, TUMOR")
    let normal = try VCFReading(path, options: VariantReadOptions(tumorSample: "NORMAL"))
    #expect(normal.at(140_753_336).map(\.vaf) == [0, 0])
    #expect(normal.alterations.allSatisfy { $0.sampleID == "NORMAL" })
  }
}
