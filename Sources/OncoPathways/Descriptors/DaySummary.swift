/// Median and quartiles of a set of day counts (R's default `quantile(type = 7)`).
public struct DaySummary: Sendable, Hashable, Encodable {
  /// How many values.
  public var n: Int
  /// The median, or `nil` when there are no values.
  public var median: Double?
  /// The first quartile (25th percentile), or `nil`.
  public var q1: Double?
  /// The third quartile (75th percentile), or `nil`.
  public var q3: Double?

  /// Summarises the values (any order) with ``Quantile`` (R's `quantile(x, type = 7)`).
  ///
  /// - Complexity: O(n log n).
  public init(_ values: [Int]) {
    n = values.count
    (q1, median, q3) = Quantile.quartiles(values.map(Double.init))
  }

  enum CodingKeys: String, CodingKey { case n, median, q1, q3 }

  /// Encodes `{"n", "median", "q1", "q3"}` with `null` for absent values.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(n, forKey: .n)
    try container.encode(median, forKey: .median)
    try container.encode(q1, forKey: .q1)
    try container.encode(q3, forKey: .q3)
  }
}

/// Times with an event indicator, the input of a survival estimate (OncoSurvival's `SurvivalData`).
public struct TimeToEventInput: Sendable, Hashable {
  /// Times in days.
  public var time: [Double] = []
  /// `true` for an event, `false` for a censored time.
  public var event: [Bool] = []

  /// Creates an empty input.
  public init() {}

  /// Adds one subject's time and status.
  public mutating func append(_ days: Int, event happened: Bool) {
    time.append(Double(days))
    event.append(happened)
  }

  /// How many events.
  public var events: Int { event.lazy.filter { $0 }.count }
}
