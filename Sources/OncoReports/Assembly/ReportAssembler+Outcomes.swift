import OncoModel
import OncoPathways
import OncoQuery
import OncoSurvival
import OncoWarehouse

extension ReportAssembler {
  /// The outcome a query without `outcomes:` gets: overall survival from the index date.
  static let defaultOutcome = OutcomeDefinition(
    name: "Overall survival", kind: .overallSurvival, origin: .index)

  /// One survival analysis per outcome of the query (overall survival from the index date when
  /// it names none): Kaplan–Meier per group, log-rank across groups, Cox on the group alone
  /// and adjusted for `report.covariates`, landmarks, RMST and the delayed-entry account.
  func outcomes(_ context: AssemblyContext) throws -> [OutcomeReport] {
    let definitions = context.query.outcomes.isEmpty ? [Self.defaultOutcome] : context.query.outcomes
    return try definitions.compactMap { try outcome($0, context) }
  }

  private func outcome(_ definition: OutcomeDefinition, _ context: AssemblyContext) throws -> OutcomeReport? {
    var rows: [(patient: Int, observation: OutcomeObservation)] = []
    var endedBeforeEntry = 0
    for (index, patient) in context.cohort.patients.enumerated() {
      switch observation(definition, patient: patient, context: context) {
      case .success(let observation): rows.append((index, observation))
      case .failure(.endedBeforeEntry): endedBeforeEntry += 1
      case .failure: continue
      }
    }
    guard !rows.isEmpty else { return nil }
    let groupOf = Self.groupIndex(context.groups)
    var curves: [(name: String, curve: KaplanMeier)] = []
    var used: [Int] = []
    let all = try Self.data(rows.map(\.observation))
    for (group, entry) in context.groups.analysed.enumerated() {
      let members = rows.indices.filter { groupOf[rows[$0].patient]?.contains(group) == true }
      guard !members.isEmpty else { continue }
      curves.append((entry.name, try KaplanMeier(all.subset(members))))
      used.append(group)
    }
    // Tests compare groups only when each patient is in exactly one of them.
    var logRank: LogRank?
    var univariable: [CoxModel] = []
    var adjusted: CoxModel?
    if curves.count > 1, context.groups.partition {
      let inGroup = rows.indices.filter { groupOf[rows[$0].patient]?.first != nil }
      let data = all.subset(inGroup)
      let codes = inGroup.map { groupOf[rows[$0].patient]?.first ?? 0 }
      logRank = try? LogRank(data, groups: codes)
      let names = codes.map { context.groups.analysed[$0].name }
      let reference = context.groups.analysed[used[0]].name
      let group = CoxDesign.Covariate.categorical(name: "group: ", values: names, reference: reference)
      if let design = try? CoxDesign([group]), let model = try? CoxModel(data, design: design) {
        univariable.append(model)
      }
      let keys = inGroup.map { context.cohort.patients[rows[$0].patient].key }
      let requested = context.query.report.covariates
      let attributes = try attributeValues(CoxCovariates.attributeNames(requested), keys: keys)
      let covariates = CoxCovariates(requested, facts: keys.map { context.facts[$0] }, attributes: attributes)
      if !covariates.columns.isEmpty {
        let complete = covariates.complete
        let subset = data.subset(complete)
        let columns =
          [
            CoxDesign.Covariate.categorical(
              name: "group: ", values: complete.map { names[$0] }, reference: reference)
          ]
          + covariates.columns.map { $0.restricted(to: complete) }.filter(CoxCovariates.varies)
        if let design = try? CoxDesign(columns) { adjusted = try? CoxModel(subset, design: design) }
      }
    }
    let maxTime = rows.map(\.observation.exit).max() ?? 0
    let options = OutcomeReport.SurvivalOptions(
      riskTimes: Self.riskTimes(upTo: maxTime), landmarks: context.query.report.landmarkDays.map(Double.init),
      rmstTau: context.query.report.rmstHorizonDays.map(Double.init).flatMap { $0 <= maxTime ? $0 : nil })
    let delayed =
      definition.entry == .origin
      ? nil
      : DelayedEntry(
        entry: definition.entry == .index ? "index date" : "first molecular report",
        excludedBeforeEntry: ReportCount(endedBeforeEntry),
        note:
          "Patients enter the risk set at their \(definition.entry == .index ? "index date" : "first molecular report"), "
          + "not at the origin (left truncation): a patient sequenced late was only observable from then, so counting "
          + "the time before would overstate survival. Patients whose follow-up ended before entry are left out."
      )
    do {
      return try OutcomeReport(
        name: definition.name, definition: Self.describe(definition), curves: curves, logRank: logRank,
        univariable: univariable, adjusted: adjusted, options: options, delayedEntry: delayed)
    } catch {
      // An RMST horizon a group's curve cannot reach: report the rest without RMST.
      var withoutRMST = options
      withoutRMST.rmstTau = nil
      return try OutcomeReport(
        name: definition.name, definition: Self.describe(definition), curves: curves, logRank: logRank,
        univariable: univariable, adjusted: adjusted, options: withoutRMST, delayedEntry: delayed)
    }
  }

  /// The group indices (into `analysed`) of each patient index.
  static func groupIndex(_ groups: CohortGroups) -> [Int: [Int]] {
    var result: [Int: [Int]] = [:]
    for (group, entry) in groups.analysed.enumerated() {
      for member in entry.members { result[member, default: []].append(group) }
    }
    return result
  }

  static func data(_ observations: [OutcomeObservation]) throws -> SurvivalData {
    let delayed = observations.contains { $0.entry > 0 }
    return try SurvivalData(
      time: observations.map(\.exit), event: observations.map(\.event),
      entry: delayed ? observations.map(\.entry) : nil)
  }

  /// Every 6 months up to 2 years, then yearly, while within follow-up (days).
  static func riskTimes(upTo maxTime: Double) -> [Double] {
    let months: [Double] = [0, 6, 12, 18, 24, 36, 48, 60, 84, 120]
    return months.map { ($0 * 30.4375).rounded() }.filter { $0 <= maxTime }
  }

  /// The outcome in words.
  static func describe(_ d: OutcomeDefinition) -> String {
    let event: String
    switch d.kind {
    case .overallSurvival: event = "death from any cause"
    case .progressionFreeSurvival: event = "progression, recurrence or death"
    case .timeToNextTreatment: event = "start of line \(d.line + 1) or death"
    case .timeOnTreatment: event = "end of line \(d.line) (new drug, gap or death)"
    }
    let origin: String
    switch d.kind {
    case .timeToNextTreatment, .timeOnTreatment: origin = "the start of line \(d.line)"
    default:
      switch d.origin {
      case .index: origin = "the index date"
      case .diagnosis: origin = "diagnosis"
      case .advancedDiagnosis: origin = "advanced diagnosis"
      case .firstMolecularReport: origin = "the first molecular report"
      case .lineStart: origin = "the start of line \(d.line)"
      }
    }
    let limit = d.maxFollowUpDays.map { "; administratively censored after \($0) days" } ?? ""
    return "Event: \(event), from \(origin); censored at the last known day\(limit). Times in days."
  }
}
