import Foundation

/// A test of proportional hazards for a fitted Cox model, from the scaled Schoenfeld residuals
/// against a transform of time (Grambsch–Therneau).
///
/// Each coefficient gets a time interaction β_j + θ_j·g(t), with g the Kaplan–Meier transform
/// g(t) = 1 − Ŝ(t−) of the pooled data (delayed entry honoured), centred on its mean over the
/// events. The score test of θ = 0 at (β̂, 0) is, per term, Uᵀ I⁻¹ U over the model's
/// coefficients plus that term's interactions (chi-square, df = the term's columns); the global
/// test uses all interactions (df = p). A small p-value says the effect changes over time.
///
/// R equivalent: `cox.zph(fit, transform = "km")` (its `table`).
public struct ProportionalHazardsTest: Sendable, Hashable {
  /// One line of the table.
  public struct Row: Sendable, Hashable {
    /// The covariate (term), or `GLOBAL`.
    public var term: String
    /// The score statistic.
    public var chiSquare: Double
    /// Its degrees of freedom.
    public var degreesOfFreedom: Int
    /// P(χ²_df > statistic).
    public var pValue: Double
  }

  /// One row per term.
  public let terms: [Row]
  /// The test of all terms together.
  public let global: Row
}

extension CoxModel {
  /// Tests the proportional-hazards assumption of this fit, as R's `cox.zph`.
  ///
  /// - Throws: ``SurvivalError`` if the extended information matrix is singular.
  /// - Complexity: O(n·p²), one more pass over the risk sets.
  public func proportionalHazardsTest() throws -> ProportionalHazardsTest {
    let p = estimate.count
    let survivalBefore = Self.pooledSurvivalBefore(data)
    var contributions: [EventTimeContribution] = []
    _ = problem.evaluate(estimate) { contributions.append($0) }
    // g at each event, averaged over the events (each death counts once).
    var total = 0.0
    var deaths = 0
    for contribution in contributions {
      total += (1 - survivalBefore(contribution.time)) * Double(contribution.deaths)
      deaths += contribution.deaths
    }
    let mean = total / Double(max(deaths, 1))
    var extended = SymmetricMatrix(zero: 2 * p)
    var score = [Double](repeating: 0, count: 2 * p)
    for contribution in contributions {
      let g = 1 - survivalBefore(contribution.time) - mean
      for j in 0..<p {
        score[p + j] += g * contribution.score[j]
        for k in 0..<p {
          let v = contribution.information[j * p + k]
          extended[j, k] += v
          extended[j, p + k] += g * v
          extended[p + j, k] += g * v
          extended[p + j, p + k] += g * g * v
        }
      }
    }
    func row(_ name: String, _ columns: [Int]) throws -> ProportionalHazardsTest.Row {
      let kept = Array(0..<p) + columns.map { p + $0 }
      guard
        let statistic = extended.restricted(to: kept).inverseQuadraticForm(kept.map { score[$0] })
      else {
        throw SurvivalError(
          .singularDesign, "the proportional-hazards test for '\(name)' has a singular information")
      }
      return .init(
        term: name, chiSquare: statistic, degreesOfFreedom: columns.count,
        pValue: SpecialFunctions.chiSquareUpperTail(
          statistic, degreesOfFreedom: Double(columns.count)))
    }
    let rows = try termColumns.map { try row($0.name, $0.columns) }
    return ProportionalHazardsTest(terms: rows, global: try row("GLOBAL", Array(0..<p)))
  }

  /// Ŝ(t−) of all observations pooled (strata ignored, as R's `cox.zph`), as a lookup.
  static func pooledSurvivalBefore(_ data: SurvivalData) -> (Double) -> Double {
    let tallies = RiskTally.byExitTime(data)
    var times: [Double] = []
    var before: [Double] = []
    var survival = 1.0
    for tally in tallies where tally.events > 0 {
      times.append(tally.time)
      before.append(survival)
      survival *= Double(tally.atRisk - tally.events) / Double(tally.atRisk)
    }
    return { time in
      // The event times are exactly the times asked for.
      var low = 0
      var high = times.count
      while low < high {
        let mid = (low + high) / 2
        if times[mid] < time { low = mid + 1 } else { high = mid }
      }
      return low < before.count ? before[low] : survival
    }
  }
}
