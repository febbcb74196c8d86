import OncoPathways
import Testing

/// `Quantile` is R's default `quantile(x, type = 7)`: the p-quantile of x₁ ≤ … ≤ xₙ is the value at
/// rank h = 1 + (n − 1)p, interpolated linearly. Each case is worked by hand below and matches
///
///     for (x in list(c(7,1,3,10), c(5), c(2,4), c(1,2,2,2,5,8,9,9,30), c(-3.5,0,12.25)))
///       print(quantile(x, c(0.25, 0.5, 0.75)))
///
/// (R 4, run once when this test was written).
@Suite struct QuantileTests {
  struct Case: Sendable, CustomStringConvertible {
    var values: [Double]
    var q1: Double
    var median: Double
    var q3: Double
    var description: String { "\(values)" }
  }

  static let cases: [Case] = [
    // Sorted 1, 3, 7, 10 (n = 4): h = 1.75 → 1 + 0.75·2 = 2.5; h = 2.5 → 3 + 0.5·4 = 5;
    // h = 3.25 → 7 + 0.25·3 = 7.75.
    Case(values: [7, 1, 3, 10], q1: 2.5, median: 5, q3: 7.75),
    // One value: every quantile is it.
    Case(values: [5], q1: 5, median: 5, q3: 5),
    // Two values: a quarter, half and three quarters of the way from 2 to 4.
    Case(values: [2, 4], q1: 2.5, median: 3, q3: 3.5),
    // n = 9 with ties: ranks 3, 5 and 7 fall on order statistics 2, 5 and 9.
    Case(values: [1, 2, 2, 2, 5, 8, 9, 9, 30], q1: 2, median: 5, q3: 9),
    // Negative and fractional: h = 1.5 → −3.5 + 0.5·3.5 = −1.75; h = 2.5 → 0 + 0.5·12.25 = 6.125.
    Case(values: [12.25, -3.5, 0], q1: -1.75, median: 0, q3: 6.125),
  ]

  @Test(arguments: cases)
  func quartilesMatchR(_ item: Case) {
    let (q1, median, q3) = Quantile.quartiles(item.values)
    #expect(q1 == item.q1)
    #expect(median == item.median)
    #expect(q3 == item.q3)
  }

  @Test func extremesAreMinimumAndMaximum() {
    let sorted: [Double] = [-2, 4, 9]
    #expect(Quantile.type7(sorted: sorted, 0) == -2)
    #expect(Quantile.type7(sorted: sorted, 1) == 9)
  }

  @Test func noValuesGiveNoQuantiles() {
    let (q1, median, q3) = Quantile.quartiles([])
    #expect(q1 == nil && median == nil && q3 == nil)
    #expect(DaySummary([]).n == 0 && DaySummary([]).median == nil)
  }

  /// `DaySummary` (lines of therapy, times between lines) goes through the same definition.
  @Test func daySummaryUsesTheSameQuantiles() {
    let summary = DaySummary([10, 1, 3, 7])
    #expect(summary.n == 4)
    #expect(summary.q1 == 2.5 && summary.median == 5 && summary.q3 == 7.75)
  }
}
