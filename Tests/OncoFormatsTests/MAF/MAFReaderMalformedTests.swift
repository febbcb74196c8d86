import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// Hand-written MAFs with one trap per line; columns below were counted by hand (1-based bytes).
@Suite struct MAFReaderMalformedTests {
  private let badRows = Fixtures.local("OncoFormatsTests", "maf/bad_rows.maf")

  private func write(_ bytes: [UInt8], name: String) throws -> String {
    let url = try Fixtures.temporaryDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  @Test func badRowsAreRejectedWithTheirLocation() throws {
    let result = try MAFReadResult.read(badRows)
    #expect(result.counts == ReadCounts(read: 8, accepted: 4, rejected: 4))
    let errors = result.errors.map { ($0.location.line, $0.location.column) }
    #expect(errors.map(\.0) == [4, 5, 6, 9])
    #expect(errors.map(\.1) == [23, 9, 22, 64])
    #expect(result.errors[0].message.contains("6 fields"))
    #expect(result.errors[1].message == "Start_Position is not a positive integer")
    #expect(result.errors[1].found == "12a")
    #expect(result.errors[2].message == "Tumor_Sample_Barcode is empty")
    #expect(result.errors[3].message == "t_alt_count is not a whole number")
    #expect(result.errors.allSatisfy { $0.location.file == badRows && $0.hint != nil })
    #expect(result.errors[0].formatted.hasPrefix("\(badRows):4:23: error: "))
  }

  @Test func spreadsheetDateInExonNumberIsAWarning() throws {
    let result = try MAFReadResult.read(badRows)
    #expect(result.warnings.count == 1)
    let warning = try #require(result.warnings.first)
    #expect(warning.location.line == 10 && warning.location.column == 66)
    #expect(warning.found == "19-Feb")
    let deletion = try #require(result.at(line: 10))
    #expect(deletion.exon == nil)
    #expect(
      deletion.proteinChange
        == ProteinChange(short: "E746_A750del", kind: .inframeDeletion, start: 746, end: 750))
    #expect(deletion.alt == "-" && deletion.ref == "GGAATTAAGAGAAGC")
    #expect(deletion.vaf == nil && deletion.depth == nil)
    #expect(deletion.origin == .germline)
  }

  @Test func acceptedRowsOfTheHandWrittenFile() throws {
    let result = try MAFReadResult.read(badRows)
    let kras = try #require(result.at(line: 3))
    #expect(kras.vaf == 0.25 && kras.depth == 40)
    #expect(kras.exon == FeatureNumber(number: 2, total: 6))
    #expect(kras.origin == .somatic)
    let intergenic = try #require(result.at(line: 11))
    #expect(intergenic.gene == nil && intergenic.proteinChange == nil && intergenic.origin == .unknown)
    let fusion = try #require(result.at(line: 12))
    #expect(fusion.kind == .structural)
    #expect(fusion.fusionPartners == ["EML4", "ALK"])
  }

  @Test func tumorSampleSkipsOtherSamplesButCountsBrokenRows() throws {
    let result = try MAFReadResult.read(badRows, options: VariantReadOptions(tumorSample: "S2"))
    // Lines 5, 9, 10 are S2; line 4 has too few fields to know its sample.
    #expect(result.counts == ReadCounts(read: 4, accepted: 1, rejected: 3))
  }

