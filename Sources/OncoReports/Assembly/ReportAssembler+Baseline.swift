import OncoModel
import OncoPathways
import OncoWarehouse

extension ReportAssembler {
  /// Table 1 by group: age, sex, stage, histology, source, origin, sample type, panel, with
  /// missing counts; an overall column when there are two groups or more that partition the cohort.
  func baseline(_ context: AssemblyContext) -> BaselineTable? {
    guard !context.cohort.patients.isEmpty else { return nil }
    var columns = context.groups.analysed.map { (name: $0.name, members: $0.members) }
    let overall = columns.count > 1 && context.groups.partition
    if overall { columns.append(("All patients", Array(context.cohort.patients.indices))) }
    let patients = context.cohort.patients
    func facts(_ index: Int) -> PatientFollowUp? { context.facts[patients[index].key] }
    func firstSample(_ index: Int) -> CohortMolecularData.SampleRow? {
      context.molecular.samples[patients[index].key]?.first
    }
    let histology: (Int) -> String? = { index in
      guard let facts = facts(index) else { return nil }
      if let concept = facts.diagnosisConcept, let label = ontology?.term(concept)?.label { return label }
      return facts.diagnosisLabel
    }
    let variables = [
      Self.numeric("Age at diagnosis (years)", columns) { facts($0)?.ageAtDiagnosis },
      Self.categorical("Sex", columns, order: ["female", "male", "other"]) { index in
        facts(index).flatMap { $0.sex == .unknown ? nil : $0.sex.rawValue }
      },
      Self.categorical("Stage", columns) { facts($0)?.stage },
      Self.categorical("Histology", columns, keep: 8, with: histology),
      Self.categorical("Source", columns) { facts($0)?.source },
      Self.categorical("Origin", columns, order: ["public", "private"]) { index in
        facts(index).flatMap { $0.origin == .unknown ? nil : $0.origin.rawValue }
      },
      Self.categorical("Sample type (first selected sample)", columns) { firstSample($0)?.type },
      Self.categorical("Gene panel (first selected sample)", columns) { index in
        firstSample(index).flatMap { $0.panel ?? $0.assay }
      },
    ]
    return BaselineTable(
      columns: columns.map { GroupSize(name: $0.name, patients: ReportCount($0.members.count)) },
      hasOverallColumn: overall, variables: variables)
  }

  /// A numeric variable: median and quartiles (R `quantile` type 7) per column, and missing counts.
  static func numeric(
    _ name: String, _ columns: [(name: String, members: [Int])], value: (Int) -> Double?
  ) -> BaselineVariable {
    var summaries: [NumericSummary] = []
    var missing: [ReportCount] = []
    for column in columns {
      let values = column.members.compactMap(value)
      let (q1, median, q3) = Quantile.quartiles(values)
      summaries.append(NumericSummary(median: median, q1: q1, q3: q3))
      missing.append(ReportCount(column.members.count - values.count))
    }
    return BaselineVariable(name: name, summaries: summaries, missing: missing)
  }

  /// A categorical variable: levels in the given order, then by decreasing count (ties by label);
  /// past `keep` levels the rest are gathered as "Other", so levels and missing add up to each column.
  static func categorical(
    _ name: String, _ columns: [(name: String, members: [Int])], order: [String] = [], keep: Int = 12,
    with value: (Int) -> String?
  ) -> BaselineVariable {
    let values = columns.map { $0.members.map(value) }
    var totals: [String: Int] = [:]
    for case let level? in values.joined() { totals[level, default: 0] += 1 }
    var levels = order.filter { totals[$0] != nil }
    levels += totals.keys.filter { !order.contains($0) }.sorted {
      (totals[$0] ?? 0, $1) > (totals[$1] ?? 0, $0)
    }
    let shown = Array(levels.prefix(keep))
    let other = levels.count > keep ? Set(levels.dropFirst(keep)) : []
    var rows = shown.map { level in
      BaselineLevel(label: level, counts: values.map { ReportCount($0.filter { $0 == level }.count) })
    }
    if !other.isEmpty {
      rows.append(
        BaselineLevel(
          label: "Other",
          counts: values.map { ReportCount($0.filter { $0.map(other.contains) == true }.count) }))
    }
    return BaselineVariable(
      name: name, levels: rows, missing: values.map { ReportCount($0.filter { $0 == nil }.count) })
  }
}
