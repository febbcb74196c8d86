import Foundation

/// The forest plot of Cox hazard ratios: one row per term and model, the ratio as a square and
/// its confidence interval as a line on a log scale, with the reference line at 1.
struct ForestPlot {
  let ratios: [HazardRatio]
  let id: String

  private let left = 260.0
  private let plotWidth = 260.0

  func render() -> String {
    let rowHeight = 20.0
    let height = 50 + Double(ratios.count) * rowHeight + 30
    var svg = SVGCanvas(width: left + plotWidth + 170, height: height, id: id)
    let finite = ratios.flatMap { [$0.lower, $0.upper, $0.ratio] }.filter { $0.isFinite && $0 > 0 }
    let low = log(min(0.5, finite.min() ?? 0.5))
    let high = log(max(2, finite.max() ?? 2))
    func x(_ hr: Double) -> Double {
      let value = hr.isFinite && hr > 0 ? min(max(log(hr), low), high) : (hr > 0 ? high : low)
      return left + plotWidth * (value - low) / (high - low)
    }
    let bottom = 30 + Double(ratios.count) * rowHeight
    svg.text("Term (model)", x: 8, y: 20, cssClass: "heading")
    svg.text("HR (95% CI)", x: left + plotWidth + 10, y: 20, cssClass: "heading")
    svg.line(x(1), 26, x(1), bottom, cssClass: "ref")
    for (index, ratio) in ratios.enumerated() {
      let y = 30 + Double(index) * rowHeight + rowHeight / 2
      var row = "<g class=\"forest-row\">"
      row += text("\(ratio.term) (\(ratio.model.rawValue))", x: 8, y: y + 4)
      row += line(x(ratio.lower), y, x(ratio.upper), y)
      row +=
        "<rect class=\"forest-point\" x=\"\(c(x(ratio.ratio) - 4))\" y=\"\(c(y - 4))\" width=\"8\" height=\"8\"/>"
      row += text(Self.label(ratio), x: left + plotWidth + 10, y: y + 4)
      svg.add(row + "</g>")
    }
    svg.line(left, bottom, left + plotWidth, bottom, cssClass: "axis")
    for tick in [0.1, 0.25, 0.5, 1, 2, 4, 10] where log(tick) >= low - 1e-9 && log(tick) <= high + 1e-9 {
      svg.line(x(tick), bottom, x(tick), bottom + 4, cssClass: "axis")
      svg.text(NumberFormat.coordinate(tick), x: x(tick), y: bottom + 16, anchor: "middle")
    }
    svg.text("Hazard ratio (log scale)", x: left + plotWidth / 2, y: bottom + 30, anchor: "middle")
    return svg.render(title: "Forest plot of hazard ratios", description: description())
  }

  /// "1.23 (0.95–1.60)".
  static func label(_ ratio: HazardRatio) -> String {
    "\(NumberFormat.fixed(ratio.ratio, 2)) (\(NumberFormat.fixed(ratio.lower, 2))–\(NumberFormat.fixed(ratio.upper, 2)))"
  }

  private func c(_ value: Double) -> String { NumberFormat.coordinate(value) }

  private func text(_ content: String, x: Double, y: Double) -> String {
    "<text class=\"label\" x=\"\(c(x))\" y=\"\(c(y))\">\(Markup.escape(content))</text>"
  }

  private func line(_ x1: Double, _ y: Double, _ x2: Double, _ y2: Double) -> String {
    "<line class=\"forest-ci\" x1=\"\(c(x1))\" y1=\"\(c(y))\" x2=\"\(c(x2))\" y2=\"\(c(y2))\"/>"
  }

  private func description() -> String {
    "Cox hazard ratios with 95% confidence intervals on a log scale; reference line at 1. "
      + ratios.map { "\($0.term) (\($0.model.rawValue)): \(Self.label($0))" }.joined(separator: "; ") + "."
  }
}
