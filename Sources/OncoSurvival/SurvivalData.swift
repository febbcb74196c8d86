/// Time-to-event observations in counting-process form: each observation is at risk on
/// `(entry, exit]` and ends with an event or a censoring at `exit`.
///
/// `entry` is the delayed entry (left truncation): a patient sequenced 200 days after the
/// diagnosis that starts the clock is counted in no risk set before day 200. Without entry
/// times every observation is at risk from 0, the ordinary right-censored case. Times are any
/// finite real numbers (days in OncoCohort); only their order matters to the estimators.
///
/// R equivalent: `Surv(time, status)` or, with entry, `Surv(entry, time, status)`.
public struct SurvivalData: Sendable, Hashable {
  /// When each observation starts being at risk; all zero without delayed entry.
  public let entry: [Double]
  /// When each observation leaves the risk set (event or censoring).
  public let exit: [Double]
  /// Whether the observation ended with the event (`true`) or was censored (`false`).
  public let event: [Bool]
  /// Whether any observation has a delayed entry (an entry greater than the smallest possible).
  public let hasDelayedEntry: Bool

  /// Creates right-censored or left-truncated data.
  ///
  /// - Parameters:
  ///   - time: The exit times, finite.
  ///   - event: `true` for an event, `false` for a censoring; same count as `time`.
  ///   - entry: Entry times, each strictly less than its exit time; `nil` means all at risk from
  ///     the start (then exit times must be ≥ 0, as R requires for right-censored data).
  /// - Throws: ``SurvivalError/Code-swift.struct/invalidInput`` naming the first bad observation.
  public init(time: [Double], event: [Bool], entry: [Double]? = nil) throws {
    guard time.count == event.count else {
      throw SurvivalError(
        .invalidInput, "\(time.count) times but \(event.count) event indicators",
        hint: "give one event indicator per time")
    }
    if let entry, entry.count != time.count {
      throw SurvivalError(
        .invalidInput, "\(time.count) times but \(entry.count) entry times",
        hint: "give one entry time per exit time")
    }
    for (index, value) in time.enumerated() where !value.isFinite {
      throw SurvivalError(
        .invalidInput, "time \(value) is not a finite number", observation: index)
    }
    if let entry {
      for index in entry.indices {
        guard entry[index].isFinite else {
          throw SurvivalError(
            .invalidInput, "entry time \(entry[index]) is not a finite number", observation: index)
        }
        guard entry[index] < time[index] else {
          throw SurvivalError(
            .invalidInput,
            "entry time \(entry[index]) is not before the exit time \(time[index])",
            hint: "an observation is at risk on (entry, exit]; entry must be < exit",
            observation: index)
        }
      }
      self.entry = entry
      hasDelayedEntry = true
    } else {
      if let index = time.firstIndex(where: { $0 < 0 }) {
        throw SurvivalError(
          .invalidInput, "time \(time[index]) is negative",
          hint: "follow-up times count from the origin and cannot be negative",
          observation: index)
      }
      self.entry = [Double](repeating: 0, count: time.count)
      hasDelayedEntry = false
    }
    exit = time
    self.event = event
  }

  /// The number of observations.
  public var count: Int { exit.count }

  /// The number of events.
  public var eventCount: Int { event.reduce(0) { $0 + ($1 ? 1 : 0) } }

  /// The observations at `indices`, keeping delayed entry if there is any.
  public func subset(_ indices: [Int]) -> SurvivalData {
    SurvivalData(
      entry: indices.map { entry[$0] }, exit: indices.map { exit[$0] },
      event: indices.map { event[$0] }, hasDelayedEntry: hasDelayedEntry)
  }

  private init(entry: [Double], exit: [Double], event: [Bool], hasDelayedEntry: Bool) {
    self.entry = entry
    self.exit = exit
    self.event = event
    self.hasDelayedEntry = hasDelayedEntry
  }
}
