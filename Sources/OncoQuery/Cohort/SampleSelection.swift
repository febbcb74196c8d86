import OncoModel

/// Which of a patient's molecular reports count (`samples:`).
public struct SampleSelection: Sendable, Hashable {
  /// Which reports among those that pass the type and window filters.
  public enum Policy: String, Sendable, Hashable, CaseIterable {
    /// Every sample (default).
    case all
    /// The earliest by collection day.
    case first
    /// The latest by collection day.
    case last
    /// The latest collected on or before the index date.
    case nearestBeforeIndex = "nearest_before_index"
  }

  /// Which reports count.
  public var policy: Policy
  /// Sample types that count (`primary`, `metastasis`); empty means every type.
  public var types: [Sample.SampleType]
  /// Collection days relative to the index date, both bounds inclusive (`window: {from: -90, to: 30}`);
  /// `nil` bounds are open.
  public var windowFrom: Int?
  /// Upper bound of the window, days after the index date.
  public var windowTo: Int?

  /// Creates a selection; the default counts every sample.
  public init(
    policy: Policy = .all, types: [Sample.SampleType] = [], windowFrom: Int? = nil, windowTo: Int? = nil
  ) {
    self.policy = policy
    self.types = types
    self.windowFrom = windowFrom
    self.windowTo = windowTo
  }
}

/// Filters every alteration must pass to count for an expression (`alterations:` defaults);
/// an atom's own `[vaf>=…, depth>=…]` thresholds take precedence.
public struct AlterationDefaults: Sendable, Hashable {
  /// Which variant origins count.
  public enum OriginFilter: String, Sendable, Hashable { case somatic, germline, any }
  /// Which filter values count.
  public enum FilterPolicy: String, Sendable, Hashable {
    /// Only `PASS` or unfiltered (`NULL`) calls count (default).
    case pass
    /// Every call counts.
    case any
  }

  /// Minimum variant allele fraction, or `nil`.
  public var minVAF: Double?
  /// Minimum read depth, or `nil`.
  public var minDepth: Int?
  /// Which origins count; default `any` (an `unknown` origin counts unless `somatic`/`germline` is asked).
  public var origin: OriginFilter
  /// Which filter values count.
  public var filter: FilterPolicy

  /// Creates the defaults.
  public init(
    minVAF: Double? = nil, minDepth: Int? = nil, origin: OriginFilter = .any, filter: FilterPolicy = .pass
  ) {
    self.minVAF = minVAF
    self.minDepth = minDepth
    self.origin = origin
    self.filter = filter
  }
}
