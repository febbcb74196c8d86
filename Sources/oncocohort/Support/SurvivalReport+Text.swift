import Foundation
import OncoSurvival

extension SurvivalReport {
  /// A summary for people (not API): counts, medians, RMST, landmarks, tests, the Cox table.
  var text: String {
    var lines: [String] = []
    lines.append(
      "\(input.data.count) observations, \(input.data.eventCount) events, \(input.dropped) dropped (missing values)"
    )
    lines.append("")
    lines.append(
      row(
        ["group", "n", "events", "median", "lower", "upper"]
          + (groups.first?.rmst.map { ["rmst(\(f($0.tau)))", "se"] } ?? [])))
    for group in groups {
      var cells = [
        group.name, "\(group.curve.count)", "\(group.curve.eventCount)", f(group.median.time),
        f(group.median.lower), f(group.median.upper),
      ]
      if let rmst = group.rmst { cells += [f(rmst.estimate), f(rmst.standardError)] }
      lines.append(row(cells))
    }
    if groups.contains(where: { !$0.landmarks.isEmpty }) {
      lines.append("")
      lines.append(row(["group", "time", "survival", "lower", "upper"]))
      for group in groups {
        for landmark in group.landmarks {
          lines.append(
            row([
              group.name, f(landmark.time), f(landmark.step?.survival), f(landmark.step?.lower),
              f(landmark.step?.upper),
            ]))
        }
      }
    }
    if let logRank {
      lines.append("")
      lines.append(
        "log-rank: chi2 = \(f(logRank.chiSquare)) on \(logRank.degreesOfFreedom) df, p = \(p(logRank.pValue))"
      )
    }
    if let cox {
      lines.append("")
      lines.append(
        "Cox model (\(cox.ties.rawValue) ties): n = \(cox.count), events = \(cox.eventCount), \(cox.iterations) iterations"
      )
      lines.append(row(["term", "coef", "HR", "se", "z", "p", "lower", "upper"]))
      for term in cox.terms {
        lines.append(
          row([
            term.name, f(term.coefficient), f(term.hazardRatio), f(term.standardError), f(term.z),
            p(term.pValue), f(term.lower), f(term.upper),
          ]))
      }
      lines.append(
        "likelihood ratio = \(f(cox.likelihoodRatio.chiSquare)) on \(cox.likelihoodRatio.degreesOfFreedom) df, p = \(p(cox.likelihoodRatio.pValue))"
      )
      lines.append(
        "Wald = \(f(cox.wald.chiSquare)), p = \(p(cox.wald.pValue)); score = \(f(cox.score.chiSquare)), p = \(p(cox.score.pValue))"
      )
      lines.append("concordance = \(f(cox.concordance.value))")
      if let test = proportionalHazards {
        lines.append(
          "proportional hazards (cox.zph, KM time): "
            + (test.terms + [test.global]).map { "\($0.term) p = \(p($0.pValue))" }.joined(
              separator: "; "))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func f(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "NA" }
    return String(format: "%.4g", value)
  }

  private func p(_ value: Double) -> String {
    value < 1e-4 ? String(format: "%.2e", value) : String(format: "%.4f", value)
  }

  private func row(_ cells: [String]) -> String {
    cells.enumerated().map {
      $0 == 0
        ? $1.padding(toLength: max(12, $1.count), withPad: " ", startingAt: 0)
        : String(repeating: " ", count: max(0, 10 - $1.count)) + $1
    }.joined(separator: " ")
  }
}
