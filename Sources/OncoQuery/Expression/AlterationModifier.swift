/// A restriction joined to an alteration with `_` (`MUT_GERMLINE`, `MUT_(746-750)`).
public enum AlterationModifier: Sendable, Hashable {
  /// Germline origin (`_GERMLINE`).
  case germline
  /// Somatic origin (`_SOMATIC`).
  case somatic
  /// Annotated as a driver (`_DRIVER`).
  case driver
  /// Within one exon (`_EXON(19)`).
  case exon(Int)
  /// Within a range of protein positions (`_(746-750)`).
  case range(ProteinRange)

  /// The keyword modifiers, by name.
  static let keywords: [String: AlterationModifier] = [
    "GERMLINE": .germline, "SOMATIC": .somatic, "DRIVER": .driver,
  ]
}

/// A range of protein positions: `(746-750)`, `(746-750*)`, `(746-)`, `(-750)`.
public struct ProteinRange: Sendable, Hashable {
  /// The first position, or `nil` for "from the start".
  public var start: Int?
  /// The last position, or `nil` for "to the end".
  public var end: Int?
  /// Whether changes that only overlap the range count too (`*`), not only those inside it.
  public var includesOverlapping: Bool

  /// Creates a range.
  public init(start: Int?, end: Int?, includesOverlapping: Bool = false) {
    self.start = start
    self.end = end
    self.includesOverlapping = includesOverlapping
  }
}

/// A read-level threshold in brackets: `vaf>=0.05`, `depth>=100`.
public struct Threshold: Sendable, Hashable {
  /// What is measured.
  public enum Measure: String, Sendable, Hashable, CaseIterable {
    /// Variant allele fraction, 0–1.
    case vaf
    /// Total read depth at the site.
    case depth
    /// Reads supporting the variant allele.
    case altCount = "alt_count"
  }

  /// The measure.
  public var measure: Measure
  /// The operator.
  public var comparison: Comparison
  /// The value compared with.
  public var value: Double

  /// Creates a threshold.
  public init(_ measure: Measure, _ comparison: Comparison, _ value: Double) {
    self.measure = measure
    self.comparison = comparison
    self.value = value
  }
}
