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

  /// Summarises the values (any order).
  ///
  /// Quantiles interpolate linearly between order statistics: with the values sorted as
  /// x₁ ≤ … ≤ xₙ, the p-quantile is x at rank h = 1 + (n − 1)p (R: `quantile(x, p)`).
  /// - Complexity: O(n log n).
  public init(_ values: [Int]) {
    n = values.count
    guard !values.isEmpty else { return }
    let sorted = values.sorted()
    func quantile(_ p: Double) -> Double {
      let h = Double(sorted.count - 1) * p
      let low = Int(h.rounded(.down))
      let high = min(low + 1, sorted.count - 1)
      return Double(sorted[low]) + (h - Double(low)) * Double(sorted[high] - sorted[low])
    }
    median = quantile(0.5)
    q1 = quantile(0.25)
    q3 = quantile(0.75)
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
