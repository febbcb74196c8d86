/// The survival analysis of one outcome (overall survival, real-world PFS, …), times in days.
public struct OutcomeReport: Sendable, Hashable {
  /// The outcome's name, for example "Overall survival".
  public var name: String
  /// Its definition in plain language (origin, event, censoring).
  public var definition: String
  /// Patients analysed: the sum of the groups.
  public var patients: ReportCount
  /// One curve and its summaries per group.
  public var groups: [SurvivalGroup]
  /// The times (days) of the numbers-at-risk table.
  public var riskTimes: [Double]
  /// The log-rank test across groups, if there are two groups or more.
  public var logRank: TestSummary?
  /// Cox hazard ratios, univariable then adjusted, for the forest plot.
  public var hazardRatios: [HazardRatio]
  /// Delayed entry (left truncation), when the outcome uses it.
  public var delayedEntry: DelayedEntry?

  /// Creates an outcome report from values computed elsewhere.
  public init(
    name: String, definition: String, patients: ReportCount, groups: [SurvivalGroup], riskTimes: [Double],
    logRank: TestSummary?, hazardRatios: [HazardRatio], delayedEntry: DelayedEntry?
  ) {
    self.name = name
    self.definition = definition
    self.patients = patients
    self.groups = groups
    self.riskTimes = riskTimes
    self.logRank = logRank
    self.hazardRatios = hazardRatios
    self.delayedEntry = delayedEntry
  }
}

/// One group's Kaplan–Meier curve and its summaries.
public struct SurvivalGroup: Sendable, Hashable {
  /// The group's name.
  public var name: String
  /// Patients in the group.
  public var patients: ReportCount
  /// Events observed.
  public var events: ReportCount
  /// The step curve: one point per distinct time, after the step.
  public var curve: [CurvePoint]
  /// Times at which patients were censored (the marks on the curve).
  public var censorTimes: [Double]
  /// Numbers at risk at the outcome's ``OutcomeReport/riskTimes``.
  public var atRisk: [ReportCount]
  /// The median survival time with its confidence interval (days).
  public var median: Estimate
  /// Survival probabilities at the landmark times.
  public var landmarks: [LandmarkSurvival]
  /// The restricted mean survival time up to a horizon.
  public var rmst: RestrictedMean?
  /// Why the curve is not drawn (set by statistical secrecy), `nil` when it is.
  public var curveWithheld: String?

  /// Creates a group.
  public init(
    name: String, patients: ReportCount, events: ReportCount, curve: [CurvePoint], censorTimes: [Double],
    atRisk: [ReportCount], median: Estimate, landmarks: [LandmarkSurvival], rmst: RestrictedMean?
  ) {
    self.name = name
    self.patients = patients
    self.events = events
    self.curve = curve
    self.censorTimes = censorTimes
    self.atRisk = atRisk
    self.median = median
    self.landmarks = landmarks
    self.rmst = rmst
    curveWithheld = nil
  }
}

/// A point of a survival curve.
public struct CurvePoint: Sendable, Hashable {
  /// The time, days.
  public var time: Double
  /// The survival probability after the step.
  public var survival: Double
  /// Its lower confidence limit, `nil` where not estimable.
  public var lower: Double?
  /// Its upper confidence limit.
  public var upper: Double?

  /// Creates a point.
  public init(time: Double, survival: Double, lower: Double?, upper: Double?) {
    self.time = time
    self.survival = survival
    self.lower = lower
    self.upper = upper
  }
}

/// An estimate with its confidence interval; `nil` parts are not reached or masked.
public struct Estimate: Sendable, Hashable {
  /// The point estimate.
  public var value: Double?
  /// The lower limit.
  public var lower: Double?
  /// The upper limit.
  public var upper: Double?

  /// Creates an estimate.
  public init(value: Double?, lower: Double?, upper: Double?) {
    self.value = value
    self.lower = lower
    self.upper = upper
  }
}

/// Survival at a landmark time.
public struct LandmarkSurvival: Sendable, Hashable {
  /// The landmark, days.
  public var time: Double
  /// Survival with its interval, `nil` past the end of follow-up.
  public var survival: Estimate

  /// Creates a landmark.
  public init(time: Double, survival: Estimate) {
    self.time = time
    self.survival = survival
  }
}

/// The restricted mean survival time up to `tau` (days) and its standard error.
public struct RestrictedMean: Sendable, Hashable {
  /// The horizon, days.
  public var tau: Double
  /// The estimate, days.
  public var estimate: Double?
  /// Its standard error, days.
  public var standardError: Double?

  /// Creates an RMST.
  public init(tau: Double, estimate: Double?, standardError: Double?) {
    self.tau = tau
    self.estimate = estimate
    self.standardError = standardError
  }
}

/// A chi-square test summary.
public struct TestSummary: Sendable, Hashable {
  /// The statistic.
  public var chiSquare: Double
  /// Its degrees of freedom.
  public var degreesOfFreedom: Int
  /// The p-value.
  public var pValue: Double

  /// Creates a summary.
  public init(chiSquare: Double, degreesOfFreedom: Int, pValue: Double) {
    self.chiSquare = chiSquare
    self.degreesOfFreedom = degreesOfFreedom
    self.pValue = pValue
  }
}

/// One hazard ratio of a Cox model, for the forest plot.
public struct HazardRatio: Sendable, Hashable {
  /// Which model the ratio comes from.
  public enum Model: String, Sendable, Hashable {
    /// One covariate at a time.
    case univariable
    /// All of the query's covariates together.
    case adjusted
  }

  /// The term, for example "group: KRAS G12C" or "age".
  public var term: String
  /// The model.
  public var model: Model
  /// exp(coefficient).
  public var ratio: Double
  /// Lower confidence limit.
  public var lower: Double
  /// Upper confidence limit.
  public var upper: Double
  /// Wald p-value.
  public var pValue: Double

  /// Creates a hazard ratio.
  public init(term: String, model: Model, ratio: Double, lower: Double, upper: Double, pValue: Double) {
    self.term = term
    self.model = model
    self.ratio = ratio
    self.lower = lower
    self.upper = upper
    self.pValue = pValue
  }
}

/// How delayed entry (left truncation) was applied to an outcome.
public struct DelayedEntry: Sendable, Hashable {
  /// The entry used, for example "first molecular report".
  public var entry: String
  /// Patients excluded because the event came before their entry.
  public var excludedBeforeEntry: ReportCount
  /// The note shown under the curve explaining the adjustment.
  public var note: String

  /// Creates a delayed-entry description.
  public init(entry: String, excludedBeforeEntry: ReportCount, note: String) {
    self.entry = entry
    self.excludedBeforeEntry = excludedBeforeEntry
    self.note = note
  }
}
