import Foundation
import OncoModel
import OncoTestSupport
import Testing

@testable import OncoFormats

/// The MAF reader's fast paths against plain reference code: the word-at-a-time tab search,
/// the shared consequence arrays (and what happens once their table is full), the protein short
/// forms made from bytes, and the alteration handed over rather than lent.
@Suite struct MAFFastPathTests {
  /// Splits `line` with `fields` and returns each field's text and 1-based column.
  private func split(_ line: String, with fields: inout MAFFields) -> [(String, Int)] {
    let bytes = Array(line.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      fields.split(buffer)
      return (0..<fields.count).map { (String(decoding: fields.bytes($0), as: UTF8.self), fields.column($0)) }
    }
  }

  @Test func tabsFoundAtEveryPositionOfAWord() {
    var fields = MAFFields()
    // Seeded lines: fields of 0 to 11 bytes, so tabs fall on every byte of an 8-byte word, and
    // bytes just above and below a tab (0x08, 0x0A, 0x89) that a sloppy zero-byte test confuses.
    var generator = SeededGenerator(seed: 20_261_129)
    let alphabet: [Character] = ["a", "Z", "\u{08}", "\n", "\u{89}", "é", "-", "0"]
    for _ in 0..<500 {
      let count = Int.random(in: 1...40, using: &generator)
      let parts = (0..<count).map { _ in
        String(
          (0..<Int.random(in: 0...11, using: &generator)).map { _ in
            alphabet.randomElement(using: &generator) ?? "a"
          })
      }
      let line = parts.joined(separator: "\t")
      var column = 1
      let expected = parts.map { part -> (String, Int) in
        defer { column += part.utf8.count + 1 }
        return (part, column)
      }
      let found = split(line, with: &fields)
      #expect(found.map(\.0) == expected.map(\.0), "\(line.debugDescription)")
      #expect(found.map(\.1) == expected.map(\.1))
      // Past the last field: the column after the line, and no bytes.
      #expect(fields.column(count) == line.utf8.count + 1)
      #expect(fields.bytes(count).isEmpty)
    }
  }

  @Test func emptyLineIsOneEmptyField() {
    var fields = MAFFields()
    #expect(split("", with: &fields).map(\.0) == [""])
    #expect(split("\t", with: &fields).map(\.0) == ["", ""])
    #expect(split("a\t\tb\t", with: &fields).map(\.0) == ["a", "", "b", ""])
  }

  @Test(arguments: [0, 1, 9, 10, 12, 100, 999, 123_456_789, Int.max, -5])
  func shortFormMatchesInterpolation(position: Int) {
    #expect(ProteinChangeNormalizer.shortForm(UInt8(ascii: "G"), position) == "G\(position)")
    #expect(
      ProteinChangeNormalizer.shortForm(UInt8(ascii: "*"), position, UInt8(ascii: "=")) == "*\(position)=")
  }

  /// More distinct single consequences than the shared table holds: the rows past its capacity
  /// still get their own term, and rows with several terms are split.
  @Test func consequencesPastTheSharedTable() throws {
    let distinct = MAFRowDecoder.consequenceListCapacity + 20
    var lines = ["Hugo_Symbol\tTumor_Sample_Barcode\tConsequence\tTranscript_ID"]
    for index in 0..<distinct { lines.append("G\tS1\tterm_\(index)\tT1") }
    // Repeats of shared terms, and of the last term, which came after the table was full.
    let repeats = Array(stride(from: 0, to: distinct, by: 997)) + [distinct - 1]
    for index in repeats { lines.append("G\tS2\tterm_\(index)\tT1") }
    lines.append("G\tS3\tmissense_variant&splice_region_variant\tT1")
    lines.append("G\tS3\tstop_gained,frameshift_variant\tT1")
    let url = try Fixtures.temporaryDirectory().appendingPathComponent("consequences.maf")
    try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    let result = try MAFReadResult.read(url.path)
    let expected =
      (0..<distinct).map { ["term_\($0)"] } + repeats.map { ["term_\($0)"] }
      + [["missense_variant", "splice_region_variant"], ["stop_gained", "frameshift_variant"]]
    #expect(result.alterations.map { $0.annotations.first?.consequences ?? [] } == expected)
    #expect(result.alterations.map(\.consequence) == expected.map(\.first))
    #expect(result.counts == ReadCounts(read: expected.count, accepted: expected.count, rejected: 0))
  }

  /// The source reader takes the MAF's alterations handed over; the public reader lends them:
  /// both must give the same alterations.
  @Test func handedAndLentAlterationsAgree() throws {
    let path = Fixtures.local("OncoFormatsTests", "maf/bad_rows.maf")
    let lent = try MAFReadResult.read(path).alterations
    let handed = try SourceReadResult.collect(VariantFileSourceReader(path: path)).alterations
    #expect(!lent.isEmpty)
    #expect(handed == lent)
  }
}

/// SplitMix64: a seeded generator, so the random lines are the same on every run.
private struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
