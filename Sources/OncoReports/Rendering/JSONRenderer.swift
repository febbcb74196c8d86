/// The JSON report, schema `oncocohort.report/1` (every key documented in docs/report-schema.md).
///
/// A masked count is `null`, and the object holding it has a `masked` object naming the key and
/// why (`below_min_cell_count` or `complementary`); arrays of counts have a parallel
/// `<key>_masked` array. Times are in days.
struct JSONRenderer {
  let report: MaskedReport
  /// `describe` writes the same nodes under its own schema, outcomes keyed by name, without
  /// provenance (DESIGN.md's command-line contract).
  var describe = false

  func render() -> String {
    let d = report.document
    let outcomes: JSONNode =
      describe
      ? .object(d.outcomes.map { ($0.name, outcome($0)) }) : .array(d.outcomes.map(outcome))
    var fields: [(String, JSONNode)] = [
      ("schema", .string(describe ? "oncocohort.describe/1" : "oncocohort.report/1")),
      ("min_cell_count", .int(report.minCellCount)),
      (
        "suppressed_counts",
        .object([
          ("below_min_cell_count", .int(report.belowThreshold)),
          ("complementary", .int(report.complementary)),
        ])
      ),
      ("cohort", cohort(d.cohort)),
      (
        "attrition",
        .array(
          d.attrition.map {
            counted(
              [("step", .string($0.step))],
              [("remaining", $0.remaining), ("excluded", $0.excluded), ("not_assessed", $0.notAssessed)])
          })
      ),
      ("baseline", d.baseline.map(baseline) ?? .null),
      ("alterations", d.alterations.map(alterations) ?? .null),
      ("pathways", d.pathway.map { pathways($0, groups: d.groupPathways) } ?? .null),
      ("outcomes", outcomes),
    ]
    if !describe { fields.append(("provenance", provenance(d.provenance))) }
    return JSONNode.object(fields).serialized() + "\n"
  }

  /// Plain fields, then counts, then the `masked` object.
  private func counted(_ fields: [(String, JSONNode)], _ counts: [(String, ReportCount)]) -> JSONNode {
    let masked = counts.compactMap { entry in
      entry.1.suppression.map { (entry.0, JSONNode.string($0.rawValue)) }
    }
    return .object(fields + counts.map { ($0.0, count($0.1)) } + [("masked", .object(masked))])
  }

  private func count(_ c: ReportCount) -> JSONNode { c.value.map { .int($0) } ?? .null }

  /// A count array and its parallel `_masked` array.
  private func countArray(_ key: String, _ counts: [ReportCount]) -> [(String, JSONNode)] {
    [
      (key, .array(counts.map(count))),
      (key + "_masked", .array(counts.map { JSONNode.text($0.suppression?.rawValue) })),
    ]
  }

  private func cohort(_ c: CohortDefinition) -> JSONNode {
    counted(
      [
        ("name", .string(c.name)), ("reading", .string(c.reading)), ("query_file", .string(c.queryFile)),
        ("query_text", .string(c.queryText)), ("groups_partition_cohort", .bool(c.groupsPartitionCohort)),
        (
          "groups",
          .array(c.groups.map { counted([("name", .string($0.name))], [("patients", $0.patients)]) })
        ),
      ], [("patients", c.patients)])
  }

  private func summary(_ s: NumericSummary) -> JSONNode {
    .object([("median", .number(s.median)), ("q1", .number(s.q1)), ("q3", .number(s.q3))])
  }

  private func baseline(_ t: BaselineTable) -> JSONNode {
    .object([
      (
        "columns",
        .array(t.columns.map { counted([("name", .string($0.name))], [("patients", $0.patients)]) })
      ),
      ("has_overall_column", .bool(t.hasOverallColumn)),
      (
        "variables",
        .array(
          t.variables.map { v in
            .object(
              [
                ("name", .string(v.name)), ("type", .string(v.summaries == nil ? "categorical" : "numeric")),
                (
                  "levels",
                  .array(
                    v.levels.map { .object([("label", .string($0.label))] + countArray("counts", $0.counts)) }
                  )
                ),
                ("summaries", v.summaries.map { .array($0.map(summary)) } ?? .null),
              ] + countArray("missing", v.missing))
          })
      ),
    ])
  }

  private func alterations(_ a: AlterationLandscape) -> JSONNode {
    .object([
      (
        "genes",
        .array(
          a.genes.map {
            counted([("gene", .string($0.gene))], [("altered", $0.altered), ("assessed", $0.assessed)])
          })
      ),
      (
        "pairs",
        .array(
          a.pairs.map { p in
            counted(
              [
                ("gene_a", .string(p.geneA)), ("gene_b", .string(p.geneB)), ("p", .number(p.pValue)),
                ("adjusted_p", .number(p.adjustedPValue)), ("tendency", .string(p.tendency.rawValue)),
              ],
              [
                ("both", p.both), ("only_a", p.onlyA), ("only_b", p.onlyB), ("neither", p.neither),
                ("assessed", p.assessed),
              ])
          })
      ),
    ])
  }

  private func time(_ t: TimeSummary) -> JSONNode {
    counted(
      [
        ("label", .string(t.label)), ("median_days", .number(t.days.median)), ("q1_days", .number(t.days.q1)),
        ("q3_days", .number(t.days.q3)),
      ], [("patients", t.patients)])
  }

