import Foundation

/// Deterministic number formatting shared by every renderer: POSIX digits, no locale, no
/// grouping separator, `-0` written as `0`, so two runs and two machines give the same bytes.
enum NumberFormat {
  /// Days per month, as cBioPortal uses to show months.
  static let daysPerMonth = 30.4375

  /// `x` with `digits` decimals.
  static func fixed(_ x: Double, _ digits: Int) -> String {
    guard x.isFinite else { return x.isNaN ? "NA" : (x > 0 ? "Inf" : "-Inf") }
    let text = String(format: "%.\(digits)f", x)
    // "-0.0" after rounding a tiny negative number is "0.0".
    if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
      return String(text.dropFirst())
    }
    return text
  }

  /// An optional value with `digits` decimals, or `fallback`.
  static func fixed(_ x: Double?, _ digits: Int, or fallback: String) -> String {
    x.map { fixed($0, digits) } ?? fallback
  }

  /// A count as shown: the number, `<N>` when below the threshold, `masked` when complementary.
  static func count(_ count: ReportCount, threshold: Int) -> String {
    switch count.suppression {
    case .belowThreshold: return "<\(threshold)"
    case .complementary: return "masked"
    case nil: return count.value.map(String.init) ?? "NA"
    }
  }

  /// A percentage with one decimal, or `nil` when either count is masked or the denominator is 0.
  static func percent(_ part: ReportCount, of whole: ReportCount) -> String? {
    guard let p = part.value, let w = whole.value, w > 0 else { return nil }
    return fixed(100 * Double(p) / Double(w), 1) + "%"
  }

  /// Days as months with one decimal.
  static func months(_ days: Double) -> String { fixed(days / daysPerMonth, 1) }

  /// Optional days as months, or "NR" (not reached).
  static func months(_ days: Double?, or fallback: String = "NR") -> String {
    days.map(months) ?? fallback
  }

  /// A p-value: three significant decimals, `<0.001` below.
  static func pValue(_ p: Double?) -> String {
    guard let p else { return "NA" }
    return p < 0.001 ? "<0.001" : fixed(p, 3)
  }

  /// A survival probability as a percentage with one decimal.
  static func survival(_ s: Double?) -> String { s.map { fixed(100 * $0, 1) + "%" } ?? "NA" }

  /// An SVG coordinate with two decimals at most, trailing zeros removed.
  static func coordinate(_ x: Double) -> String {
    var text = fixed(x, 2)
    while text.contains("."), text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
