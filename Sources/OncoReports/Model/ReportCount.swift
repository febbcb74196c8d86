/// A count of patients shown in a report, which statistical secrecy may mask.
///
/// A ``ReportDocument`` is filled with plain counts; ``StatisticalSecrecy`` turns it into a
/// ``MaskedReport`` where every count below the minimum cell count, and every count that would
/// let one be recovered by subtraction, has lost its value and says why.
public struct ReportCount: Sendable, Hashable, ExpressibleByIntegerLiteral {
  /// Why a count is not shown.
  public enum Suppression: String, Sendable, Hashable, Codable {
    /// The count is between 1 and the minimum cell count minus one (shown as `<10`).
    case belowThreshold = "below_min_cell_count"
    /// The count is large enough but would reveal a small one by subtraction (shown as `masked`).
    case complementary
  }

  /// The count, `nil` once masked.
  public private(set) var value: Int?
  /// Why the count is masked, `nil` when it is shown.
  public private(set) var suppression: Suppression?

  /// A count to show (subject to secrecy).
  public init(_ value: Int) {
    self.value = value
    suppression = nil
  }

  /// A count written as a literal.
  public init(integerLiteral value: Int) { self.init(value) }

  /// Whether the count was masked.
  public var isMasked: Bool { suppression != nil }

  /// Removes the value, keeping the reason.
  mutating func mask(_ reason: Suppression) {
    value = nil
    suppression = reason
  }
}
