import OncoQuery
import OncoTestSupport
import Testing

/// Kleene laws of the compiled expressions over seeded random warehouses and expressions.
@Suite struct AlgebraicPropertyTests {

  static let genes = ["KRAS", "NRAS", "TP53", "EGFR"]

  /// 40 patients with 0–2 samples on panel P1 (KRAS, NRAS), P2 (all four genes) or none,
  /// and 0–4 calls per sample: missense at residues 1–20 or a copy-number level.
  static func warehouse(_ random: inout SeededGenerator) throws -> TestWarehouse {
    let w = try TestWarehouse()
    try w.panel("P1", genes: ["KRAS", "NRAS"])
    try w.panel("P2", genes: genes)
    for number in 0..<40 {
      let patient = try w.patient("P\(number)")
      for sampleNumber in 0..<Int.random(in: 0...2, using: &random) {
        let panel = ["P1", "P2", nil].randomElement(using: &random) ?? nil
        let sample = try w.sample("S\(number)-\(sampleNumber)", patient: patient, panel: panel)
        for _ in 0..<Int.random(in: 0...4, using: &random) {
          let gene = genes.randomElement(using: &random) ?? "KRAS"
          if Bool.random(using: &random) {
            let residue = Int.random(in: 1...20, using: &random)
            try w.alteration(sample, gene, change: "A\(residue)T", changeKind: "missense", start: residue)
          } else {
            try w.alteration(
              sample, gene, kind: "copy_number", copyNumber: [-2, -1, 1, 2].randomElement(using: &random))
          }
        }
      }
    }
    return w
  }

  static func expression(_ random: inout SeededGenerator, depth: Int = 0) -> String {
    if depth >= 2 || Int.random(in: 0...2, using: &random) == 0 {
      let gene = genes.randomElement(using: &random) ?? "KRAS"
      let atom =
        ["MUT", "AMP", "CNA >= GAIN", "(1-10)", "MISSENSE", "HOMDEL"].randomElement(using: &random) ?? "MUT"
      return "(\(gene): \(atom))"
    }
    let left = expression(&random, depth: depth + 1)
    switch Int.random(in: 0...2, using: &random) {
    case 0: return "(\(left) AND \(expression(&random, depth: depth + 1)))"
    case 1: return "(\(left) OR \(expression(&random, depth: depth + 1)))"
    default: return "(NOT \(left))"
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func kleeneLaws(seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let w = try Self.warehouse(&random)
    for _ in 0..<4 {
      let a = Self.expression(&random)
      let b = Self.expression(&random)
      let splitA = try w.split(a)
      let both = try w.split("\(a) AND \(b)")
      let either = try w.split("\(a) OR \(b)")
      #expect(both.altered.isSubset(of: splitA.altered), "\(a) AND \(b)")
      #expect(splitA.altered.isSubset(of: either.altered), "\(a) OR \(b)")
      #expect(try w.split("NOT NOT \(a)") == splitA, "NOT NOT \(a)")
      #expect(
        try w.split("NOT (\(a) AND \(b))") == (try w.split("NOT \(a) OR NOT \(b)")), "De Morgan \(a), \(b)")
      #expect(
        try w.split("NOT (\(a) OR \(b))") == (try w.split("NOT \(a) AND NOT \(b)")), "De Morgan \(a), \(b)")
      // Not assessed never turns into not altered by negation.
      #expect(try w.split("NOT \(a)").notAssessed == splitA.notAssessed, "NOT \(a)")
    }
  }
}
