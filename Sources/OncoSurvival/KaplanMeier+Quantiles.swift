extension KaplanMeier {
  /// A time quantile of the curve with its confidence interval; `nil` parts are not reached.
  public struct Quantile: Sendable, Hashable {
    /// The probability of having had the event, for example 0.5 for the median.
    public var probability: Double
    /// The estimated time, `nil` if the curve never falls far enough.
    public var time: Double?
    /// The lower confidence limit, read off the lower pointwise curve.
    public var lower: Double?
    /// The upper confidence limit, read off the upper pointwise curve; often not reached.
    public var upper: Double?
  }

  /// The tolerance R uses to decide that the curve sits exactly on a level: √(machine ε).
  static let levelTolerance = Double.ulpOfOne.squareRoot()

  /// The median survival time and its confidence interval, as R's `print.survfit` reports them.
  ///
  /// The median is the first time S(t) ≤ 0.5; when S is exactly 0.5 on a flat stretch it is the
  /// midpoint of that stretch. The limits apply the same rule to the lower and upper pointwise
  /// curves (Brookmeyer–Crowley by inversion of the pointwise interval).
  ///
  /// R: `summary(fit)$table[, c("median", "0.95LCL", "0.95UCL")]`.
  public var median: Quantile {
    Quantile(
      probability: 0.5,
      time: Self.firstCrossing(steps.map { $0.survival }, steps),
      lower: Self.firstCrossing(steps.map { $0.lower }, steps),
      upper: Self.firstCrossing(steps.map { $0.upper }, steps))
  }

  /// The time by which a fraction `probability` has had the event, with its interval.
  ///
  /// Same rule as the median (first time 1 − S ≥ p, midpoint on an exact flat stretch) with
  /// R's handling of a curve that ends exactly at the level.
  ///
  /// R: `quantile(fit, probs = p)`.
  public func quantile(_ probability: Double) -> Quantile {
    let times = [startTime] + steps.map { $0.time }
    func find(_ curve: [Double?]) -> Double? {
      Self.findQuantile(times, [0] + curve.map { $0.map { 1 - $0 } }, probability)
    }
    return Quantile(
      probability: probability,
      time: find(steps.map { $0.survival }),
      lower: find(steps.map { $0.lower }),
      upper: find(steps.map { $0.upper }))
  }

  /// R's `minmin`: the first time the curve is ≤ 0.5, the midpoint of an exact flat 0.5.
  static func firstCrossing(_ curve: [Double?], _ steps: [Step]) -> Double? {
    let tolerance = levelTolerance
    var kept: [(time: Double, value: Double)] = []
    for (value, step) in zip(curve, steps) {
      if let value, value < 0.5 + tolerance { kept.append((step.time, value)) }
    }
    guard let first = kept.first else { return nil }
    if abs(first.value - 0.5) < tolerance,
      let below = kept.first(where: { $0.value < first.value })
    {
      return (first.time + below.time) / 2
    }
    return first.time
  }

  /// R's `findq`: quantile `p` of a cumulative distribution `y` (1 − S) over `x`, with the
  /// midpoint rule within `levelTolerance`; `nil` entries of `y` (R's `NA`) are skipped.
  static func findQuantile(_ x: [Double], _ y: [Double?], _ p: Double) -> Double? {
    let tolerance = levelTolerance
    guard let xmax = x.last else { return nil }
    let present = y.compactMap { $0 }
    guard let top = present.max(), top >= p else { return nil }
    // Keep the first occurrence of every level (R's `duplicated`, which also folds NAs).
    var seen = Set<Double>()
    var seenMissing = false
    var points: [(x: Double, y: Double?)] = []
    for (xi, yi) in zip(x, y) {
      if let yi {
        if seen.insert(yi).inserted { points.append((xi, yi)) }
      } else if !seenMissing {
        seenMissing = true
        points.append((xi, nil))
      }
    }
    if p == 0 { return points.first?.x }
    func firstIndex(offset: Double) -> Int? {
      points.indices.first { index in
        if let value = points[index].y { return value + offset >= p }
        return false
      }
    }
    guard let low = firstIndex(offset: tolerance) else { return nil }
    if let last = points.last?.y, abs(p - last) < tolerance {
      return (points[low].x + xmax) / 2
    }
    guard let high = firstIndex(offset: -tolerance) else { return nil }
    return (points[low].x + points[high].x) / 2
  }
}
