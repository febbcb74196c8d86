import OncoModel
import OncoPathways
import OncoQuery
import OncoSurvival
import OncoWarehouse

extension ReportAssembler {
  /// The line rules of the query: its preset with its parameter overrides.
  static func rules(_ settings: CarePathwaySettings) throws -> LineOfTherapyRules {
    let overrides = settings.overrides.mapValues { value -> RuleParameterValue in
      switch value {
      case .number(let number): .number(number)
      case .text(let text): .text(text)
      case .list(let list): .list(list)
      case .flag(let flag): .flag(flag)
      }
    }
    return try LineOfTherapyRules.resolve(preset: settings.preset, overrides: overrides)
  }

  /// Every cohort patient's lines of therapy, by patient key, streamed from the warehouse.
  ///
  /// The index day is the cohort's, else the diagnosis day; a patient with neither has no pathway.
  func pathways(
    cohort: Cohort, facts: [Int64: PatientFollowUp], rules: LineOfTherapyRules, explained: Bool = false
  ) throws -> [Int64: PatientPathway] {
    var builder = LineOfTherapyBuilder(rules: rules, ontology: ontology, recordsExplanation: explained)
    let index = Dictionary(
      cohort.patients.map { ($0.key, $0.indexDay) }, uniquingKeysWith: { first, _ in first })
    var result: [Int64: PatientPathway] = [:]
    try warehouse.treatmentHistories(patientKeys: cohort.patients.map(\.key)) { record in
      let diagnosis = facts[record.patientKey]?.diagnosisDay
      guard let indexDay = (index[record.patientKey] ?? nil).map(Day.init) ?? diagnosis else { return }
      // Censor at the day the survival outcomes censor at, the latest dated record, not only the
      // recorded last contact: a source without last contact (a FHIR export) would otherwise end a
      // running line, and censor its time to next treatment, on the line's first day.
      let lastKnown = [record.lastContactDay, facts[record.patientKey]?.lastKnownDay].compactMap { $0 }.max()
      let history = PatientTreatmentHistory(
        patientID: record.patientID, indexDay: indexDay, diagnosisDay: diagnosis, deathDay: record.deathDay,
        lastContactDay: lastKnown, exposures: record.treatments)
      result[record.patientKey] = builder.pathway(for: history)
    }
    return result
  }

  /// The drugs that target each cohort patient's alterations (`care_pathway.targeted_therapies`),
  /// or `nil` when the query gives no matching table.
  ///
  /// Each entry's expression is evaluated by the engine itself, as one more criterion on the
  /// query (set-based), rather than by Swift code reading alterations.
  func targetableDrugs(query: CohortQuery, cohort: Cohort) throws -> [Int64: Set<String>]? {
    guard !query.carePathway.targetedTherapies.isEmpty else { return nil }
    var result = Dictionary(
      cohort.patients.map { ($0.key, Set<String>()) }, uniquingKeysWith: { first, _ in first })
    let builder = CohortBuilder(warehouse: warehouse, consequences: consequences)
    for therapy in query.carePathway.targetedTherapies {
      var narrowed = query
      narrowed.grouping = nil
      narrowed.criteria.append(
        CohortCriterion(kind: .requireAlterations(therapy.expression), label: "targetable"))
      for patient in try builder.build(narrowed).patients {
        result[patient.key]?.formUnion(therapy.drugConcepts)
      }
    }
    return result
  }

  /// Lines, top regimens, sequences (Sankey), time to first and to next treatment of the cohort,
  /// or of `patients` (one group) when given.
  func carePathway(
    _ context: AssemblyContext, rules: LineOfTherapyRules, targets: [Int64: Set<String>]?,
    patients: [CohortPatient]? = nil
  ) -> CarePathway? {
    guard !context.pathways.isEmpty else { return nil }
    var accumulator = PathwayAccumulator(topRegimens: context.query.carePathway.topRegimens)
    for patient in patients ?? context.cohort.patients {
      guard let pathway = context.pathways[patient.key] else { continue }
      accumulator.add(pathway, targetableDrugs: targets.map { $0[patient.key] ?? [] })
    }
    let descriptors = accumulator.cohortDescriptors
    let lines = descriptors.lines.filter { $0.patients > 0 }.map { line in
      let top = line.regimens.filter { $0.regimensGrouped == nil }
      let shown = top.reduce(0) { $0 + $1.patients }
      return TherapyLine(
        number: line.line, patients: ReportCount(line.patients),
        regimens: top.map { RegimenCount(regimen: $0.regimen, patients: ReportCount($0.patients)) },
        otherRegimens: ReportCount(max(0, line.patients - shown)))
    }
    let ttnt = descriptors.timeToNextTreatment.prefix(3).enumerated().compactMap { number, input in
      Self.kaplanMeierSummary(input, label: "L\(number + 1) → L\(number + 2) or death (Kaplan–Meier)")
    }
    let first = descriptors.timeToFirstTreatment.fromIndex
    var pathway = CarePathway(
      lines: lines, sequences: Self.sequences(descriptors, lines: lines),
      timeToFirstTreatment: TimeSummary(
        label: "Index date → L1", patients: ReportCount(first.n),
        days: NumericSummary(median: first.median, q1: first.q1, q3: first.q3)),
      timeToNextTreatment: ttnt, preset: Self.settings(rules))
    pathway.targetedTherapy = descriptors.targetedTherapy.map {
      TargetedTherapyShare(candidates: ReportCount($0.candidates), received: ReportCount($0.received))
    }
    return pathway
  }

  /// The paths with regimens outside each line's top list named "Other", merged, with readable
  /// terminal states.
  static func sequences(_ descriptors: PathwayDescriptors, lines: [TherapyLine]) -> [TreatmentSequence] {
    let terminals = [
      "death": "Death", "no further line": "Alive, no further line", "lost to follow-up": "Lost to follow-up",
    ]
    var merged: [(regimens: [String], terminal: String, patients: Int)] = []
    var position: [String: Int] = [:]
    for path in descriptors.sequences {
      var regimens = path.path
      var terminal = "Fourth line or later"
      if let last = regimens.last, let label = terminals[last] {
        terminal = label
        regimens.removeLast()
      }
      guard !regimens.isEmpty else { continue }
      regimens = regimens.enumerated().map { number, regimen in
        let listed =
          lines.first { $0.number == number + 1 }?.regimens.contains { $0.regimen == regimen } ?? false
        return listed ? regimen : "Other"
      }
      let key = (regimens + [terminal]).joined(separator: "\u{1}")
      if let at = position[key] {
        merged[at].patients += path.patients
      } else {
        position[key] = merged.count
        merged.append((regimens, terminal, path.patients))
      }
    }
    return merged.sorted {
      ($0.patients, $1.regimens.joined(), $1.terminal) > ($1.patients, $0.regimens.joined(), $0.terminal)
    }
    .map {
      TreatmentSequence(regimens: $0.regimens, terminal: $0.terminal, patients: ReportCount($0.patients))
    }
  }

  /// The Kaplan–Meier median and quartiles of a time to event, `nil` without subjects.
  static func kaplanMeierSummary(_ input: TimeToEventInput, label: String) -> TimeSummary? {
    guard !input.time.isEmpty, let data = try? SurvivalData(time: input.time, event: input.event),
      let curve = try? KaplanMeier(data)
    else { return nil }
    return TimeSummary(
      label: label, patients: ReportCount(input.time.count),
      days: NumericSummary(
        median: curve.median.time, q1: curve.quantile(0.25).time, q3: curve.quantile(0.75).time))
  }
}
