import Foundation

/// The log-rank test and the Harrington–Fleming G-ρ family comparing k groups, optionally
/// stratified, with delayed entry honoured in the risk sets.
///
/// At each event time t (within a stratum) with n at risk (entry < t ≤ exit), d events, n_j and
/// d_j in group j, and weight w = Ŝ(t−)^ρ (the pooled Kaplan–Meier of the stratum, left
/// continuous; w = 1 for the log-rank test):
/// O_j = Σ w·d_j, E_j = Σ w·d·n_j/n, V_jk = Σ w²·d(n−d)/(n²(n−1))·n_j(δ_jk·n − n_k).
/// Sums run over strata. The statistic (O − E)ᵀV⁻(O − E) is chi-square with (number of groups
/// with E > 0) − 1 degrees of freedom under H0: equal hazards in all groups. V⁻ is a generalised
/// inverse (R's `cholesky2` rule): if V is rank-deficient, df is its rank.
///
/// R equivalent: `survdiff(Surv(time, status) ~ group + strata(s), rho = rho)`. R's `survdiff`
/// refuses delayed entry; with it, this is the same statistic on the left-truncated risk sets.
public struct LogRank: Sendable, Hashable {
  /// The observed (weighted) number of events per group.
  public let observed: [Double]
  /// The expected (weighted) number of events per group under H0.
  public let expected: [Double]
  /// The k×k covariance matrix of O − E, row-major.
  public let variance: [Double]
  /// The number of observations per group.
  public let counts: [Int]
  /// The chi-square statistic.
  public let chiSquare: Double
  /// Its degrees of freedom.
  public let degreesOfFreedom: Int
  /// The p-value, P(χ²_df > chiSquare).
  public let pValue: Double
  /// The ρ of the G-ρ weights (0: log-rank; 1: Peto–Peto–Prentice–like).
  public let rho: Double

  /// Runs the test.
  ///
  /// - Parameters:
  ///   - data: The observations.
  ///   - groups: The group of each observation, 0-based (0..<k).
  ///   - strata: The stratum of each observation, or `nil` for none.
  ///   - rho: The G-ρ exponent, ≥ 0; 0 is the log-rank test.
  /// - Throws: ``SurvivalError`` on mismatched lengths, a negative group or ρ < 0.
  /// - Complexity: O(n log n + T·k²) for T distinct event times.
  public init(_ data: SurvivalData, groups: [Int], strata: [Int]? = nil, rho: Double = 0) throws {
    guard groups.count == data.count, strata.map({ $0.count == data.count }) ?? true else {
      throw SurvivalError(.invalidInput, "groups and strata need one value per observation")
    }
    guard rho >= 0, rho.isFinite else {
      throw SurvivalError(.invalidParameter, "rho \(rho) must be ≥ 0")
    }
    guard let maxGroup = groups.max(), let minGroup = groups.min(), minGroup >= 0 else {
      throw SurvivalError(.noData, "no observation to compare")
    }
    let k = maxGroup + 1
    var accumulator = Accumulator(groupCount: k, rho: rho)
    for members in StratumPartition(strata, count: data.count).members {
      accumulator.add(data, groups: groups, members: members)
    }
    let observed = accumulator.observed
    let expected = accumulator.expected
    self.observed = observed
    self.expected = expected
    variance = accumulator.variance.values
    var counts = [Int](repeating: 0, count: k)
    for group in groups { counts[group] += 1 }
    self.counts = counts
    self.rho = rho
    // As survdiff: keep the groups with E > 0, drop the first of them, solve the rest.
    let used = (0..<k).filter { expected[$0] > 0 }
    var df = 0
    var statistic = 0.0
    if used.count >= 2 {
      let kept = Array(used.dropFirst())
      let difference = kept.map { observed[$0] - expected[$0] }
      (statistic, df) = accumulator.variance.restricted(to: kept).generalizedQuadraticForm(
        difference)
    }
    degreesOfFreedom = df
    chiSquare = statistic
    pValue =
      df > 0
      ? SpecialFunctions.chiSquareUpperTail(statistic, degreesOfFreedom: Double(df)) : 1
  }

  /// Sums of O, E and V over the event times of each stratum.
  struct Accumulator {
    var observed: [Double]
    var expected: [Double]
    var variance: SymmetricMatrix
    let rho: Double

    init(groupCount k: Int, rho: Double) {
      observed = [Double](repeating: 0, count: k)
      expected = observed
      variance = SymmetricMatrix(zero: k)
      self.rho = rho
    }

    mutating func add(_ data: SurvivalData, groups: [Int], members: [Int]) {
      let k = observed.count
      let exits = members.map { data.exit[$0] }
      let byExit = RadixOrder.order(exits).map {
        Record(time: exits[$0], group: groups[members[$0]], event: data.event[members[$0]])
      }
      let entries = data.hasDelayedEntry ? members.map { data.entry[$0] } : []
      let byEntry = RadixOrder.order(entries).map {
        Record(time: entries[$0], group: groups[members[$0]], event: false)
      }
      var atRisk = [Int](repeating: 0, count: k)
      if !data.hasDelayedEntry { for i in members { atRisk[groups[i]] += 1 } }
      var entered = 0
      var survival = 1.0
      var position = 0
      var deaths = [Int](repeating: 0, count: k)
      while position < byExit.count {
        let time = byExit[position].time
        while entered < byEntry.count, byEntry[entered].time < time {
          atRisk[byEntry[entered].group] += 1
          entered += 1
        }
        var end = position
        for index in deaths.indices { deaths[index] = 0 }
        while end < byExit.count, byExit[end].time == time {
          if byExit[end].event { deaths[byExit[end].group] += 1 }
          end += 1
        }
        let d = Double(deaths.reduce(0, +))
        let n = Double(atRisk.reduce(0, +))
        if d > 0 {
          let weight = rho == 0 ? 1 : pow(survival, rho)
          let shared = n > 1 ? weight * weight * d * (n - d) / (n * n * (n - 1)) : 0
          for j in 0..<k {
            let nj = Double(atRisk[j])
            observed[j] += weight * Double(deaths[j])
            expected[j] += weight * d * nj / n
            for l in 0..<k {
              let nl = Double(atRisk[l])
              variance[j, l] += shared * nj * ((j == l ? n : 0) - nl)
            }
          }
          survival *= (n - d) / n
        }
        for index in position..<end { atRisk[byExit[index].group] -= 1 }
        position = end
      }
    }
  }

  /// One observation's time (exit or entry), group and status, sorted by value.
  struct Record {
    var time: Double
    var group: Int
    var event: Bool
  }
}
