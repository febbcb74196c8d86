import OncoSurvival

extension OutcomeReport {
  /// Which summaries to read off the curves.
  public struct SurvivalOptions: Sendable, Hashable {
    /// Times (days) of the numbers-at-risk table under the plot.
    public var riskTimes: [Double]
    /// Landmark times (days) for survival probabilities.
    public var landmarks: [Double]
    /// The RMST horizon (days), `nil` for none.
    public var rmstTau: Double?

    /// Creates options.
    public init(riskTimes: [Double], landmarks: [Double], rmstTau: Double?) {
      self.riskTimes = riskTimes
      self.landmarks = landmarks
      self.rmstTau = rmstTau
    }
  }

  /// Builds an outcome's report from OncoSurvival results: one Kaplan–Meier curve per group,
  /// the log-rank test, and the univariable and adjusted Cox models.
  ///
  /// The number at risk at time t is the risk set of the first curve step at or after t (R's
  /// `summary(fit, times = t)$n.risk` without delayed entry; with delayed entry, patients who
  /// enter between t and that step are counted too), 0 after the last step.
  ///
  /// - Parameters:
  ///   - curves: Per group, its name and curve, in display order.
  ///   - univariable: One model per covariate, each with one or more terms.
  ///   - adjusted: The model with all covariates, if fitted.
  /// - Throws: ``SurvivalError`` if the RMST horizon is invalid for a curve.
  public init(
    name: String, definition: String, curves: [(name: String, curve: KaplanMeier)], logRank: LogRank?,
    univariable: [CoxModel], adjusted: CoxModel?, options: SurvivalOptions, delayedEntry: DelayedEntry?
  ) throws {
    let groups = try curves.map { entry in
      try SurvivalGroup(name: entry.name, curve: entry.curve, options: options)
    }
    let hazardRatios =
      univariable.flatMap { HazardRatio.terms(of: $0, model: .univariable) }
      + (adjusted.map { HazardRatio.terms(of: $0, model: .adjusted) } ?? [])
    self.init(
      name: name, definition: definition, patients: ReportCount(curves.reduce(0) { $0 + $1.curve.count }),
      groups: groups, riskTimes: options.riskTimes,
      logRank: logRank.map {
        TestSummary(chiSquare: $0.chiSquare, degreesOfFreedom: $0.degreesOfFreedom, pValue: $0.pValue)
      },
      hazardRatios: hazardRatios, delayedEntry: delayedEntry)
  }
}

extension SurvivalGroup {
  /// Reads a group's curve, censor marks, numbers at risk, median, landmarks and RMST.
  init(name: String, curve: KaplanMeier, options: OutcomeReport.SurvivalOptions) throws {
    let atRisk = options.riskTimes.map { time in
      ReportCount(curve.steps.first { $0.time >= time }?.atRisk ?? 0)
    }
    let median = curve.median
    let landmarks = options.landmarks.map { time in
      let step = curve.value(at: time)
      return LandmarkSurvival(
        time: time, survival: Estimate(value: step?.survival, lower: step?.lower, upper: step?.upper))
    }
    let rmst = try options.rmstTau.map { tau in
      let value = try RMST(curve, tau: tau)
      return RestrictedMean(tau: tau, estimate: value.estimate, standardError: value.standardError)
    }
    self.init(
      name: name, patients: ReportCount(curve.count), events: ReportCount(curve.eventCount),
      curve: curve.steps.map {
        CurvePoint(time: $0.time, survival: $0.survival, lower: $0.lower, upper: $0.upper)
      },
      censorTimes: curve.steps.filter { $0.censored > 0 }.map(\.time), atRisk: atRisk,
      median: Estimate(value: median.time, lower: median.lower, upper: median.upper),
      landmarks: landmarks, rmst: rmst)
  }
}

extension HazardRatio {
  /// The hazard ratios of every term of a Cox model.
  static func terms(of model: CoxModel, model kind: Model) -> [HazardRatio] {
    model.terms.map {
      HazardRatio(
        term: $0.name, model: kind, ratio: $0.hazardRatio, lower: $0.lower, upper: $0.upper, pValue: $0.pValue
      )
    }
  }
}
