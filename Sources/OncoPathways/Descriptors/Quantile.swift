/// Sample quantiles as R's default `quantile(x, probs, type = 7)`, the one definition of the
/// median and quartiles that every descriptor (care pathways, Table 1) uses.
///
/// With the values sorted as x₁ ≤ … ≤ xₙ, the p-quantile is the value at rank h = 1 + (n − 1)p,
/// interpolated linearly between x⌊h⌋ and x⌈h⌉ (Hyndman & Fan 1996, definition 7). It lives in
/// OncoPathways, the lower of the two modules that need it (OncoReports imports OncoPathways).
public enum Quantile {
  /// The p-quantile of values already sorted ascending, or `nil` when there are none.
  ///
  /// - Parameters:
  ///   - sorted: the values, ascending.
  ///   - p: the probability, in [0, 1].
  /// - Complexity: O(1).
  public static func type7(sorted: [Double], _ p: Double) -> Double? {
    guard !sorted.isEmpty else { return nil }
    let h = Double(sorted.count - 1) * min(max(p, 0), 1)
    let low = Int(h.rounded(.down))
    let high = min(low + 1, sorted.count - 1)
    return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
  }

  /// The median and first and third quartiles of values in any order (`nil`s without values).
  ///
  /// - Complexity: O(n log n).
  public static func quartiles(_ values: [Double]) -> (q1: Double?, median: Double?, q3: Double?) {
    let sorted = values.sorted()
    return (type7(sorted: sorted, 0.25), type7(sorted: sorted, 0.5), type7(sorted: sorted, 0.75))
  }
}
