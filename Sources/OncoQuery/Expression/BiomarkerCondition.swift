/// A sample-level biomarker compared with a value: `TMB >= 10`, `MSI = MSI-H`.
public struct BiomarkerCondition: Sendable, Hashable {
  /// The value a biomarker is compared with.
  public enum Value: Sendable, Hashable {
    /// A number (`10`, `0.5`).
    case number(Double)
    /// A category (`MSI-H`).
    case category(String)
  }

  /// The biomarker's name as written (`TMB`, `MSI`).
  public var name: String
  /// The operator.
  public var comparison: Comparison
  /// The right-hand side.
  public var value: Value

  /// Creates a biomarker condition.
  public init(name: String, comparison: Comparison, value: Value) {
    self.name = name
    self.comparison = comparison
    self.value = value
  }
}
