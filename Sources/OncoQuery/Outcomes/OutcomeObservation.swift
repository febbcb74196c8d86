import OncoModel
import OncoWarehouse

/// One patient's time-to-event observation for an outcome, in days from the outcome's origin:
/// at risk on `(entry, exit]`, ending with the event or a censoring at `exit`.
public struct OutcomeObservation: Sendable, Hashable {
  /// Days from the origin to the day the patient became observable (0 without delayed entry).
  public var entry: Double
  /// Days from the origin to the event or the censoring.
  public var exit: Double
  /// Whether the observation ends with the event.
  public var event: Bool

  /// Creates an observation.
  public init(entry: Double, exit: Double, event: Bool) {
    self.entry = entry
    self.exit = exit
    self.event = event
  }
}

/// Why a cohort patient has no observation for an outcome; reports count each reason.
public enum OutcomeExclusion: String, Error, Sendable, Hashable, CaseIterable {
  /// The origin day is unknown (no diagnosis day, no sample, …).
  case noOriginDay = "no_origin_day"
  /// Nothing is known after the origin: the event or censoring day precedes it.
  case negativeFollowUp = "negative_follow_up"
  /// The patient died or was censored before entering the risk set (delayed entry): such
  /// patients are the ones a left-truncated analysis must not count.
  case endedBeforeEntry = "ended_before_entry"
  /// The endpoint is derived from lines of therapy and needs the care-pathway module.
  case needsCarePathway = "needs_care_pathway"
}

extension OutcomeDefinition {
  /// The observation of one patient for this outcome, or why there is none.
  ///
  /// - Parameters:
  ///   - facts: The patient's follow-up, from `Warehouse.followUp(patientKeys:)`.
  ///   - indexDay: The patient's index day in the cohort.
  ///   - firstReportDay: The collection day of the patient's first *selected* sample, when the
  ///     query selects samples; `nil` falls back to the first sample of any kind.
  /// Overall survival ends with death; progression-free survival with the first progression or
  /// recurrence after the origin, or death. Both are censored at the last known day, or at
  /// `maxFollowUpDays` after the origin when that comes first. The line-based endpoints come
  /// from the care-pathway module and are reported as ``OutcomeExclusion/needsCarePathway`` here.
  public func observation(
    facts: PatientFollowUp, indexDay: Day, firstReportDay: Day? = nil
  ) -> Result<OutcomeObservation, OutcomeExclusion> {
    let reportDay = firstReportDay ?? facts.firstSampleDay
    guard kind == .overallSurvival || kind == .progressionFreeSurvival else {
      return .failure(.needsCarePathway)
    }
    let originDay: Day?
    switch origin {
    case .index: originDay = indexDay
    case .diagnosis: originDay = facts.diagnosisDay
    case .advancedDiagnosis: originDay = facts.advancedDay
    case .firstMolecularReport: originDay = reportDay
    case .lineStart: return .failure(.needsCarePathway)
    }
    guard let origin = originDay?.value else { return .failure(.noOriginDay) }
    let entryDay: Int?
    switch entry {
    case .origin: entryDay = nil
    case .firstMolecularReport: entryDay = reportDay?.value
    case .index: entryDay = indexDay.value
    }
    if self.entry != .origin && entryDay == nil { return .failure(.noOriginDay) }
    var eventDay = facts.deathDay?.value
    if kind == .progressionFreeSurvival,
      let progression = facts.progressionDays.first(where: { $0.value > origin })
    {
      eventDay = min(eventDay ?? progression.value, progression.value)
    }
    var exit = eventDay ?? facts.lastKnownDay?.value ?? origin
    var event = eventDay != nil
    if let limit = maxFollowUpDays, exit - origin > limit {
      exit = origin + limit
      event = false
    }
    guard exit >= origin else { return .failure(.negativeFollowUp) }
    // Entry before the origin means the patient was observable from the start.
    let delay = max(0, (entryDay ?? origin) - origin)
    if self.entry != .origin && exit - origin <= delay { return .failure(.endedBeforeEntry) }
    return .success(OutcomeObservation(entry: Double(delay), exit: Double(exit - origin), event: event))
  }
}
