/// Cumulative incidence of competing events by the Aalen–Johansen estimator, with delayed
/// entry.
///
/// With K event types, at each distinct exit time t with n at risk (entry < t ≤ exit), d_k events
/// of type k and d = Σ d_k: CIF_k(t) = Σ_{u ≤ t} Ŝ(u−)·d_k(u)/n(u), where Ŝ is the Kaplan–Meier
/// estimate of being free of any event. Σ_k CIF_k + Ŝ = 1 at every time. Unlike 1 − KM of one
/// cause (which treats the other causes as censoring and overestimates), CIF_k is the probability
/// of having had event k by t when the others compete (death from another cause competes with
/// progression).
///
/// Variances are not computed (R uses the infinitesimal jackknife).
///
/// R equivalent: `survfit(Surv(time, factor(cause, 0:K)) ~ 1)` (its `pstate`), or
/// `survfit(Surv(entry, time, factor(cause)) ~ 1)` with delayed entry.
public struct CumulativeIncidence: Sendable, Hashable {
  /// The estimate at one distinct exit time.
  public struct Step: Sendable, Hashable {
    /// The exit time.
    public var time: Double
    /// The number at risk just before `time`.
    public var atRisk: Int
    /// Events of each type at `time` (index 0 is type 1).
    public var events: [Int]
    /// The number censored at `time`.
    public var censored: Int
    /// The cumulative incidence of each type after `time` (index 0 is type 1).
    public var incidence: [Double]
    /// The probability of being free of every event, Ŝ(time).
    public var eventFree: Double
  }

  /// The number of event types K.
  public let causeCount: Int
  /// The steps, in increasing time.
  public let steps: [Step]

  /// Estimates the cumulative incidence functions.
  ///
  /// - Parameters:
  ///   - time: Exit times.
  ///   - cause: 0 for a censoring, k ≥ 1 for an event of type k.
  ///   - entry: Delayed-entry times, or `nil`.
  /// - Throws: ``SurvivalError`` on a negative cause code or invalid times.
  /// - Complexity: O(n log n + T·K).
  public init(time: [Double], cause: [Int], entry: [Double]? = nil) throws {
    if let index = cause.firstIndex(where: { $0 < 0 }) {
      throw SurvivalError(
        .invalidInput, "cause \(cause[index]) is negative",
        hint: "code censoring as 0 and event types as 1, 2, …", observation: index)
    }
    let data = try SurvivalData(time: time, event: cause.map { $0 > 0 }, entry: entry)
    guard data.count > 0 else { throw SurvivalError(.noData, "no observation") }
    let k = cause.max() ?? 0
    let order = time.indices.sorted { time[$0] < time[$1] }
    let tallies = RiskTally.byExitTime(data)
    var incidence = [Double](repeating: 0, count: k)
    var survival = 1.0
    var steps: [Step] = []
    var position = 0
    for tally in tallies {
      var events = [Int](repeating: 0, count: k)
      while position < order.count, time[order[position]] == tally.time {
        let code = cause[order[position]]
        if code > 0 { events[code - 1] += 1 }
        position += 1
      }
      let n = Double(tally.atRisk)
      for type in 0..<k where events[type] > 0 {
        incidence[type] += survival * Double(events[type]) / n
      }
      if tally.events > 0 { survival *= (n - Double(tally.events)) / n }
      steps.append(
        Step(
          time: tally.time, atRisk: tally.atRisk, events: events, censored: tally.censored,
          incidence: incidence, eventFree: survival))
    }
    causeCount = k
    self.steps = steps
  }
}
