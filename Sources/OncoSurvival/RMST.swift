/// The restricted mean survival time up to τ: the area under the Kaplan–Meier curve on
/// [start, τ], the mean time alive (event-free) within the first τ.
///
/// RMST(τ) = Σ (t_{i+1} − t_i)·S(t_i) over the steps up to τ, from the curve's start time at
/// S = 1. Its variance is Σ_i A_i²·d_i/(n_i(n_i − d_i)), where A_i is the area under the curve
/// from t_i to τ (the delta method on Greenwood's formula); a step where everyone at risk dies
/// adds nothing, as in R.
///
/// R equivalent: `print(survfit(...), rmean = tau)` (`rmean` and `se(rmean)`).
public struct RMST: Sendable, Hashable {
  /// The truncation time τ.
  public var tau: Double
  /// The restricted mean.
  public var estimate: Double
  /// Its standard error.
  public var standardError: Double

  /// Computes the restricted mean of `curve` up to `tau`.
  ///
  /// - Throws: ``SurvivalError`` if τ is not after the curve's start.
  /// - Complexity: O(number of steps).
  public init(_ curve: KaplanMeier, tau: Double) throws {
    guard tau.isFinite, tau > curve.startTime else {
      throw SurvivalError(
        .invalidParameter, "RMST horizon \(tau) is not after the start of follow-up",
        hint: "choose τ > \(curve.startTime), usually a clinically meaningful time such as 365 days"
      )
    }
    let kept = curve.steps.prefix { $0.time <= tau }
    var times = kept.map { $0.time }
    times.append(tau)
    var survivals = kept.map { $0.survival }
    survivals.append(survivals.last ?? 1)
    var hazards = kept.map { step -> Double in
      let n = Double(step.atRisk)
      let d = Double(step.events)
      return n - d == 0 ? 0 : d / (n * (n - d))
    }
    hazards.append(0)
    // rectangles[i]: the area from the previous time to times[i], at the survival before it.
    var rectangles: [Double] = []
    var previousTime = curve.startTime
    var previousSurvival = 1.0
    for (time, survival) in zip(times, survivals) {
      rectangles.append((time - previousTime) * previousSurvival)
      previousTime = time
      previousSurvival = survival
    }
    var variance = 0.0
    var areaAfter = 0.0
    // Walk back: areaAfter is the area from times[i] to τ, paired with hazards[i].
    var index = rectangles.count - 1
    while index >= 1 {
      areaAfter += rectangles[index]
      variance += areaAfter * areaAfter * hazards[index - 1]
      index -= 1
    }
    self.tau = tau
    estimate = rectangles.reduce(0, +) + curve.startTime
    standardError = variance.squareRoot()
  }
}
