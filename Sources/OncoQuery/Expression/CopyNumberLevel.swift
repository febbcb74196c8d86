/// A discrete copy-number level, ordered from deep deletion to amplification.
public enum CopyNumberLevel: Int, Sendable, Hashable, CaseIterable, Comparable {
  /// Homozygous (deep) deletion, GISTIC −2 (`HOMDEL`).
  case deepDeletion = -2
  /// Heterozygous loss, −1 (`HETLOSS`).
  case shallowDeletion = -1
  /// Low-level gain, +1 (`GAIN`).
  case gain = 1
  /// High-level amplification, +2 (`AMP`).
  case amplification = 2

  /// The OQL keyword.
  public var keyword: String {
    switch self {
    case .deepDeletion: "HOMDEL"
    case .shallowDeletion: "HETLOSS"
    case .gain: "GAIN"
    case .amplification: "AMP"
    }
  }

  /// The level an OQL keyword names, ignoring case, or `nil`.
  init?(keyword: String) {
    guard let level = Self.allCases.first(where: { $0.keyword == keyword.uppercased() }) else {
      return nil
    }
    self = level
  }

  /// Orders levels from deep deletion to amplification.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
