/// Harrell's concordance between a risk score and survival: among comparable pairs, the
/// fraction where the observation with the event has the higher risk score.
///
/// A pair is comparable when observation i has an event at t and j is at risk at t (entry < t,
/// exit > t, or exit = t and censored: the censored one outlived the event). Pairs tied on
/// time (two events at the same t) are not comparable; pairs tied on the score count ½:
/// C = (concordant + tied/2) / (concordant + discordant + tied). Pairs only form within strata.
///
/// R equivalent: `concordance(fit)` for a `coxph` fit, i.e. `fit$concordance`
/// (`timewt = "n"`, higher linear predictor = shorter survival).
public struct Concordance: Sendable, Hashable {
  /// Comparable pairs ordered as the score predicts.
  public let concordant: Int
  /// Comparable pairs ordered against the score.
  public let discordant: Int
  /// Comparable pairs with equal scores.
  public let tiedScore: Int
  /// The concordance index, in [0, 1], where 0.5 is no discrimination.
  ///
  /// NaN without comparable pairs.
  public let value: Double

  /// Computes the concordance of `riskScore` (higher = earlier event) with `data`.
  ///
  /// - Complexity: O(n log n) with a Fenwick tree over the ranks of the score.
  public init(_ data: SurvivalData, riskScore: [Double], strata: [Int]? = nil) throws {
    guard riskScore.count == data.count, strata.map({ $0.count == data.count }) ?? true else {
      throw SurvivalError(.invalidInput, "one risk score (and stratum) is needed per observation")
    }
    let design = try CoxDesign([.numeric(name: "score", values: riskScore)])
    let problem = CoxProblem(data, design: design, strata: strata, efron: true)
    self.init(problem: problem, linearPredictor: problem.permutation.map { riskScore[$0] })
  }

  /// The concordance on a sorted problem, `linearPredictor` in its sorted order.
  init(problem: CoxProblem, linearPredictor score: [Double]) {
    // Ranks of the scores (equal scores share a rank), by one sort of (score, position).
    var order = score.indices.map { RankedScore(value: score[$0], position: $0) }
    order.sort { $0.value < $1.value }
    var rank = [Int](repeating: 0, count: score.count)
    var distinctCount = 0
    for (index, item) in order.enumerated() {
      if index > 0, item.value != order[index - 1].value { distinctCount += 1 }
      rank[item.position] = distinctCount
    }
    distinctCount += order.isEmpty ? 0 : 1
    var tree = FenwickTree(size: distinctCount)
    var concordant = 0
    var discordant = 0
    var tied = 0
    for stratum in 0..<(problem.strataBounds.count - 1) {
      let start = problem.strataBounds[stratum]
      let end = problem.strataBounds[stratum + 1]
      var entryCursor = start
      var position = start
      while position < end {
        let time = problem.exit[position]
        var groupEnd = position
        while groupEnd < end, problem.exit[groupEnd] == time { groupEnd += 1 }
        for i in position..<groupEnd where !problem.event[i] { tree.add(rank[i], 1) }
        if let order = problem.entryOrder {
          while entryCursor < end, problem.entry[order[entryCursor]] >= time {
            tree.add(rank[order[entryCursor]], -1)
            entryCursor += 1
          }
        }
        for i in position..<groupEnd where problem.event[i] {
          let below = tree.prefixSum(rank[i])
          let equal = tree.prefixSum(rank[i] + 1) - below
          concordant += below
          tied += equal
          discordant += tree.total - below - equal
        }
        for i in position..<groupEnd where problem.event[i] { tree.add(rank[i], 1) }
        position = groupEnd
      }
      tree = FenwickTree(size: distinctCount)
    }
    self.concordant = concordant
    self.discordant = discordant
    tiedScore = tied
    let comparable = Double(concordant + discordant + tied)
    value = (Double(concordant) + Double(tied) / 2) / comparable
  }
}

/// Counts per rank with O(log n) update and prefix sums.
struct FenwickTree {
  private var counts: [Int]
  private(set) var total = 0

  init(size: Int) { counts = [Int](repeating: 0, count: size + 1) }

  mutating func add(_ rank: Int, _ amount: Int) {
    total += amount
    var index = rank + 1
    while index < counts.count {
      counts[index] += amount
      index += index & -index
    }
  }

  /// The count of ranks < `rank`.
  func prefixSum(_ rank: Int) -> Int {
    var sum = 0
    var index = rank
    while index > 0 {
      sum += counts[index]
      index -= index & -index
    }
    return sum
  }
}

/// A score and where it came from, sorted by value to rank the scores.
struct RankedScore {
  var value: Double
  var position: Int
}
