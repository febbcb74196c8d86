import Foundation

extension CoxModel {
  /// Fits the model.
  ///
  /// - Parameters:
  ///   - data: The observations (with delayed entry if any).
  ///   - design: The covariates, one row per observation.
  ///   - strata: A stratum code per observation, or `nil`; each stratum has its own baseline.
  ///   - ties: Efron (default) or Breslow.
  ///   - options: Convergence controls, R's defaults.
  /// - Throws: ``SurvivalError`` with code `noEvents`, `singularDesign` (collinear or constant
  ///   covariates), `didNotConverge` (iteration limit reached), or `infiniteCoefficient`
  ///   (monotone likelihood: the log-likelihood converged while a coefficient still runs off,
  ///   R's "coefficient may be infinite" warning, made an error here).
  /// - Complexity: O(n log n) to sort once, then O(n·p²) per iteration.
  public init(
    _ data: SurvivalData, design: CoxDesign, strata: [Int]? = nil, ties: Ties = .efron,
    options: Options = Options()
  ) throws {
    guard design.rowCount == data.count, strata.map({ $0.count == data.count }) ?? true else {
      throw SurvivalError(
        .invalidInput,
        "the design has \(design.rowCount) rows for \(data.count) observations")
    }
    guard design.columnCount > 0 else {
      throw SurvivalError(.invalidParameter, "a Cox model needs at least one covariate")
    }
    guard data.eventCount > 0 else {
      throw SurvivalError(.noEvents, "no event: the Cox model cannot be estimated")
    }
    let problem = CoxProblem(data, design: design, strata: strata, efron: ties == .efron)
    let p = design.columnCount
    var beta = [Double](repeating: 0, count: p)
    let initial = problem.evaluate(beta)
    guard let firstStep = initial.information.solve(initial.score) else {
      throw Self.singular(design)
    }
    let scoreStatistic = zip(firstStep, initial.score).reduce(0) { $0 + $1.0 * $1.1 }
    var newBeta = zip(beta, firstStep).map { $0 + $1 }
    var best = initial.logLikelihood
    var halving = false
    var converged: (CoxEvaluation, Int)?
    var iteration = 1
    while iteration <= options.maximumIterations {
      let current = problem.evaluate(newBeta)
      let finite = current.isFinite
      if finite, abs(1 - best / current.logLikelihood) <= options.tolerance, !halving {
        converged = (current, iteration)
        break
      }
      if iteration == options.maximumIterations { break }
      if !finite || current.logLikelihood < best {
        halving = true
        newBeta = zip(beta, newBeta).map { ($0 + $1) / 2 }
      } else {
        halving = false
        best = current.logLikelihood
        guard let step = current.information.solve(current.score) else {
          throw Self.singular(design)
        }
        beta = newBeta
        newBeta = zip(newBeta, step).map { $0 + $1 }
      }
      iteration += 1
    }
    guard let (final, iterations) = converged else {
      throw SurvivalError(
        .didNotConverge,
        "the Cox model did not converge in \(options.maximumIterations) iterations",
        hint: "a covariate may separate events from non-events; check for very small groups")
    }
    guard let covariance = final.information.inverse() else { throw Self.singular(design) }
    try Self.checkFinite(newBeta, score: final.score, covariance: covariance, design, options)
    self.init(
      problem: problem, data: data, design: design, ties: ties, options: options,
      estimate: newBeta, covariance: covariance, initial: initial.logLikelihood,
      final: final.logLikelihood, iterations: iterations, scoreStatistic: scoreStatistic)
  }

  private init(
    problem: CoxProblem, data: SurvivalData, design: CoxDesign, ties: Ties, options: Options,
    estimate: [Double], covariance: SymmetricMatrix, initial: Double, final: Double,
    iterations: Int, scoreStatistic: Double
  ) {
    let p = estimate.count
    let z = SpecialFunctions.normalQuantile(1 - (1 - options.confidenceLevel) / 2)
    terms = (0..<p).map { j in
      let coefficient = estimate[j]
      let se = covariance[j, j].squareRoot()
      return Term(
        name: design.columnNames[j], coefficient: coefficient, hazardRatio: exp(coefficient),
        standardError: se, z: coefficient / se,
        pValue: SpecialFunctions.normalTwoSided(coefficient / se),
        lower: exp(coefficient - z * se), upper: exp(coefficient + z * se))
    }
    self.covariance = covariance.values
    initialLogLikelihood = initial
    finalLogLikelihood = final
    self.iterations = iterations
    count = data.count
    eventCount = data.eventCount
    self.ties = ties
    let waldStatistic = covariance.inverseQuadraticForm(estimate) ?? .nan
    wald = Test(waldStatistic, p)
    likelihoodRatio = Test(2 * (final - initial), p)
    score = Test(scoreStatistic, p)
    concordance = Concordance(problem: problem, linearPredictor: problem.linearPredictor(estimate))
    self.problem = problem
    self.estimate = estimate
    termColumns = design.termColumns
    self.data = data
  }

  /// R's check after convergence: |U·V| per coefficient, large against the coefficient,
  /// means the likelihood is still rising along it (monotone likelihood, separation).
  private static func checkFinite(
    _ beta: [Double], score: [Double], covariance: SymmetricMatrix, _ design: CoxDesign,
    _ options: Options
  ) throws {
    let p = beta.count
    let toleranceInfinite = options.tolerance.squareRoot()
    for j in 0..<p {
      var drift = 0.0
      for k in 0..<p { drift += score[k] * covariance[k, j] }
      drift = abs(drift)
      let infinite =
        !beta[j].isFinite
        || (drift > options.tolerance && drift > toleranceInfinite * abs(beta[j]))
      if infinite {
        throw SurvivalError(
          .infiniteCoefficient,
          "the coefficient of '\(design.columnNames[j])' is infinite (monotone likelihood)",
          hint:
            "one level has all or none of the events (separation); merge rare levels or drop the covariate"
        )
      }
    }
  }

  private static func singular(_ design: CoxDesign) -> SurvivalError {
    SurvivalError(
      .singularDesign,
      "the covariates \(design.columnNames.joined(separator: ", ")) are collinear or constant",
      hint: "remove a covariate that is a combination of others or does not vary")
  }
}
