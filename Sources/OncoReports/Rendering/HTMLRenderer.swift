/// The HTML report: one self-contained file, inline CSS and SVG, no script, nothing fetched
/// (a Content-Security-Policy forbids it), printable to A4, tables with captions and headers.
struct HTMLRenderer {
  let report: MaskedReport

  func render() -> String {
    let tables = ReportTables(report: report)
    let charts = ReportCharts(report: report)
    let document = report.document
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(Markup.escape(document.cohort.name)): prognosis report</title>
      <style>\(Self.css)</style>
      </head>
      <body>
      <main>
      <h1>\(Markup.escape(document.cohort.name)): prognosis report</h1>
      <p class="secrecy">\(Markup.escape(tables.secrecyNote))</p>

      """
    out +=
      "<section id=\"cohort\">\n<h2>1. Cohort definition</h2>\n<p>\(Markup.escape(document.cohort.reading))</p>\n"
    out += table(tables.groups)
    out += "<details open><summary>Query file \(Markup.escape(document.cohort.queryFile))</summary>\n"
    out += "<pre>\(Markup.escape(document.cohort.queryText))</pre></details>\n</section>\n"
    if let chart = charts.attrition {
      out +=
        "<section id=\"attrition\">\n<h2>2. Attrition</h2>\n<figure>\(chart.svg)</figure>\n\(table(tables.attrition))</section>\n"
    }
    if let baseline = document.baseline {
      out +=
        "<section id=\"baseline\">\n<h2>3. Baseline characteristics</h2>\n\(table(tables.baseline(baseline)))</section>\n"
    }
    if let landscape = document.alterations {
      out +=
        "<section id=\"alterations\">\n<h2>4. Alteration landscape</h2>\n\(table(tables.genes(landscape)))"
      if !landscape.pairs.isEmpty { out += table(tables.pairs(landscape)) }
      out += "</section>\n"
    }
    if let pathway = document.pathway {
      out += "<section id=\"pathway\">\n<h2>5. Care pathway</h2>\n\(table(tables.lines(pathway)))"
      if !document.groupPathways.isEmpty { out += table(tables.groupLines(document.groupPathways)) }
      if let chart = charts.sankey { out += "<figure>\(chart.svg)</figure>\n" }
      out += table(tables.sequences(pathway)) + table(tables.times(pathway))
      if pathway.targetedTherapy != nil { out += table(tables.targeted(pathway)) }
      out += "</section>\n"
    }
    if !document.outcomes.isEmpty {
      out += "<section id=\"prognosis\">\n<h2>6. Prognosis</h2>\n"
      for (index, outcome) in document.outcomes.enumerated() {
        out += self.outcome(outcome, index, tables, charts)
      }
      out += "</section>\n"
    }
    out += "<section id=\"provenance\">\n<h2>7. Provenance</h2>\n\(table(tables.provenance))</section>\n"
    return out + "</main>\n</body>\n</html>\n"
  }

  private func outcome(_ outcome: OutcomeReport, _ index: Int, _ tables: ReportTables, _ charts: ReportCharts)
    -> String
  {
    var out = "<h3>\(Markup.escape(outcome.name))</h3>\n<p>\(Markup.escape(outcome.definition))</p>\n"
    out += "<figure>\(charts.kaplanMeier(index).svg)</figure>\n"
    if let entry = outcome.delayedEntry {
      out += "<p class=\"note\">Delayed entry at \(Markup.escape(entry.entry)): "
      out +=
        "\(Markup.escape(tables.count(entry.excludedBeforeEntry))) patients excluded for an event before entry. "
      out += "\(Markup.escape(entry.note))</p>\n"
    }
    out += table(tables.survival(outcome)) + table(tables.atRisk(outcome))
    if let test = outcome.logRank {
      out +=
        "<p>Log-rank test: χ² = \(NumberFormat.fixed(test.chiSquare, 2)) on \(test.degreesOfFreedom) df, "
      out += "p = \(Markup.escape(NumberFormat.pValue(test.pValue))).</p>\n"
    }
    if let forest = charts.forest(index) {
      out += "<figure>\(forest.svg)</figure>\n" + table(tables.hazardRatios(outcome))
    }
    return out
  }

  /// An accessible table: caption, column headers with scope, the first cell of a row as its header.
  private func table(_ table: TextTable) -> String {
    var out = "<table>\n<caption>\(Markup.escape(table.caption))</caption>\n<thead><tr>"
    out +=
      table.header.map { "<th scope=\"col\">\(Markup.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      out += "<tr>"
      for (index, cell) in row.enumerated() {
        out +=
          index == 0
          ? "<th scope=\"row\">\(Markup.escape(cell))</th>"
          : Self.isNumeric(cell)
            ? "<td class=\"num\">\(Markup.escape(cell))</td>" : "<td>\(Markup.escape(cell))</td>"
      }
      out += "</tr>\n"
    }
    return out + "</tbody>\n</table>\n"
  }

  /// Whether a cell holds a number (or a masked one), right-aligned so digits line up.
  static func isNumeric(_ cell: String) -> Bool {
    guard let first = cell.first else { return false }
    return first.isNumber || first == "<" || cell == "masked" || cell == "NA" || cell == "NR"
  }

  static let css = """
    body{font:14px/1.45 system-ui,sans-serif;color:#111;margin:0;background:#fff}
    main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
    h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1.1rem}
    table{border-collapse:collapse;margin:1rem 0;font-size:0.9rem}caption{text-align:left;font-weight:bold;padding:0.3rem 0}
    th,td{border:1px solid #bbb;padding:0.2rem 0.5rem;text-align:left;vertical-align:top}td.num{text-align:right;white-space:nowrap}
    thead th{background:#eef1f4}tbody th{font-weight:normal;white-space:pre}
    pre{background:#f6f6f6;padding:0.6rem;overflow-x:auto;font-size:0.8rem}
    figure{margin:1rem 0}svg.chart{max-width:100%;height:auto}
    .secrecy,.note{background:#fff8e1;border-left:4px solid #e0a800;padding:0.4rem 0.6rem}
    @page{size:A4;margin:15mm}
    @media print{body{font-size:10pt}main{max-width:none;padding:0}section,figure,table{break-inside:avoid}details>summary{display:none}}
    """
}
