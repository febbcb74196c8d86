/// The attrition flow diagram: one box per step with the patients remaining, and beside each
/// arrow a box with the patients excluded and those not assessed.
struct AttritionChart {
  let rows: [AttritionRow]
  let minCellCount: Int
  let id: String

  func render() -> String {
    let boxHeight = 40.0
    let gap = 34.0
    let height = 20 + Double(rows.count) * (boxHeight + gap)
    var svg = SVGCanvas(width: 680, height: height, id: id)
    svg.add(
      "<defs><marker id=\"\(id)-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#556\"/></marker></defs>"
    )
    for (index, row) in rows.enumerated() {
      let y = 10 + Double(index) * (boxHeight + gap)
      if index > 0 {
        let arrowTop = y - gap
        svg.add(
          "<line class=\"axis\" x1=\"180\" y1=\"\(NumberFormat.coordinate(arrowTop))\" x2=\"180\" y2=\"\(NumberFormat.coordinate(y))\" marker-end=\"url(#\(id)-arrow)\"/>"
        )
        svg.line(180, arrowTop + gap / 2, 380, arrowTop + gap / 2, cssClass: "axis")
        svg.add("<g class=\"attrition-exclusion\">")
        svg.rect(380, arrowTop + 2, 290, gap - 4, cssClass: "exclusion")
        let excluded = NumberFormat.count(row.excluded, threshold: minCellCount)
        let notAssessed = NumberFormat.count(row.notAssessed, threshold: minCellCount)
        svg.text(
          "Excluded: \(excluded); not assessed: \(notAssessed)", x: 388, y: arrowTop + gap / 2 + 4,
          cssClass: "small")
        svg.add("</g>")
      }
      svg.add("<g class=\"attrition-step\">")
      svg.rect(20, y, 320, boxHeight, cssClass: "box")
      svg.text(Self.clip(row.step, 52), x: 30, y: y + 16)
      svg.text(
        "Remaining: \(NumberFormat.count(row.remaining, threshold: minCellCount))", x: 30, y: y + 32,
        cssClass: "heading")
      svg.add("</g>")
    }
    return svg.render(title: "Attrition flow diagram", description: description())
  }

  /// Shortens a label to `limit` characters with an ellipsis (the table has the full text).
  static func clip(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }

  private func description() -> String {
    rows.map { row in
      "\(row.step): \(NumberFormat.count(row.remaining, threshold: minCellCount)) remaining, "
        + "\(NumberFormat.count(row.excluded, threshold: minCellCount)) excluded, "
        + "\(NumberFormat.count(row.notAssessed, threshold: minCellCount)) not assessed"
    }.joined(separator: "; ") + "."
  }
}
