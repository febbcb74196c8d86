/// A comparison operator of the expression language (`=`, `!=`, `<`, `<=`, `>`, `>=`).
public enum Comparison: String, Sendable, Hashable, CaseIterable {
  /// Equal (`=`).
  case equal = "="
  /// Not equal (`!=`).
  case notEqual = "!="
  /// Less than (`<`).
  case less = "<"
  /// At most (`<=`).
  case lessOrEqual = "<="
  /// Greater than (`>`).
  case greater = ">"
  /// At least (`>=`).
  case greaterOrEqual = ">="

  /// Whether `lhs op rhs` holds for two ordered values.
  public func holds<T: Comparable>(_ lhs: T, _ rhs: T) -> Bool {
    switch self {
    case .equal: lhs == rhs
    case .notEqual: lhs != rhs
    case .less: lhs < rhs
    case .lessOrEqual: lhs <= rhs
    case .greater: lhs > rhs
    case .greaterOrEqual: lhs >= rhs
    }
  }
}
