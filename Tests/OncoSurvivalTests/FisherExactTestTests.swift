import OncoSurvival
import Testing

/// Fisher's exact test and the Benjamini–Hochberg adjustment against R 4 `stats`.
///
/// R scripts (`Reference/make_fisher_reference.R`, `make_bh_reference.R`; outputs `fisher.csv`, `bh.csv`).
/// Tolerance 1e-9 relative.
@Suite struct FisherExactTestTests {
  @Test func matchesRFisherTest() throws {
    let table = try Reference.table("fisher.csv")
    let cells = ["a", "b", "c", "d"].map { name in (table[name] ?? []).compactMap { $0.flatMap(Int.init) } }
    let expected = (table["p"] ?? []).compactMap { $0.flatMap(Double.init) }
    #expect(expected.count == 12)
    for row in expected.indices {
      let test = try FisherExactTest(a: cells[0][row], b: cells[1][row], c: cells[2][row], d: cells[3][row])
      let tolerance = 1e-9 * max(expected[row], 1e-300)
      #expect(
        abs(test.pValue - expected[row]) <= tolerance,
        "table \(cells.map { $0[row] }): \(test.pValue) vs R \(expected[row])")
    }
  }

  /// By hand: [[3, 1], [1, 3]] has margins 4/4/4/4; P(a) = C(4,a)C(4,4−a)/C(8,4) = 1, 16, 36, 16, 1
  /// over 70; the tables at most as likely as a = 3 (16/70) are a = 0, 1, 3, 4: 34/70.
  @Test func smallTableByHand() throws {
    let test = try FisherExactTest(a: 3, b: 1, c: 1, d: 3)
    #expect(abs(test.pValue - 34.0 / 70.0) < 1e-12)
  }

  @Test func rejectsNegativeCells() {
    #expect(throws: SurvivalError.self) { try FisherExactTest(a: -1, b: 1, c: 1, d: 1) }
  }

  @Test func matchesRBenjaminiHochberg() throws {
    let table = try Reference.table("bh.csv")
    let raw = (table["p"] ?? []).map { $0.flatMap(Double.init) }
    let expected = (table["adjusted"] ?? []).map { $0.flatMap(Double.init) }
    let adjusted = BenjaminiHochberg.adjust(raw)
    #expect(adjusted.count == expected.count)
    for (got, want) in zip(adjusted, expected) {
      switch (got, want) {
      case (nil, nil): continue
      case (let got?, let want?): #expect(abs(got - want) <= 1e-12 * want, "\(got) vs R \(want)")
      default:
        Issue.record("missing value mismatch: \(String(describing: got)) vs \(String(describing: want))")
      }
    }
  }
}
