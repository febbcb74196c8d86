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
    let risk = eta.map { Foundation.exp($0) }
    var logLikelihood = 0.0
    var score = [Double](repeating: 0, count: p)
    var information = [Double](repeating: 0, count: p * p)
    var s1 = [Double](repeating: 0, count: p)
    var s2 = [Double](repeating: 0, count: p * p)
    var d1 = s1
    var d2 = s2
    var mean = s1
    var timeScore = s1
    var timeInformation = s2
    x.withUnsafeBufferPointer { x in
      for stratum in 0..<(strataBounds.count - 1) {
        let start = strataBounds[stratum]
        let end = strataBounds[stratum + 1]
        var s0 = 0.0
        for j in 0..<p { s1[j] = 0 }
        for j in 0..<(p * p) { s2[j] = 0 }
        var entryCursor = start
        var position = start
        while position < end {
          let time = exit[position]
          var d0 = 0.0
          var deaths = 0
          for j in 0..<p { d1[j] = 0 }
          for j in 0..<(p * p) { d2[j] = 0 }
          while position < end, exit[position] == time {
            let r = risk[position]
            let row = position * p
            s0 += r
            for j in 0..<p {
              let rx = r * x[row + j]
              s1[j] += rx
              for k in j..<p { s2[j * p + k] += rx * x[row + k] }
            }
            if event[position] {
              deaths += 1
              d0 += r
              logLikelihood += eta[position]
              for j in 0..<p {
                let rx = r * x[row + j]
                score[j] += x[row + j]
                d1[j] += rx
                for k in j..<p { d2[j * p + k] += rx * x[row + k] }
              }
            }
            position += 1
          }
          if let entryOrder {
            while entryCursor < end, entry[entryOrder[entryCursor]] >= time {
              let leaving = entryOrder[entryCursor]
              let r = risk[leaving]
              let row = leaving * p
              s0 -= r
              for j in 0..<p {
                let rx = r * x[row + j]
                s1[j] -= rx
                for k in j..<p { s2[j * p + k] -= rx * x[row + k] }
              }
              entryCursor += 1
            }
          }
          guard deaths > 0 else { continue }
          if perEventTime != nil {
            for j in 0..<p { timeScore[j] = 0 }
            for j in 0..<(p * p) { timeInformation[j] = 0 }
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
                let v = (s2[j * p + k] - fraction * d2[j * p + k]) / denominator - mean[j] * mean[k]
                information[j * p + k] += multiplicity * v
                if perEventTime != nil { timeInformation[j * p + k] += multiplicity * v }
              }
              if perEventTime != nil { timeScore[j] -= multiplicity * mean[j] }
            }
          }
          if let perEventTime {
            var deathSum = [Double](repeating: 0, count: p)
            var index = position - 1
            while index >= start, exit[index] == time {
              if event[index] { for j in 0..<p { deathSum[j] += x[index * p + j] } }
              index -= 1
            }
            for j in 0..<p {
              timeScore[j] += deathSum[j]
              for k in 0..<j { timeInformation[j * p + k] = timeInformation[k * p + j] }
            }
            perEventTime(
              EventTimeContribution(
                time: time, deaths: deaths, score: timeScore, information: timeInformation))
          }
        }
      }
    }
    for j in 0..<p {
      for k in 0..<j { information[j * p + k] = information[k * p + j] }
    }
    return CoxEvaluation(
      logLikelihood: logLikelihood, score: score,
      information: SymmetricMatrix(size: p, values: information))
  }
}
