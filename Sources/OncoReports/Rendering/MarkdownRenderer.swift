import Foundation

/// The Markdown report, with its SVG charts as files beside it (`<base>-<chart>.svg`).
struct MarkdownRenderer {
  let report: MaskedReport
  let baseName: String

  func render() -> [RenderedFile] {
    let tables = ReportTables(report: report)
    let charts = ReportCharts(report: report)
    let document = report.document
    var files: [RenderedFile] = []
    func image(_ chart: (name: String, svg: String), _ alt: String) -> String {
      let path = "\(baseName)-\(chart.name).svg"
      files.append(RenderedFile(path: path, contents: chart.svg + "\n"))
      return "![\(alt)](\(path))\n\n"
    }
    var out = "# \(document.cohort.name): prognosis report\n\n> \(tables.secrecyNote)\n\n"
    out += "## 1. Cohort definition\n\n\(document.cohort.reading)\n\n" + table(tables.groups)
    out +=
      "Query file `\(document.cohort.queryFile)`:\n\n````yaml\n\(document.cohort.queryText.trimmingCharacters(in: .newlines))\n````\n\n"
    if let chart = charts.attrition {
      out += "## 2. Attrition\n\n" + image(chart, "Attrition flow diagram") + table(tables.attrition)
    }
    if let baseline = document.baseline {
      out += "## 3. Baseline characteristics\n\n" + table(tables.baseline(baseline))
    }
    if let landscape = document.alterations {
      out += "## 4. Alteration landscape\n\n" + table(tables.genes(landscape))
      if !landscape.pairs.isEmpty { out += table(tables.pairs(landscape)) }
    }
    if let pathway = document.pathway {
      out += "## 5. Care pathway\n\n" + table(tables.lines(pathway))
      if !document.groupPathways.isEmpty { out += table(tables.groupLines(document.groupPathways)) }
      if let chart = charts.sankey { out += image(chart, "Sankey diagram of treatment sequences") }
      out += table(tables.sequences(pathway)) + table(tables.times(pathway))
      if pathway.targetedTherapy != nil { out += table(tables.targeted(pathway)) }
    }
    if !document.outcomes.isEmpty { out += "## 6. Prognosis\n\n" }
    for (index, outcome) in document.outcomes.enumerated() {
      out += "### \(outcome.name)\n\n\(outcome.definition)\n\n"
      out += image(charts.kaplanMeier(index), "Kaplan–Meier curves, \(outcome.name)")
      if let entry = outcome.delayedEntry {
        out +=
          "Delayed entry at \(entry.entry): \(Markup.markdownCell(tables.count(entry.excludedBeforeEntry))) "
        out += "patients excluded for an event before entry. \(entry.note)\n\n"
      }
      out += table(tables.survival(outcome)) + table(tables.atRisk(outcome))
      if let test = outcome.logRank {
        out += "Log-rank test: χ² = \(NumberFormat.fixed(test.chiSquare, 2)) on \(test.degreesOfFreedom) df, "
        out += "p = \(Markup.markdownCell(NumberFormat.pValue(test.pValue))).\n\n"
      }
      if let forest = charts.forest(index) {
        out +=
          image(forest, "Forest plot of hazard ratios, \(outcome.name)") + table(tables.hazardRatios(outcome))
      }
    }
    out += "## 7. Provenance\n\n" + table(tables.provenance)
    return [RenderedFile(path: baseName + ".md", contents: out)] + files
  }

  private func table(_ table: TextTable) -> String {
    var out = "*\(Markup.markdownCell(table.caption))*\n\n"
    out += "| " + table.header.map(Markup.markdownCell).joined(separator: " | ") + " |\n"
    out += "|" + table.header.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined() + "\n"
    for row in table.rows {
      // Markdown drops leading spaces; an em space keeps levels indented under their variable.
      let cells = row.map { cell in
        cell.hasPrefix("  ")
          ? "&emsp;" + Markup.markdownCell(String(cell.dropFirst(2))) : Markup.markdownCell(cell)
      }
      out += "| " + cells.joined(separator: " | ") + " |\n"
    }
    return out + "\n"
  }
}
