/// The Benjamini–Hochberg adjustment of p-values, controlling the false discovery rate.
///
/// For m p-values sorted increasingly, the adjusted value of the i-th is
/// min over j ≥ i of (m / j) · p₍ⱼ₎, capped at 1. Missing p-values (`nil`) are left out of m and
/// stay `nil`, as R does with `NA`. Assumes independent or positively dependent tests.
///
/// R equivalent: `p.adjust(p, method = "BH")`.
public enum BenjaminiHochberg {
  /// The adjusted p-values, in the order given.
  ///
  /// - Parameter pValues: The raw p-values in [0, 1]; `nil` for a test that was not run.
  /// - Returns: One adjusted value per input, `nil` where the input is `nil`.
  /// - Complexity: O(m log m).
  public static func adjust(_ pValues: [Double?]) -> [Double?] {
    let present = pValues.indices.compactMap { index in pValues[index].map { (index, $0) } }
    let m = Double(present.count)
    // Decreasing order, ties by position so the result does not depend on the sort's stability.
    let sorted = present.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 > $1.0 }
    var result = [Double?](repeating: nil, count: pValues.count)
    var running = 1.0
    for (rankFromTop, entry) in sorted.enumerated() {
      let rank = m - Double(rankFromTop)
      running = min(running, m / rank * entry.1)
      result[entry.0] = min(1, running)
    }
    return result
  }
}
