import Foundation

/// Fisher's exact test of independence in a 2 × 2 table, two-sided, as R's `fisher.test`.
///
/// The table is `[[a, b], [c, d]]`. With the margins fixed, `a` follows a hypergeometric
/// distribution; the two-sided p-value sums the probabilities of every table at most as likely
/// as the observed one, with R's relative tolerance of 1e-7 so that tables of equal probability
/// are not lost to rounding. Probabilities are computed on the log scale (`lgamma`), so large
/// tables neither overflow nor underflow.
///
/// Assumptions: independent observations, margins fixed by design (conditional test).
///
/// R equivalent: `fisher.test(matrix(c(a, b, c, d), 2, byrow = TRUE))$p.value`.
public struct FisherExactTest: Sendable, Hashable {
  /// The cells of the table, row by row: `a b / c d`.
  public let a: Int, b: Int, c: Int, d: Int
  /// The two-sided p-value.
  public let pValue: Double

  /// Runs the test.
  ///
  /// - Throws: ``SurvivalError`` with code `invalidInput` if a cell is negative.
  /// - Complexity: O(min(row and column totals)).
  public init(a: Int, b: Int, c: Int, d: Int) throws {
    guard a >= 0, b >= 0, c >= 0, d >= 0 else {
      throw SurvivalError(
        .invalidInput, "a 2 × 2 table has a negative cell (\(a), \(b), \(c), \(d))",
        hint: "cells are counts of patients")
    }
    self.a = a
    self.b = b
    self.c = c
    self.d = d
    let row1 = a + b
    let col1 = a + c
    let total = a + b + c + d
    // Support of the first cell given the margins.
    let low = max(0, col1 - (total - row1))
    let high = min(row1, col1)
    guard high > low else {
      pValue = 1
      return
    }
    func logProbability(_ x: Int) -> Double {
      Self.logChoose(row1, x) + Self.logChoose(total - row1, col1 - x) - Self.logChoose(total, col1)
    }
    let observed = logProbability(a)
    // R: relErr <- 1 + 10^(-7); sum(d[d <= d[x] * relErr]).
    let cutoff = observed + log1p(1e-7)
    var sum = 0.0
    for x in low...high {
      let lp = logProbability(x)
      if lp <= cutoff { sum += exp(lp) }
    }
    pValue = min(1, sum)
  }

  /// log(n choose k).
  static func logChoose(_ n: Int, _ k: Int) -> Double {
    lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
  }
}
