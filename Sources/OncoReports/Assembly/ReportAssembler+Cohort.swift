import OncoOntology
import OncoPathways
import OncoQuery
import OncoWarehouse

extension ReportAssembler {
  /// The cohort's name, reading, query text and group sizes.
  func cohortDefinition(_ request: ReportRequest, context: AssemblyContext) -> CohortDefinition {
    CohortDefinition(
      name: request.query.name, reading: request.reading, queryFile: request.queryFile,
      queryText: request.queryText, patients: ReportCount(context.cohort.patients.count),
      groups: context.groups.defined.map {
        GroupSize(name: $0.name, patients: ReportCount($0.members.count))
      },
      groupsPartitionCohort: context.groups.partition)
  }

  /// The engine's attrition rows in the report's convention.
  ///
  /// The engine's `excluded` counts every patient a step removed, not-assessed ones included;
  /// the report separates them (`remaining = previous remaining − excluded − not_assessed`), which
  /// statistical secrecy relies on to mask whatever a subtraction would reveal.
  static func attrition(_ steps: [AttritionStep]) -> [AttritionRow] {
    steps.map { step in
      AttritionRow(
        step: step.label, remaining: ReportCount(step.remaining),
        excluded: ReportCount(step.excluded - step.notAssessed), notAssessed: ReportCount(step.notAssessed))
    }
  }

  /// The tool, query, warehouse, ontologies, line rules and command line behind the report; the
  /// creation time is set when rendering (``ReportOptions/timestamp``).
  func provenance(_ request: ReportRequest, rules: LineOfTherapyRules) throws -> Provenance {
    let fingerprint = try warehouse.fingerprint()
    let sources = fingerprint.sources.map { source in
      SourceFingerprint(
        name: source.name, origin: source.origin.rawValue,
        files: source.files.sorted { $0.path < $1.path }.map {
          FileFingerprint(path: $0.path, sha256: $0.sha256 ?? "", records: $0.imported)
        })
    }
    let ontologies = (ontology?.files ?? []).map { file in
      NamedValue(
        file.name ?? String(file.path.split(separator: "/").last ?? ""), file.version ?? "unversioned")
    }
    return Provenance(
      toolVersion: request.toolVersion, querySHA256: SHA256.hash(Array(request.queryText.utf8)).hex,
      warehouse: sources, ontologies: [NamedValue("warehouse fingerprint", fingerprint.sha256)] + ontologies,
      lineOfTherapy: Self.settings(rules), commandLine: request.commandLine)
  }

  /// The line rules as the provenance lists them.
  static func settings(_ rules: LineOfTherapyRules) -> LineOfTherapySettings {
    func list(_ names: [String]) -> String { names.isEmpty ? "none" : names.joined(separator: ", ") }
    return LineOfTherapySettings(
      preset: rules.preset,
      parameters: [
        NamedValue("combination_window_days", String(rules.combinationWindowDays)),
        NamedValue("discontinuation_gap_days", String(rules.discontinuationGapDays)),
        NamedValue("addition_exempt", list(rules.additionExempt)),
        NamedValue("substitutions", list(rules.substitutions.map { $0.joined(separator: "=") })),
        NamedValue("maintenance_drugs", list(rules.maintenanceDrugs)),
        NamedValue("gap_exempt", list(rules.gapExempt)),
        NamedValue("prior_exposures", rules.priorExposures.rawValue),
      ])
  }
}
