/// The Kaplan–Meier (product-limit) estimate of a survival curve, with delayed entry.
///
/// At each distinct exit time t the estimate is multiplied by 1 − d(t)/n(t), where d(t) is the
/// number of events at t and n(t) the number at risk, the observations with entry < t ≤ exit.
/// Events and censorings at the same time: the censored are still at risk at t (events come
/// first), as in R. The curve steps at every distinct exit time, censoring-only times included.
///
/// Assumptions: censoring and truncation independent of the event time given the group.
///
/// R equivalent: `survfit(Surv(time, status) ~ 1, conf.type = "log")` or, with delayed entry,
/// `survfit(Surv(entry, time, status) ~ 1)`.
public struct KaplanMeier: Sendable, Hashable {
  /// One step of the curve: what happened at one distinct exit time.
  public struct Step: Sendable, Hashable {
    /// The exit time.
    public var time: Double
    /// The number at risk just before `time` (entry < time ≤ exit).
    public var atRisk: Int
    /// The number of events at `time`.
    public var events: Int
    /// The number censored at `time`.
    public var censored: Int
    /// The estimated survival S(time), after this step.
    public var survival: Double
    /// The standard error of the cumulative hazard (of −log S) by Greenwood's formula.
    ///
    /// √Σ d/(n(n−d)); infinite once everybody at risk has died. R: `fit$std.err`.
    public var standardError: Double
    /// The lower confidence limit of S(time), `nil` where R gives `NA`.
    public var lower: Double?
    /// The upper confidence limit of S(time), `nil` where R gives `NA`.
    public var upper: Double?
  }

  /// The steps, in increasing time.
  public let steps: [Step]
  /// The number of observations.
  public let count: Int
  /// The number of events.
  public let eventCount: Int
  /// The confidence interval type of ``Step/lower`` and ``Step/upper``.
  public let confidenceType: ConfidenceType
  /// The confidence level of the intervals, for example 0.95.
  public let confidenceLevel: Double
  /// The time the curve starts from (at survival 1): min(0, first time), as R's `start.time`.
  public let startTime: Double

  /// Estimates the curve.
  ///
  /// - Parameters:
  ///   - data: The observations, with or without delayed entry.
  ///   - confidenceType: How pointwise intervals are built (R's `conf.type`); `.log` by default.
  ///   - confidenceLevel: The level of the intervals, in (0, 1) (R's `conf.int`).
  /// - Throws: ``SurvivalError`` if there is no observation or the level is not in (0, 1).
  /// - Complexity: O(n log n) for n observations.
  public init(
    _ data: SurvivalData, confidenceType: ConfidenceType = .log, confidenceLevel: Double = 0.95
  ) throws {
    guard data.count > 0 else {
      throw SurvivalError(.noData, "no observation to estimate a survival curve from")
    }
    guard confidenceLevel > 0, confidenceLevel < 1 else {
      throw SurvivalError(
        .invalidParameter, "confidence level \(confidenceLevel) is not between 0 and 1",
        hint: "use e.g. 0.95 for 95% intervals")
    }
    let tallies = RiskTally.byExitTime(data)
    let z = SpecialFunctions.normalQuantile(1 - (1 - confidenceLevel) / 2)
    var survival = 1.0
    var variance = 0.0
    var steps: [Step] = []
    steps.reserveCapacity(tallies.count)
    for tally in tallies {
      let n = Double(tally.atRisk)
      let d = Double(tally.events)
      if tally.events > 0 {
        survival *= (n - d) / n
        variance += n > d ? d / (n * (n - d)) : .infinity
      }
      let se = variance.squareRoot()
      let (lower, upper) = confidenceType.interval(survival: survival, standardError: se, z: z)
      steps.append(
        Step(
          time: tally.time, atRisk: tally.atRisk, events: tally.events,
          censored: tally.censored, survival: survival, standardError: se,
          lower: lower, upper: upper))
    }
    self.steps = steps
    count = data.count
    eventCount = data.eventCount
    self.confidenceType = confidenceType
    self.confidenceLevel = confidenceLevel
    startTime = min(0, steps.first?.time ?? 0)
  }

  /// The curve at `time`: the last step at or before it (survival 1 before the first step),
  /// or `nil` past the last observed time, where the curve is not estimated.
  ///
  /// R: `summary(fit, times = t)`.
  public func value(at time: Double) -> Step? {
    guard let last = steps.last, time <= last.time else { return nil }
    // Binary search for the last step with step.time <= time.
    var low = 0
    var high = steps.count
    while low < high {
      let mid = (low + high) / 2
      if steps[mid].time <= time { low = mid + 1 } else { high = mid }
    }
    if low == 0 {
      let atRisk = steps[0].atRisk
      return Step(
        time: time, atRisk: atRisk, events: 0, censored: 0, survival: 1, standardError: 0,
        lower: 1, upper: 1)
    }
    var step = steps[low - 1]
    step.time = time
    return step
  }
}
