/// A table of text shared by the HTML and Markdown renderers, so both show the same cells.
struct TextTable {
  var caption: String
  var header: [String]
  var rows: [[String]]
}

/// The tables of a masked report, built once for every text format.
struct ReportTables {
  let report: MaskedReport
  var n: Int { report.minCellCount }
  var document: ReportDocument { report.document }

  func count(_ c: ReportCount) -> String { NumberFormat.count(c, threshold: n) }

  /// "12 (34.5%)" or "12" when the percentage cannot be shown.
  func countPercent(_ c: ReportCount, of whole: ReportCount) -> String {
    NumberFormat.percent(c, of: whole).map { "\(count(c)) (\($0))" } ?? count(c)
  }

  var groups: TextTable {
    TextTable(
      caption: "Cohort and groups", header: ["Group", "Patients"],
      rows: document.cohort.groups.map { [$0.name, count($0.patients)] } + [
        ["All patients", count(document.cohort.patients)]
      ])
  }

  var attrition: TextTable {
    TextTable(
      caption: "Attrition: patients remaining after each step",
      header: ["Step", "Remaining", "Excluded", "Not assessed"],
      rows: document.attrition.map {
        [$0.step, count($0.remaining), count($0.excluded), count($0.notAssessed)]
      })
  }

  func baseline(_ table: BaselineTable) -> TextTable {
    var rows: [[String]] = []
    for variable in table.variables {
      if let summaries = variable.summaries {
        let cells = summaries.map { s in
          s.median.map {
            "\(NumberFormat.fixed($0, 1)) [\(NumberFormat.fixed(s.q1, 1, or: "NA"))–\(NumberFormat.fixed(s.q3, 1, or: "NA"))]"
          } ?? "masked"
        }
        rows.append(["\(variable.name), median [IQR]"] + cells)
      } else {
        rows.append([variable.name] + table.columns.map { _ in "" })
        for level in variable.levels {
          rows.append(
            ["  \(level.label)"]
              + level.counts.indices.map { countPercent(level.counts[$0], of: table.columns[$0].patients) })
        }
      }
      rows.append(["  \(variable.name): missing"] + variable.missing.map(count))
    }
    return TextTable(
      caption: "Baseline characteristics at the index date (n (%) or median [IQR])",
      header: ["Characteristic"] + table.columns.map { "\($0.name) (n = \(count($0.patients)))" }, rows: rows)
  }

  func genes(_ landscape: AlterationLandscape) -> TextTable {
    TextTable(
      caption: "Most altered genes (denominator: patients whose panel covered the gene)",
      header: ["Gene", "Altered", "Assessed", "Frequency"],
      rows: landscape.genes.map {
        [
          $0.gene, count($0.altered), count($0.assessed),
          NumberFormat.percent($0.altered, of: $0.assessed) ?? "masked",
        ]
      })
  }

  func pairs(_ landscape: AlterationLandscape) -> TextTable {
    TextTable(
      caption: "Co-occurrence of the query genes (Fisher's exact test, Benjamini–Hochberg adjusted p)",
      header: [
        "Gene A", "Gene B", "Both", "A only", "B only", "Neither", "Assessed", "p", "Adjusted p", "Tendency",
      ],
      rows: landscape.pairs.map {
        [
          $0.geneA, $0.geneB, count($0.both), count($0.onlyA), count($0.onlyB), count($0.neither),
          count($0.assessed),
          NumberFormat.pValue($0.pValue), NumberFormat.pValue($0.adjustedPValue), $0.tendency.label,
        ]
      })
  }

  func lines(_ pathway: CarePathway) -> TextTable {
    var rows: [[String]] = []
    for line in pathway.lines {
      rows.append(["Line \(line.number)", "All regimens", count(line.patients)])
      for regimen in line.regimens {
        rows.append(["", regimen.regimen, countPercent(regimen.patients, of: line.patients)])
      }
      rows.append(["", "Other regimens", countPercent(line.otherRegimens, of: line.patients)])
    }
    return TextTable(
      caption: "Lines of therapy and most frequent regimens", header: ["Line", "Regimen", "Patients"],
      rows: rows)
  }

  /// Lines and their most frequent regimens in each group, one row per group and line.
  func groupLines(_ groups: [GroupPathway]) -> TextTable {
    var rows: [[String]] = []
    for group in groups {
      for line in group.pathway.lines {
        let regimens = line.regimens.prefix(3).map { "\($0.regimen) (\(count($0.patients)))" }
        rows.append([
          group.name, "Line \(line.number)", count(line.patients), regimens.joined(separator: "; "),
        ])
      }
    }
    return TextTable(
      caption: "Lines of therapy by group", header: ["Group", "Line", "Patients", "Most frequent regimens"],
      rows: rows)
  }

  func sequences(_ pathway: CarePathway) -> TextTable {
    TextTable(
      caption: "Treatment sequences L1 → L2 → L3 and terminal states",
      header: ["Sequence", "Then", "Patients"],
      rows: pathway.sequences.map { [$0.regimens.joined(separator: " → "), $0.terminal, count($0.patients)] })
  }

