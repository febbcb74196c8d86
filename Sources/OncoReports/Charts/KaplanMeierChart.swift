import Foundation

/// The Kaplan–Meier chart of an outcome: one step curve per drawn group with its confidence
/// band and censor marks, the time axis in months (days / 30.4375), and the numbers at risk as
/// rows of SVG text under the axis.
///
/// Groups whose curve secrecy withheld get no curve (the legend says why) but keep their
/// numbers-at-risk row, with masked values.
struct KaplanMeierChart {
  let outcome: OutcomeReport
  let minCellCount: Int
  let id: String

  private let left = 150.0
  private let plotWidth = 470.0
  private let top = 30.0
  private let plotHeight = 260.0

  func render() -> String {
    let rows = outcome.groups.count
    let height = top + plotHeight + 60 + Double(2 * rows + 1) * 16 + 10
    var svg = SVGCanvas(width: left + plotWidth + 30, height: height, id: id)
    let maxTime = axisMaximum()
    let step = Self.tickStep(months: maxTime / NumberFormat.daysPerMonth)
    func x(_ days: Double) -> Double { left + plotWidth * min(days, maxTime) / maxTime }
    func y(_ s: Double) -> Double { top + plotHeight * (1 - s) }
    drawAxes(&svg, maxTime: maxTime, step: step, x: x, y: y)
    for (index, group) in outcome.groups.enumerated() where group.curveWithheld == nil && !group.curve.isEmpty
    {
      drawCurve(&svg, group, color: SVGCanvas.color(index), x: x, y: y)
    }
    drawLegend(&svg)
    drawRiskTable(&svg, x: x)
    return svg.render(title: "Kaplan–Meier curves: \(outcome.name)", description: description())
  }

  /// The last time shown: the largest curve or risk-table time, at least one day.
  private func axisMaximum() -> Double {
    let curveEnd = outcome.groups.flatMap { $0.curve.map(\.time) + $0.censorTimes }.max() ?? 0
    return max(1, curveEnd, outcome.riskTimes.max() ?? 0)
  }

  /// A tick spacing in months giving 4 to 10 ticks.
  static func tickStep(months: Double) -> Double {
    for candidate in [1.0, 3, 6, 12, 24, 36, 60, 120] where months / candidate <= 10 { return candidate }
    return 240
  }

  private func drawAxes(
    _ svg: inout SVGCanvas, maxTime: Double, step: Double, x: (Double) -> Double, y: (Double) -> Double
  ) {
    for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
      svg.line(left, y(tick), left + plotWidth, y(tick), cssClass: "grid")
      svg.text(NumberFormat.fixed(tick, 2), x: left - 6, y: y(tick) + 4, anchor: "end")
    }
    svg.line(left, top, left, top + plotHeight, cssClass: "axis")
    svg.line(left, top + plotHeight, left + plotWidth, top + plotHeight, cssClass: "axis")
    var month = 0.0
    while month * NumberFormat.daysPerMonth <= maxTime + 1e-9 {
      let px = x(month * NumberFormat.daysPerMonth)
      svg.line(px, top + plotHeight, px, top + plotHeight + 4, cssClass: "axis")
      svg.text(NumberFormat.fixed(month, 0), x: px, y: top + plotHeight + 16, anchor: "middle")
      month += step
    }
    svg.text(
      "Months since origin (days / 30.4375)", x: left + plotWidth / 2, y: top + plotHeight + 32,
      anchor: "middle")
    svg.text("Survival probability", x: left - 40, y: top - 12, anchor: "start", cssClass: "heading")
  }

  private func drawCurve(
    _ svg: inout SVGCanvas, _ group: SurvivalGroup, color: String, x: (Double) -> Double,
    y: (Double) -> Double
  ) {
    let c = NumberFormat.coordinate
    // Band: the upper limits stepping forward, then the lower limits stepping back.
    var upper = "M\(c(x(0))),\(c(y(1)))"
    var lower: [String] = []
    var previousLower = 1.0
    var previousTime = 0.0
    for point in group.curve {
      let high = point.upper ?? point.survival
      let low = point.lower ?? point.survival
      upper += " H\(c(x(point.time))) V\(c(y(high)))"
      lower.append("V\(c(y(previousLower))) H\(c(x(previousTime)))")
      previousLower = low
      previousTime = point.time
    }
    let end = x(group.curve.last?.time ?? 0)
    upper += " H\(c(end)) V\(c(y(previousLower))) " + lower.reversed().joined(separator: " ") + " Z"
    svg.add("<path class=\"km-band\" fill=\"\(color)\" d=\"\(upper)\"/>")
    var path = "M\(c(x(0))),\(c(y(1)))"
    for point in group.curve { path += " H\(c(x(point.time))) V\(c(y(point.survival)))" }
    svg.add(
      "<path class=\"km-curve\" stroke=\"\(color)\" d=\"\(path)\"><title>\(Markup.escape(group.name))</title></path>"
    )
    var marks = ""
    for time in group.censorTimes {
      let s = group.curve.last { $0.time <= time }?.survival ?? 1
      marks += "M\(c(x(time))),\(c(y(s) - 4)) v8 "
    }
    if !marks.isEmpty {
      svg.add(
        "<path class=\"km-censor\" stroke=\"\(color)\" d=\"\(marks.trimmingCharacters(in: .whitespaces))\"/>")
    }
  }

  private func drawLegend(_ svg: inout SVGCanvas) {
    for (index, group) in outcome.groups.enumerated() {
      // Under the axis title, full width, so long "not drawn" reasons fit.
      let ly = top + plotHeight + 50 + Double(index) * 16
      let px = 8.0
      svg.rect(px, ly - 8, 10, 10, cssClass: "legend", fill: SVGCanvas.color(index))
      let note = group.curveWithheld.map { " (\($0))" } ?? ""
      svg.text(group.name + note, x: px + 14, y: ly + 1, cssClass: "small")
    }
  }

  private func drawRiskTable(_ svg: inout SVGCanvas, x: (Double) -> Double) {
    let base = top + plotHeight + 56 + Double(outcome.groups.count) * 16
    svg.text("Number at risk", x: 8, y: base, cssClass: "heading")
    for (index, group) in outcome.groups.enumerated() {
      let ry = base + Double(index + 1) * 16
      var row = "<g class=\"km-risk-row\" fill=\"\(SVGCanvas.color(index))\">"
      row +=
        "<text class=\"label\" x=\"8\" y=\"\(NumberFormat.coordinate(ry))\">\(Markup.escape(group.name))</text>"
      for (k, time) in outcome.riskTimes.enumerated() where k < group.atRisk.count {
        let value = NumberFormat.count(group.atRisk[k], threshold: minCellCount)
        row +=
          "<text class=\"label\" x=\"\(NumberFormat.coordinate(x(time)))\" y=\"\(NumberFormat.coordinate(ry))\""
        row += " text-anchor=\"middle\">\(Markup.escape(value))</text>"
      }
      svg.add(row + "</g>")
    }
  }

  private func description() -> String {
    let parts = outcome.groups.map { group -> String in
      if let why = group.curveWithheld { return "\(group.name): curve \(why)" }
      let median = NumberFormat.months(group.median.value)
      return
        "\(group.name): \(NumberFormat.count(group.patients, threshold: minCellCount)) patients, median \(median) months"
    }
    return "Survival curves with 95% confidence bands and censoring marks; time in months (days / 30.4375). "
      + parts.joined(separator: "; ") + "."
  }
}