  @Test func crlfLineEndingsReadTheSame() throws {
    let text = try String(contentsOfFile: badRows, encoding: .utf8)
    let path = try write(Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), name: "crlf.maf")
    let lf = try MAFReadResult.read(badRows)
    let crlf = try MAFReadResult.read(path)
    #expect(try MAFReader(path: path).columns.last == "Mutation_Status")
    #expect(crlf.counts == lf.counts)
    #expect(crlf.alterations.map(\.proteinChange) == lf.alterations.map(\.proteinChange))
    #expect(crlf.alterations.map(\.origin) == lf.alterations.map(\.origin))
    #expect(crlf.diagnostics.map(\.location.column) == lf.diagnostics.map(\.location.column))
  }

  @Test func missingBarcodeColumnNamesTheColumnAndLine() throws {
    let path = Fixtures.local("OncoFormatsTests", "maf/typo_barcode.maf")
    let error = try #require(throws: FormatError.self) { try MAFReader(path: path) }
    #expect(error.code == .missingColumn)
    #expect(error.location.line == 2)
    #expect(error.message.contains("Tumor_Sample_Barcode"))
    #expect(error.hint?.contains("did you mean 'Tumor_Sample_Barcod'?") == true)
  }

  @Test func neitherGeneNorLocusIsAnError() throws {
    let path = Fixtures.local("OncoFormatsTests", "maf/no_gene_no_locus.maf")
    let error = try #require(throws: FormatError.self) { try MAFReader(path: path) }
    #expect(error.code == .missingColumn)
    #expect(error.location.line == 1)
    #expect(error.message.contains("Hugo_Symbol"))
    #expect(error.hint?.contains("Start_Position") == true)
  }

  @Test func headerNamesToleratesCaseAndVersionLineWithTabs() throws {
    let text =
      "#version 2.4\t\t\t\n#other comment\nhugo_symbol\tTUMOR_SAMPLE_BARCODE\tHGVSp_short\nKRAS\tS1\tp.Gly12Asp\n"
    let path = try write(Array(text.utf8), name: "case.maf")
    let result = try MAFReadResult.read(path)
    #expect(result.counts == ReadCounts(read: 1, accepted: 1, rejected: 0))
    #expect(result.at(line: 4)?.gene == "KRAS")
    #expect(result.at(line: 4)?.proteinChange?.short == "G12D")
  }

  @Test func exactNameWinsOverACaseVariant() throws {
    let text = "gene\tHUGO_SYMBOL\tHugo_Symbol\tTumor_Sample_Barcode\nx\tWRONG\tKRAS\tS1\n"
    let path = try write(Array(text.utf8), name: "dup.maf")
    #expect(try MAFReadResult.read(path).at(line: 2)?.gene == "KRAS")
  }

  @Test func extraFieldIsRejectedAtItsColumn() throws {
    let text = "Hugo_Symbol\tTumor_Sample_Barcode\nKRAS\tS1\textra\nNRAS\tS1\n"
    let path = try write(Array(text.utf8), name: "extra.maf")
    let result = try MAFReadResult.read(path)
    #expect(result.counts == ReadCounts(read: 2, accepted: 1, rejected: 1))
    #expect(result.errors.first?.location == TextLocation(file: path, line: 2, column: 9))
  }

  @Test func gzipCompressedMAFReadsTheSame() throws {
    let directory = try Fixtures.temporaryDirectory()
    let copy = directory.appendingPathComponent("bad_rows.maf")
    try FileManager.default.copyItem(atPath: badRows, toPath: copy.path)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "gzip -f '\(copy.path)'"]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let gzipped = try MAFReadResult.read(copy.path + ".gz")
    let plain = try MAFReadResult.read(badRows)
    #expect(gzipped.counts == plain.counts)
    #expect(gzipped.alterations.map(\.proteinChange) == plain.alterations.map(\.proteinChange))
  }

  @Test func headerOnlyReadsNothing() throws {
    let path = try write(Array("#version 2.4\nHugo_Symbol\tTumor_Sample_Barcode\n".utf8), name: "h.maf")
    let result = try MAFReadResult.read(path)
    #expect(result.counts == ReadCounts())
    #expect(try MAFReader(path: path).columns == ["Hugo_Symbol", "Tumor_Sample_Barcode"])
  }

  /// Garbled rows (seeded random bytes and tabs) are rejected or read, never a crash, and the
  /// counts always balance.
  @Test func garbledRowsNeverCrash() throws {
    var generator = SeededGenerator(seed: 7)
    let alphabet = Array("\t\t\t\t0123456789.-NA p.G12CxX#\r\u{ff}".utf8)
    var text = "Hugo_Symbol\tChromosome\tStart_Position\tTumor_Sample_Barcode\tt_ref_count\tt_alt_count"
    text += "\tExon_Number\tHGVSp_Short\n"
    var bytes = Array(text.utf8)
    for _ in 0..<2000 {
      for _ in 0..<Int(generator.next() % 40) {
        bytes.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
      }
      bytes.append(0x0A)
    }
    let path = try write(bytes, name: "garbled.maf")
    let result = try MAFReadResult.read(path)
    #expect(result.counts.read > 0)
    #expect(result.counts.rejected == Set(result.errors.compactMap(\.location.line)).count)
  }

  @Test func emptyFileIsAnError() throws {
    let path = try write([], name: "empty.maf")
    let error = try #require(throws: FormatError.self) { try MAFReader(path: path) }
    #expect(error.code == .emptyFile)
  }

  @Test func commentsOnlyIsAMissingHeader() throws {
    let path = try write(Array("#version 2.4\n\n".utf8), name: "comments.maf")
    let error = try #require(throws: FormatError.self) { try MAFReader(path: path) }
    #expect(error.code == .missingHeader)
  }

  @Test func binaryFileIsAnError() throws {
    var generator = SeededGenerator(seed: 42)
    let bytes = (0..<2048).map { _ in UInt8(truncatingIfNeeded: generator.next()) } + [0]
    let path = try write(bytes, name: "binary.maf")
    let error = try #require(throws: FormatError.self) { try MAFReader(path: path) }
    #expect(error.code == .binaryContent || error.code == .corruptCompression)
  }

  @Test func missingFileIsAnError() throws {
    let error = try #require(throws: FormatError.self) {
      try MAFReader(path: "/nonexistent/oncocohort.maf")
    }
    #expect(error.code == .fileNotFound)
  }
}
