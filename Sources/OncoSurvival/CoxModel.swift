/// A Cox proportional-hazards model fitted by maximum partial likelihood.
///
/// Model: h(t | x) = h₀_s(t)·exp(xᵀβ), with a baseline hazard h₀_s free in each stratum s.
/// β maximises the partial likelihood over the risk sets {entry < t ≤ exit}, so delayed entry
/// (left truncation) is honoured. Tied event times use Efron's approximation (default) or
/// Breslow's. Newton–Raphson from β = 0 with step halving, stopping when the relative change of
/// the log-likelihood is ≤ 1e-9 (at most 20 iterations), exactly as R.
///
/// Assumptions: proportional hazards (check with ``proportionalHazardsTest()``), log-linear
/// effects of numeric covariates, independent censoring and truncation.
///
/// R equivalent: `coxph(Surv(entry, time, status) ~ x1 + x2 + strata(s), ties = "efron")`.
public struct CoxModel: Sendable {
  /// How tied event times enter the partial likelihood.
  public enum Ties: String, Sendable, Hashable, CaseIterable, Codable {
    /// Efron's approximation (R's default).
    case efron
    /// Breslow's approximation.
    case breslow
  }

  /// Fitting controls, R's `coxph.control`.
  public struct Options: Sendable, Hashable {
    /// Convergence when |1 − ℓ_old/ℓ_new| ≤ this (R's `eps`).
    public var tolerance: Double
    /// The largest number of Newton–Raphson iterations (R's `iter.max`).
    public var maximumIterations: Int
    /// The level of the hazard-ratio confidence intervals.
    public var confidenceLevel: Double

    /// R's defaults: `eps = 1e-9`, `iter.max = 20`, 95% intervals.
    public init(
      tolerance: Double = 1e-9, maximumIterations: Int = 20, confidenceLevel: Double = 0.95
    ) {
      self.tolerance = tolerance
      self.maximumIterations = maximumIterations
      self.confidenceLevel = confidenceLevel
    }
  }

  /// One coefficient with its inference (Wald).
  public struct Term: Sendable, Hashable {
    /// The design column: a covariate, or covariate + level for a categorical one.
    public var name: String
    /// β.
    public var coefficient: Double
    /// exp(β), the hazard ratio per unit (or against the reference level).
    public var hazardRatio: Double
    /// The standard error of β, √(I⁻¹)_jj.
    public var standardError: Double
    /// β / se.
    public var z: Double
    /// The two-sided Wald p-value.
    public var pValue: Double
    /// The lower confidence limit of the hazard ratio, exp(β − z·se).
    public var lower: Double
    /// The upper confidence limit of the hazard ratio, exp(β + z·se).
    public var upper: Double
  }

  /// A chi-square test of the global null β = 0.
  public struct Test: Sendable, Hashable {
    /// The statistic.
    public var chiSquare: Double
    /// Its degrees of freedom.
    public var degreesOfFreedom: Int
    /// P(χ²_df > statistic).
    public var pValue: Double

    init(_ chiSquare: Double, _ df: Int) {
      self.chiSquare = chiSquare
      degreesOfFreedom = df
      pValue = SpecialFunctions.chiSquareUpperTail(chiSquare, degreesOfFreedom: Double(df))
    }
  }

  /// The coefficients, in design-column order.
  public let terms: [Term]
  /// The variance–covariance matrix of β, the inverse information, p×p row-major.
  public let covariance: [Double]
  /// The partial log-likelihood at β = 0.
  public let initialLogLikelihood: Double
  /// The partial log-likelihood at the estimate.
  public let finalLogLikelihood: Double
  /// The Newton–Raphson iterations used (R's `iter`).
  public let iterations: Int
  /// The number of observations.
  public let count: Int
  /// The number of events.
  public let eventCount: Int
  /// The tie handling used.
  public let ties: Ties
  /// The Wald test, βᵀ·I·β (R's `waldtest`).
  public let wald: Test
  /// The likelihood-ratio test, 2(ℓ(β̂) − ℓ(0)) (R's `logtest`).
  public let likelihoodRatio: Test
  /// The score (log-rank-like) test at β = 0, U(0)ᵀ·I(0)⁻¹·U(0) (R's `sctest`).
  public let score: Test
  /// Harrell's concordance of the linear predictor, as R's `coxph` reports it.
  public let concordance: Concordance

  /// What ``proportionalHazardsTest()`` needs again: the sorted data and the estimate.
  let problem: CoxProblem
  let estimate: [Double]
  let termColumns: [(name: String, columns: [Int])]
  let data: SurvivalData

  /// The coefficients β.
  public var coefficients: [Double] { terms.map(\.coefficient) }
}
