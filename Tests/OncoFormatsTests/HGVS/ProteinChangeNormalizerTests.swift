import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

@Suite struct ProteinChangeNormalizerTests {
  /// One input spelling and the canonical change worked out by hand from the HGVS rules.
  struct Case: Sendable, CustomTestStringConvertible {
    let input: String
    let short: String
    let kind: ProteinChange.Kind
    let start: Int?
    let end: Int?
    var testDescription: String { input }

    init(_ input: String, _ short: String, _ kind: ProteinChange.Kind, _ start: Int?, _ end: Int?) {
      self.input = input
      self.short = short
      self.kind = kind
      self.start = start
      self.end = end
    }
  }

  static let cases: [Case] = [
    // Missense, every wrapping.
    Case("p.Gly12Cys", "G12C", .missense, 12, 12),
    Case("p.G12C", "G12C", .missense, 12, 12),
    Case("G12C", "G12C", .missense, 12, 12),
    Case("p.(G12C)", "G12C", .missense, 12, 12),
    Case("p.(Gly12Cys)", "G12C", .missense, 12, 12),
    Case("ENSP00000256078.4:p.Gly12Cys", "G12C", .missense, 12, 12),
    Case("NP_004976.2:p.G12C", "G12C", .missense, 12, 12),
    Case("  p.Val600Glu\t", "V600E", .missense, 600, 600),
    // Frameshifts.
    Case("p.L747fs", "L747fs", .frameshift, 747, 747),
    Case("p.Leu747SerfsTer3", "L747fs", .frameshift, 747, 747),
    Case("p.L747Sfs*3", "L747fs", .frameshift, 747, 747),
    Case("p.E746fs*", "E746fs", .frameshift, 746, 746),
    Case("p.Glu746fsTer?", "E746fs", .frameshift, 746, 746),
    Case("p.R1450fsX12", "R1450fs", .frameshift, 1450, 1450),
    // In-frame deletions, duplications, insertions, delins.
    Case("p.E746_A750del", "E746_A750del", .inframeDeletion, 746, 750),
    Case("p.Glu746_Ala750del", "E746_A750del", .inframeDeletion, 746, 750),
    Case("p.E746_A750delELREA", "E746_A750del", .inframeDeletion, 746, 750),
    Case("p.E746del", "E746del", .inframeDeletion, 746, 746),
    Case("p.A767_V769dup", "A767_V769dup", .duplication, 767, 769),
    Case("p.Ala767dup", "A767dup", .duplication, 767, 767),
    Case("p.D770_N771insSVD", "D770_N771insSVD", .inframeInsertion, 770, 771),
    Case("p.Asp770_Asn771insSerValAsp", "D770_N771insSVD", .inframeInsertion, 770, 771),
    Case("p.L747_P753delinsS", "L747_P753delinsS", .delins, 747, 753),
    Case("p.Glu746_Thr751delinsAla", "E746_T751delinsA", .delins, 746, 751),
    Case("p.V600_K601delinsE", "V600_K601delinsE", .delins, 600, 601),
    Case("p.Cys28delinsTrpVal", "C28delinsWV", .delins, 28, 28),
    // Nonsense.
    Case("p.R213*", "R213*", .nonsense, 213, 213),
    Case("p.Arg213Ter", "R213*", .nonsense, 213, 213),
    Case("p.R213X", "R213*", .nonsense, 213, 213),
    Case("p.Arg213*", "R213*", .nonsense, 213, 213),
    // Start loss (position 1, reference Met).
    Case("p.M1?", "M1?", .startLoss, 1, 1),
    Case("p.Met1?", "M1?", .startLoss, 1, 1),
    Case("p.M1I", "M1I", .startLoss, 1, 1),
    Case("p.Met1Ile", "M1I", .startLoss, 1, 1),
    Case("p.M2I", "M2I", .missense, 2, 2),
    // Stop loss.
    Case("p.*757Lext*?", "*757Lext*?", .stopLoss, 757, 757),
    Case("p.Ter757GlnextTer?", "*757Qext*?", .stopLoss, 757, 757),
    Case("p.*110Glnext*17", "*110Qext*17", .stopLoss, 110, 110),
    Case("p.*757L", "*757L", .stopLoss, 757, 757),
    // Splice.
    Case("X1010_splice", "X1010_splice", .splice, 1010, 1010),
    Case("p.X1010_splice", "X1010_splice", .splice, 1010, 1010),
    Case("p.X757_splice", "X757_splice", .splice, 757, 757),
    Case("p.K1010_splice", "X1010_splice", .splice, 1010, 1010),
    Case("c.3028+1G>A", "splice", .splice, nil, nil),
    Case("ENST00000288602.11:c.1742-2A>G", "splice", .splice, nil, nil),
    Case("e14+1", "e14+1", .splice, nil, nil),
    Case("e5-2", "e5-2", .splice, nil, nil),
    Case("splice", "splice", .splice, nil, nil),
    // Synonymous.
    Case("p.G12=", "G12=", .synonymous, 12, 12),
    Case("p.Gly12=", "G12=", .synonymous, 12, 12),
    Case("p.G12G", "G12=", .synonymous, 12, 12),
    Case("p.(Gly12Gly)", "G12=", .synonymous, 12, 12),
    Case("p.*757*", "*757=", .synonymous, 757, 757),
    Case("p.(=)", "=", .synonymous, nil, nil),
    Case("p.=", "=", .synonymous, nil, nil),
    // Other forms, kept cleaned.
    Case("p.0", "0", .other, nil, nil),
    Case("p.0?", "0", .other, nil, nil),
    Case("p.Met1ext-5", "M1ext-5", .other, 1, 1),
    Case("p.G12?", "G12?", .other, 12, 12),
    Case("MET exon 14   skipping", "MET exon 14 skipping", .other, nil, nil),
    Case("p.(Gly12_Cys13insTer10)", "Gly12_Cys13insTer10", .other, 12, 13),
  ]

