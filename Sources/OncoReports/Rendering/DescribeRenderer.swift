/// The output formats of `oncocohort describe`.
public enum DescribeFormat: String, Sendable, Hashable, CaseIterable {
  /// A short summary for people (not API).
  case text
  /// The `oncocohort.describe/1` document: the report's JSON nodes without provenance.
  case json
}

extension ReportRenderer {
  /// Renders the descriptors of a cohort for `describe`, after ``StatisticalSecrecy``: every
  /// count shown obeys the minimum cell count, as in reports.
  public static func describe(document: ReportDocument, format: DescribeFormat, minCellCount: Int = 10)
    -> String
  {
    let masked = StatisticalSecrecy(minCellCount: minCellCount).apply(to: document)
    switch format {
    case .json: return JSONRenderer(report: masked, describe: true).render()
    case .text: return DescribeTextRenderer(report: masked).render()
    }
  }
}

/// The text summary of `describe`: cohort, attrition, Table 1, genes, lines, outcomes.
struct DescribeTextRenderer {
  let report: MaskedReport

  private func count(_ c: ReportCount) -> String { NumberFormat.count(c, threshold: report.minCellCount) }

  func render() -> String {
    let d = report.document
    var out = "\(d.cohort.name): \(count(d.cohort.patients)) patients\n"
    for group in d.cohort.groups { out += "  \(group.name): \(count(group.patients))\n" }
    out += "\nAttrition (remaining / excluded / not assessed)\n"
    for row in d.attrition {
      out += "  \(count(row.remaining)) / \(count(row.excluded)) / \(count(row.notAssessed))  \(row.step)\n"
    }
    if let baseline = d.baseline { out += self.baseline(baseline) }
    if let alterations = d.alterations, !alterations.genes.isEmpty {
      out += "\nMost altered genes (altered / assessed)\n"
      for gene in alterations.genes.prefix(10) {
        out += "  \(gene.gene): \(count(gene.altered)) / \(count(gene.assessed))\n"
      }
      for pair in alterations.pairs {
        out +=
          "  \(pair.geneA)–\(pair.geneB): \(pair.tendency.label), p = \(NumberFormat.pValue(pair.pValue)), "
          + "adjusted \(NumberFormat.pValue(pair.adjustedPValue))\n"
      }
    }
    if let pathway = d.pathway { out += self.pathway(pathway) }
    for group in d.groupPathways { out += self.pathway(group.pathway, group: group.name) }
    for outcome in d.outcomes { out += self.outcome(outcome) }
    out +=
      "\nCounts below \(report.minCellCount) are shown as <\(report.minCellCount); times in months (days / 30.4375).\n"
    return out
  }

  private func baseline(_ table: BaselineTable) -> String {
    var out =
      "\nBaseline (" + table.columns.map { "\($0.name) n=\(count($0.patients))" }.joined(separator: "; ")
      + ")\n"
    for variable in table.variables {
      if let summaries = variable.summaries {
        let cells = summaries.map { s in
          "\(NumberFormat.fixed(s.median, 1, or: "NA")) [\(NumberFormat.fixed(s.q1, 1, or: "NA"))–\(NumberFormat.fixed(s.q3, 1, or: "NA"))]"
        }
        out += "  \(variable.name): \(cells.joined(separator: " | "))\n"
      } else {
        out += "  \(variable.name)\n"
        for level in variable.levels {
          out += "    \(level.label): \(level.counts.map(count).joined(separator: " | "))\n"
        }
      }
      if variable.missing.contains(where: { $0.value != 0 }) {
        out += "    missing: \(variable.missing.map(count).joined(separator: " | "))\n"
      }
    }
    return out
  }

  private func pathway(_ p: CarePathway, group: String? = nil) -> String {
    var out = "\nLines of therapy (\(p.preset.preset))\(group.map { ", group \($0)" } ?? "")\n"
    for line in p.lines {
      let regimens = line.regimens.prefix(3).map { "\($0.regimen) \(count($0.patients))" }.joined(
        separator: ", ")
      out +=
        "  L\(line.number)\(line.number == 4 ? "+" : ""): \(count(line.patients)) patients; \(regimens)\n"
    }
    for summary in [p.timeToFirstTreatment].compactMap({ $0 }) + p.timeToNextTreatment {
      out +=
        "  \(summary.label): median \(NumberFormat.months(summary.days.median)) months (n = \(count(summary.patients)))\n"
    }
    if let share = p.targetedTherapy {
      out +=
        "  targeted therapy received: \(count(share.received)) of \(count(share.candidates)) candidates\n"
    }
    return out
  }

  private func outcome(_ o: OutcomeReport) -> String {
    var out = "\n\(o.name): \(count(o.patients)) patients\n"
    for group in o.groups {
      let median = group.median
      out +=
        "  \(group.name): \(count(group.events)) events / \(count(group.patients)); median "
        + "\(NumberFormat.months(median.value)) months "
        + "(95% CI \(NumberFormat.months(median.lower, or: "NA"))–\(NumberFormat.months(median.upper)))\n"
    }
    if let test = o.logRank { out += "  log-rank p = \(NumberFormat.pValue(test.pValue))\n" }
    for ratio in o.hazardRatios {
      out +=
        "  HR \(ratio.term) (\(ratio.model.rawValue)): \(NumberFormat.fixed(ratio.ratio, 2)) "
        + "[\(NumberFormat.fixed(ratio.lower, 2))–\(NumberFormat.fixed(ratio.upper, 2))]\n"
    }
    if let delayed = o.delayedEntry {
      out += "  delayed entry at \(delayed.entry): \(count(delayed.excludedBeforeEntry)) ended before entry\n"
    }
    return out
  }
}

extension ReportRenderer {
  /// One line for a terminal: patients, groups with their sizes, and the median of the first
  /// outcome per group, after statistical secrecy (`demo` prints it under each report).
  public static func summary(document: ReportDocument, minCellCount: Int = 10) -> String {
    let masked = StatisticalSecrecy(minCellCount: minCellCount).apply(to: document)
    let d = masked.document
    func count(_ c: ReportCount) -> String { NumberFormat.count(c, threshold: masked.minCellCount) }
    var parts = ["\(count(d.cohort.patients)) patients"]
    if !d.cohort.groups.isEmpty {
      parts.append(
        "groups: " + d.cohort.groups.map { "\($0.name) \(count($0.patients))" }.joined(separator: ", "))
    }
    if let outcome = d.outcomes.first {
      let medians = outcome.groups.map { group in
        let value = group.curveWithheld == nil ? NumberFormat.months(group.median.value) : "not shown"
        return outcome.groups.count > 1 ? "\(group.name) \(value)" : value
      }
      parts.append("median \(outcome.name) (months): " + medians.joined(separator: ", "))
    }
    return parts.joined(separator: "; ")
  }
}