  /// The cohort's pathway with, under `groups`, each group's (same keys plus `name`).
  private func pathways(_ p: CarePathway, groups: [GroupPathway]) -> JSONNode {
    guard case .object(var fields) = pathways(p) else { return pathways(p) }
    let each = groups.map { group -> JSONNode in
      guard case .object(let inner) = pathways(group.pathway) else { return .null }
      return .object([("name", .string(group.name))] + inner)
    }
    fields.append(("groups", .array(each)))
    return .object(fields)
  }

  private func pathways(_ p: CarePathway) -> JSONNode {
    .object([
      (
        "lines",
        .array(
          p.lines.map { line in
            counted(
              [
                ("number", .int(line.number)),
                (
                  "regimens",
                  .array(
                    line.regimens.map {
                      counted([("regimen", .string($0.regimen))], [("patients", $0.patients)])
                    })
                ),
              ],
              [("patients", line.patients), ("other_regimens", line.otherRegimens)])
          })
      ),
      (
        "sequences",
        .array(
          p.sequences.map {
            counted(
              [("regimens", .array($0.regimens.map { .string($0) })), ("terminal", .string($0.terminal))],
              [("patients", $0.patients)])
          })
      ),
      (
        "links",
        .array(
          p.links.map {
            counted(
              [
                ("stage", .int($0.stage + 1)), ("source", .string($0.source)), ("target", .string($0.target)),
                ("target_is_terminal", .bool($0.targetIsTerminal)),
              ], [("patients", $0.patients)])
          })
      ),
      ("time_to_first_treatment", p.timeToFirstTreatment.map(time) ?? .null),
      ("time_to_next_treatment", .array(p.timeToNextTreatment.map(time))),
      (
        "targeted_therapy",
        p.targetedTherapy.map { counted([], [("candidates", $0.candidates), ("received", $0.received)]) }
          ?? .null
      ),
    ])
  }

  private func estimate(_ e: Estimate) -> [(String, JSONNode)] {
    [("value", .number(e.value)), ("lower", .number(e.lower)), ("upper", .number(e.upper))]
  }

  private func outcome(_ o: OutcomeReport) -> JSONNode {
    counted(
      [
        ("name", .string(o.name)), ("definition", .string(o.definition)),
        ("risk_times", .array(o.riskTimes.map { .double($0) })),
        ("groups", .array(o.groups.map(group))),
        (
          "log_rank",
          o.logRank.map {
            .object([
              ("chi2", .double($0.chiSquare)), ("df", .int($0.degreesOfFreedom)), ("p", .double($0.pValue)),
            ])
          } ?? .null
        ),
        (
          "hazard_ratios",
          .array(
            o.hazardRatios.map {
              .object([
                ("term", .string($0.term)), ("model", .string($0.model.rawValue)), ("hr", .double($0.ratio)),
                ("lower", .double($0.lower)), ("upper", .double($0.upper)), ("p", .double($0.pValue)),
              ])
            })
        ),
        (
          "delayed_entry",
          o.delayedEntry.map {
            counted(
              [("entry", .string($0.entry)), ("note", .string($0.note))],
              [("excluded_before_entry", $0.excludedBeforeEntry)])
          } ?? .null
        ),
      ], [("patients", o.patients)])
  }

  private func group(_ g: SurvivalGroup) -> JSONNode {
    counted(
      [
        ("name", .string(g.name)), ("curve_withheld", .text(g.curveWithheld)),
        (
          "curve",
          .array(
            g.curve.map {
              .object([
                ("time", .double($0.time)), ("survival", .double($0.survival)), ("lower", .number($0.lower)),
                ("upper", .number($0.upper)),
              ])
            })
        ),
        ("censor_times", .array(g.censorTimes.map { .double($0) })),
      ] + countArray("at_risk", g.atRisk) + [
        ("median", .object(estimate(g.median))),
        (
          "landmarks",
          .array(g.landmarks.map { .object([("time", .double($0.time))] + estimate($0.survival)) })
        ),
        (
          "rmst",
          g.rmst.map {
            .object([
              ("tau", .double($0.tau)), ("estimate", .number($0.estimate)), ("se", .number($0.standardError)),
            ])
          } ?? .null
        ),
      ], [("patients", g.patients), ("events", g.events)])
  }

  private func provenance(_ p: Provenance) -> JSONNode {
    .object([
      ("tool_version", .string(p.toolVersion)), ("query_sha256", .string(p.querySHA256)),
      ("created_at", .text(p.createdAt.map(ReportTimestamp.format))),
      ("command_line", .array(p.commandLine.map { .string($0) })),
      (
        "warehouse",
        .array(
          p.warehouse.map { s in
            .object([
              ("name", .string(s.name)), ("origin", .string(s.origin)),
              (
                "files",
                .array(
                  s.files.map {
                    .object([
                      ("path", .string($0.path)), ("sha256", .string($0.sha256)),
                      ("records", .int($0.records)),
                    ])
                  })
              ),
            ])
          })
      ),
      (
        "ontologies",
        .array(p.ontologies.map { .object([("name", .string($0.name)), ("version", .string($0.value))]) })
      ),
      (
        "line_of_therapy",
        p.lineOfTherapy.map { lot in
          .object([
            ("preset", .string(lot.preset)),
            ("parameters", .object(lot.parameters.map { ($0.name, .string($0.value)) })),
          ])
        } ?? .null
      ),
    ])
  }
}
