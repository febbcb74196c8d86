import Foundation

/// The partial log-likelihood, its gradient and information at one β.
struct CoxEvaluation: Sendable {
  var logLikelihood: Double
  /// The score vector U(β).
  var score: [Double]
  /// The observed information −∂²ℓ/∂β², p×p row-major.
  var information: SymmetricMatrix

  var isFinite: Bool {
    logLikelihood.isFinite && score.allSatisfy(\.isFinite)
      && information.values.allSatisfy(\.isFinite)
  }
}

/// What one event time contributes, for the proportional-hazards test.
struct EventTimeContribution {
  var time: Double
  var deaths: Int
  /// Σ_deaths x_i − Σ_k x̄_k (the score at this time).
  var score: [Double]
  /// Σ_k V_k (the information at this time), p×p row-major.
  var information: [Double]
}

extension CoxProblem {
  /// Evaluates ℓ(β), U(β) and I(β) in one backward pass per stratum.
  ///
  /// Walking exit times from the latest, each observation joins the risk sums
  /// S0 = Σ r, S1 = Σ r·x, S2 = Σ r·x·xᵀ (r = exp(x·β)) at its exit time and, with delayed
  /// entry, leaves them once the walk reaches its entry time (entry ≥ t: not at risk at t).
  /// At an event time with d deaths (sums D0, D1, D2 over them), Efron's approximation uses
  /// for k = 0..<d the denominators S0 − (k/d)·D0; Breslow's uses S0 for all d.
  ///
  /// - Complexity: O(n·p²) per call.
  func evaluate(_ beta: [Double], perEventTime: ((EventTimeContribution) -> Void)? = nil)
    -> CoxEvaluation
  {
    let eta = linearPredictor(beta)
    var risk = eta
    for i in risk.indices { risk[i] = Foundation.exp(risk[i]) }
    // One scratch block for every accumulator: S1, S2, D1, D2, the mean, the score, the
    // information and the per-time score and information.
    let pp = p * p
    let scratch = UnsafeMutablePointer<Double>.allocate(capacity: 5 * p + 4 * pp)
    defer { scratch.deallocate() }
    scratch.initialize(repeating: 0, count: 5 * p + 4 * pp)
    let s1 = scratch
    let d1 = s1 + p
    let mean = d1 + p
    let score = mean + p
    let timeScore = score + p
    let s2 = timeScore + p
    let d2 = s2 + pp
    let information = d2 + pp
    let timeInformation = information + pp
    var logLikelihood = 0.0
    let reportEachTime = perEventTime != nil
    x.withUnsafeBufferPointer { xBuffer in
      exit.withUnsafeBufferPointer { exit in
        event.withUnsafeBufferPointer { event in
          risk.withUnsafeBufferPointer { risk in
            guard let x = xBuffer.baseAddress else { return }
            for stratum in 0..<(strataBounds.count - 1) {
              let start = strataBounds[stratum]
              let end = strataBounds[stratum + 1]
              var s0 = 0.0
              s1.update(repeating: 0, count: p)
              s2.update(repeating: 0, count: pp)
              var entryCursor = start
              var position = start
              while position < end {
                let time = exit[position]
                var d0 = 0.0
                var deaths = 0
                d1.update(repeating: 0, count: p)
                d2.update(repeating: 0, count: pp)
                while position < end, exit[position] == time {
                  let r = risk[position]
                  let row = x + position * p
                  s0 += r
                  Self.addOuter(row, weight: r, p: p, vector: s1, matrix: s2)
                  if event[position] {
                    deaths += 1
                    d0 += r
                    logLikelihood += eta[position]
                    for j in 0..<p { score[j] += row[j] }
                    Self.addOuter(row, weight: r, p: p, vector: d1, matrix: d2)
                  }
                  position += 1
                }
                if let entryOrder {
                  while entryCursor < end, entry[entryOrder[entryCursor]] >= time {
                    let leaving = entryOrder[entryCursor]
                    s0 -= risk[leaving]
                    Self.addOuter(
                      x + leaving * p, weight: -risk[leaving], p: p, vector: s1, matrix: s2)
                    entryCursor += 1
                  }
                }
                guard deaths > 0 else { continue }
                if reportEachTime {
                  timeScore.update(repeating: 0, count: p)
                  timeInformation.update(repeating: 0, count: pp)
                }
                let steps = efron ? deaths : 1
                let multiplicity = efron ? 1.0 : Double(deaths)
                for step in 0..<steps {
                  let fraction = efron ? Double(step) / Double(deaths) : 0
                  let denominator = s0 - fraction * d0
                  logLikelihood -= multiplicity * Foundation.log(denominator)
                  for j in 0..<p {
                    mean[j] = (s1[j] - fraction * d1[j]) / denominator
                    score[j] -= multiplicity * mean[j]
                  }
                  for j in 0..<p {
                    for k in j..<p {
                      let v =
                        (s2[j * p + k] - fraction * d2[j * p + k]) / denominator - mean[j] * mean[k]
                      information[j * p + k] += multiplicity * v
                      if reportEachTime { timeInformation[j * p + k] += multiplicity * v }
                    }
                    if reportEachTime { timeScore[j] -= multiplicity * mean[j] }
                  }
                }
                if let perEventTime {
                  var index = position - 1
                  while index >= start, exit[index] == time {
                    if event[index] { for j in 0..<p { timeScore[j] += x[index * p + j] } }
                    index -= 1
                  }
                  for j in 0..<p {
                    for k in 0..<j { timeInformation[j * p + k] = timeInformation[k * p + j] }
                  }
                  perEventTime(
                    EventTimeContribution(
                      time: time, deaths: deaths,
                      score: Array(UnsafeBufferPointer(start: timeScore, count: p)),
                      information: Array(UnsafeBufferPointer(start: timeInformation, count: pp))))
                }
              }
            }
          }
        }
      }
    }
    var matrix = SymmetricMatrix(
      size: p, values: Array(UnsafeBufferPointer(start: information, count: pp)))
    for j in 0..<p {
      for k in 0..<j { matrix[j, k] = matrix[k, j] }
    }
    return CoxEvaluation(
      logLikelihood: logLikelihood, score: Array(UnsafeBufferPointer(start: score, count: p)),
      information: matrix)
  }

  /// vector += w·x and the upper triangle of matrix += w·x·xᵀ.
  @inline(__always)
  static func addOuter(
    _ row: UnsafePointer<Double>, weight: Double, p: Int, vector: UnsafeMutablePointer<Double>,
    matrix: UnsafeMutablePointer<Double>
  ) {
    for j in 0..<p {
      let wx = weight * row[j]
      vector[j] += wx
      for k in j..<p { matrix[j * p + k] += wx * row[k] }
    }
  }
}
