/// The SVG charts of a masked report, each with a file-safe name.
struct ReportCharts {
  let report: MaskedReport

  var attrition: (name: String, svg: String)? {
    guard !report.document.attrition.isEmpty else { return nil }
    return (
      "attrition",
      AttritionChart(rows: report.document.attrition, minCellCount: report.minCellCount, id: "attrition")
        .render()
    )
  }

  var sankey: (name: String, svg: String)? {
    guard let pathway = report.document.pathway, !pathway.links.isEmpty else { return nil }
    return (
      "sankey", SankeyChart(links: pathway.links, minCellCount: report.minCellCount, id: "sankey").render()
    )
  }

  func kaplanMeier(_ index: Int) -> (name: String, svg: String) {
    let outcome = report.document.outcomes[index]
    return (
      "km-\(index + 1)",
      KaplanMeierChart(outcome: outcome, minCellCount: report.minCellCount, id: "km-\(index + 1)").render()
    )
  }

  func forest(_ index: Int) -> (name: String, svg: String)? {
    let outcome = report.document.outcomes[index]
    guard !outcome.hazardRatios.isEmpty else { return nil }
    return (
      "forest-\(index + 1)", ForestPlot(ratios: outcome.hazardRatios, id: "forest-\(index + 1)").render()
    )
  }
}