  @Test(arguments: cases)
  func normalizes(_ example: Case) throws {
    let change = try #require(ProteinChangeNormalizer.normalize(example.input))
    #expect(change.short == example.short)
    #expect(change.kind == example.kind)
    #expect(change.start == example.start)
    #expect(change.end == example.end)
  }

  @Test(arguments: cases)
  func shortFormIsAFixedPoint(_ example: Case) throws {
    let change = try #require(ProteinChangeNormalizer.normalize(example.input))
    #expect(ProteinChangeNormalizer.normalize(change.short) == change)
  }

  @Test(arguments: [
    "", " ", ".", "-", "NA", "p.?", "p.(?)", "?", "c.35G>T", "c.-14G>A",
    "c.1742-20A>G", "garbage", "p.", "ENSP00000256078.4:", "G12C\u{e9}", "p.Gly",
  ])
  func refusesWhatIsNotAProteinChange(_ input: String) {
    #expect(ProteinChangeNormalizer.normalize(input) == nil)
  }

  @Test func acceptsSubstrings() throws {
    let line = "KRAS\tp.Gly12Asp\tx"
    let field = line.split(separator: "\t")[1]
    #expect(ProteinChangeNormalizer.normalize(field)?.short == "G12D")
  }

  /// Random text never crashes, and whatever comes out is a fixed point of the normaliser.
  @Test func randomTextNeverCrashes() {
    var generator = SeededGenerator(seed: 0x0C0C_0C0C)
    let alphabet = Array("pc.:_()*=?+-0123456789 AGLMRSTXVEDKaegilnrsuxfdt\u{e9}\t".unicodeScalars)
    let fragments = ["Gly", "Ter", "del", "ins", "dup", "fs", "ext", "splice", "p.", "c.", "delins"]
    var nonNil = 0
    for _ in 0..<20_000 {
      var text = ""
      for _ in 0..<Int(generator.next() % 16) {
        if generator.next() % 4 == 0 {
          text += fragments[Int(generator.next() % UInt64(fragments.count))]
        } else {
          text.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
        }
      }
      guard let change = ProteinChangeNormalizer.normalize(text) else { continue }
      nonNil += 1
      #expect(ProteinChangeNormalizer.normalize(change.short) == change, "\(text)")
      if let start = change.start, let end = change.end { #expect(start <= end || change.kind == .other) }
    }
    #expect(nonNil > 100)
  }
}