  func times(_ pathway: CarePathway) -> TextTable {
    let all = (pathway.timeToFirstTreatment.map { [$0] } ?? []) + pathway.timeToNextTreatment
    return TextTable(
      caption: "Time to first and next treatment (months; days / 30.4375)",
      header: ["Interval", "Patients", "Median [IQR], months"],
      rows: all.map { t in
        [
          t.label, count(t.patients),
          t.days.median.map {
            "\(NumberFormat.months($0)) [\(NumberFormat.months(t.days.q1, or: "NA"))–\(NumberFormat.months(t.days.q3, or: "NA"))]"
          } ?? "masked",
        ]
      })
  }

  /// The targeted-therapy share, or no row when the query gave no matching table.
  func targeted(_ pathway: CarePathway) -> TextTable {
    TextTable(
      caption: "Patients with a targetable alteration who received a matching drug from the index date",
      header: ["Candidates", "Received", "Share"],
      rows: pathway.targetedTherapy.map { share in
        [
          [
            count(share.candidates), count(share.received),
            NumberFormat.percent(share.received, of: share.candidates) ?? "masked",
          ]
        ]
      } ?? [])
  }

  func survival(_ outcome: OutcomeReport) -> TextTable {
    let landmarks =
      outcome.groups.first?.landmarks.map { "Survival at \(NumberFormat.months($0.time)) months (95% CI)" }
      ?? []
    let tau =
      outcome.groups.compactMap(\.rmst).first.map { ["RMST to \(NumberFormat.months($0.tau)) months (SE)"] }
      ?? []
    return TextTable(
      caption: "\(outcome.name): medians, landmark survival and restricted mean survival time (months)",
      header: ["Group", "Patients", "Events", "Median (95% CI)"] + landmarks + tau,
      rows: outcome.groups.map { g in
        let median =
          g.curveWithheld == nil
          ? "\(NumberFormat.months(g.median.value)) (\(NumberFormat.months(g.median.lower, or: "NR"))–\(NumberFormat.months(g.median.upper, or: "NR")))"
          : "masked"
        let marks = g.landmarks.map { l in
          l.survival.value.map {
            "\(NumberFormat.survival($0)) (\(NumberFormat.survival(l.survival.lower))–\(NumberFormat.survival(l.survival.upper)))"
          } ?? (g.curveWithheld == nil ? "NA" : "masked")
        }
        let rmst =
          g.rmst.map { r in
            [
              r.estimate.map {
                "\(NumberFormat.months($0)) (\(NumberFormat.months(r.standardError, or: "NA")))"
              } ?? "masked"
            ]
          } ?? []
        return [g.name, count(g.patients), count(g.events), median] + marks + rmst
      })
  }

  func atRisk(_ outcome: OutcomeReport) -> TextTable {
    TextTable(
      caption: "\(outcome.name): numbers at risk",
      header: ["Group"] + outcome.riskTimes.map { "\(NumberFormat.months($0)) mo" },
      rows: outcome.groups.map { [$0.name] + $0.atRisk.map(count) })
  }

  func hazardRatios(_ outcome: OutcomeReport) -> TextTable {
    TextTable(
      caption: "\(outcome.name): Cox hazard ratios", header: ["Term", "Model", "HR (95% CI)", "p"],
      rows: outcome.hazardRatios.map {
        [$0.term, $0.model.rawValue, ForestPlot.label($0), NumberFormat.pValue($0.pValue)]
      })
  }

  var provenance: TextTable {
    let p = document.provenance
    var rows: [[String]] = [
      ["Tool version", p.toolVersion], ["Query file", document.cohort.queryFile],
      ["Query sha256", p.querySHA256],
      ["Created", p.createdAt.map(ReportTimestamp.format) ?? "NA"],
      ["Command line", p.commandLine.joined(separator: " ")],
      ["Minimum cell count", String(n)],
    ]
    for source in p.warehouse {
      for file in source.files {
        rows.append([
          "Source \(source.name) (\(source.origin))",
          "\(file.path): \(file.records) records, sha256 \(file.sha256)",
        ])
      }
    }
    rows += p.ontologies.map { ["Ontology \($0.name)", $0.value] }
    if let lot = p.lineOfTherapy {
      rows.append([
        "Line-of-therapy preset", lot.preset + lot.parameters.map { "; \($0.name) = \($0.value)" }.joined(),
      ])
    }
    return TextTable(caption: "Provenance", header: ["Item", "Value"], rows: rows)
  }

  /// The secrecy note shown at the top of every text format.
  var secrecyNote: String {
    "Statistical secrecy: counts from 1 to \(n - 1) are shown as <\(n); \"masked\" marks a count hidden so that "
      + "a small one cannot be recovered by subtraction from a total. \(report.belowThreshold) counts are below "
      + "the threshold and \(report.complementary) are masked to protect them. Percentages, medians and curves "
      + "computed from masked counts are not shown. No patient identifier appears in this report."
  }
}
