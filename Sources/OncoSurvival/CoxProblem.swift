import Foundation

/// The data of a Cox fit sorted once for the risk-set sweeps: by stratum, then by exit time
/// descending; with delayed entry, a second order by entry time descending within stratum.
///
/// Covariates are centred on their means (the partial likelihood does not change; the
/// exponentials stay in range), stored row-major in the sorted order.
struct CoxProblem: Sendable {
  let n: Int
  let p: Int
  /// Sorted position → original observation.
  let permutation: [Int]
  let x: [Double]
  let exit: [Double]
  let entry: [Double]
  let event: [Bool]
  /// The sorted positions where each stratum begins, plus n at the end.
  let strataBounds: [Int]
  /// Sorted positions ordered by stratum, then entry descending (delayed entry only).
  let entryOrder: [Int]?
  let efron: Bool
  let means: [Double]

  init(_ data: SurvivalData, design: CoxDesign, strata: [Int]?, efron: Bool) {
    n = data.count
    p = design.columnCount
    let stratumCode = strata ?? [Int](repeating: 0, count: n)
    let permutation = RadixOrder.grouped(
      RadixOrder.order(data.exit, descending: true), by: stratumCode)
    self.permutation = permutation
    var means = [Double](repeating: 0, count: p)
    for row in 0..<n {
      for column in 0..<p { means[column] += design.values[row * p + column] }
    }
    for column in 0..<p { means[column] /= Double(max(n, 1)) }
    self.means = means
    var x = [Double](repeating: 0, count: n * p)
    for (position, row) in permutation.enumerated() {
      for column in 0..<p {
        x[position * p + column] = design.values[row * p + column] - means[column]
      }
    }
    self.x = x
    exit = permutation.map { data.exit[$0] }
    let entry = permutation.map { data.entry[$0] }
    self.entry = entry
    event = permutation.map { data.event[$0] }
    let sortedStrata = permutation.map { stratumCode[$0] }
    var bounds = [0]
    for position in 1..<max(n, 1) where sortedStrata[position] != sortedStrata[position - 1] {
      bounds.append(position)
    }
    bounds.append(n)
    strataBounds = bounds
    if data.hasDelayedEntry {
      entryOrder = RadixOrder.grouped(RadixOrder.order(entry, descending: true), by: sortedStrata)
    } else {
      entryOrder = nil
    }
    self.efron = efron
  }

  /// The linear predictor x·β (centred covariates) in sorted order.
  func linearPredictor(_ beta: [Double]) -> [Double] {
    var eta = [Double](repeating: 0, count: n)
    x.withUnsafeBufferPointer { x in
      for i in 0..<n {
        var sum = 0.0
        for j in 0..<p { sum += x[i * p + j] * beta[j] }
        eta[i] = sum
      }
    }
    return eta
  }
}
