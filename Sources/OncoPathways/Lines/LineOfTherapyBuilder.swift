import OncoModel
import OncoOntology

/// Derives lines of therapy from each patient's drug exposures by the rules of a preset.
///
/// Exposures are taken in start order (ties by end day, then drug name). The first one starts line 1.
/// Each next exposure, in turn:
/// 1. ends the line (`gap`) when it starts more than the discontinuation gap after the last day
///    the line's exposures cover, unless the line holds a gap-exempt drug or an open exposure;
/// 2. continues the line when its drug, or a substitute of it, is in the regimen;
/// 3. joins the regimen when it starts within the combination window of the line's start;
/// 4. joins the line as an addition when its drug is addition-exempt;
/// 5. otherwise ends the line (`new_drug`) and starts the next one, into which drugs still
///    running are carried.
/// The last line ends by death, gap, end of follow-up or still on treatment (see
/// `docs/care-pathways.md`). A builder memoises drug classification, so reuse one per cohort.
public struct LineOfTherapyBuilder: Sendable {
  /// The rules lines are built by.
  public let rules: LineOfTherapyRules
  /// Whether lines carry their ``LineOfTherapy/explanation`` trail (on by default).
  public var recordsExplanation: Bool
  var classifier: DrugClassifier

  /// Creates a builder for the rules, classifying drugs with the ontology when one is given.
  public init(rules: LineOfTherapyRules, ontology: TermGraph? = nil, recordsExplanation: Bool = true) {
    self.rules = rules
    self.recordsExplanation = recordsExplanation
    classifier = DrugClassifier(rules: rules, ontology: ontology)
  }

  /// Rule entries (drug names or classes) that the ontology does not know, matched by name only;
  /// worth a warning, as a misspelt class silently matches nothing.
  public var unresolvedRuleEntries: [String] { classifier.unresolvedEntries }

  /// The lines of one patient.
  ///
  /// - Complexity: O(n log n) in the patient's exposures.
  public mutating func pathway(for history: PatientTreatmentHistory) -> PatientPathway {
    var pathway = PatientPathway(
      patientID: history.patientID, indexDay: history.indexDay, diagnosisDay: history.diagnosisDay,
      deathDay: history.deathDay, lastContactDay: history.lastContactDay, lines: [])
    var items: [LineDraft.Item] = []
    items.reserveCapacity(history.exposures.count)
    // A patient's few drugs are found in a short list before the classifier's dictionary.
    var seen: [(code: String, profile: Int)] = []
    for (source, exposure) in history.exposures.enumerated() {
      if exposure.modality != .systemic {
        pathway.ignoredNotSystemic += 1
      } else if rules.priorExposures == .ignore && exposure.startDay < history.indexDay {
        pathway.ignoredBeforeIndex += 1
      } else if let death = history.deathDay, exposure.startDay > death {
        pathway.ignoredAfterDeath += 1
      } else {
        let code = exposure.concept ?? exposure.agent
        let profile: Int
        if let known = seen.first(where: { $0.code == code }) {
          profile = known.profile
        } else {
          profile = classifier.profileIndex(concept: exposure.concept, agent: exposure.agent)
          seen.append((code, profile))
        }
        items.append(
          LineDraft.Item(start: exposure.startDay, end: exposure.endDay, profile: profile, source: source))
      }
    }
    let profiles = classifier.profiles
    items.sort { a, b in
      if a.start != b.start { return a.start < b.start }
      let aEnd = a.end?.value ?? Int.max
      let bEnd = b.end?.value ?? Int.max
      if aEnd != bEnd { return aEnd < bEnd }
      if a.profile == b.profile { return a.source < b.source }
      let (aDrug, bDrug) = (profiles[a.profile], profiles[b.profile])
      return aDrug.name != bDrug.name ? aDrug.name < bDrug.name : aDrug.key < bDrug.key
    }
    let context = LineDraft.Context(
      windowDays: rules.combinationWindowDays, gapDays: rules.discontinuationGapDays,
      anyMaintenanceDrug: rules.maintenanceDrugs.isEmpty, profiles: profiles, explain: recordsExplanation,
      indexDay: history.indexDay,
      exposures: history.exposures)
    var current: LineDraft?
    for item in items {
      // take() moves the draft out, so absorbing does not copy its arrays (copy-on-write).
      guard var line = current.take() else {
        current = LineDraft(number: 1, start: item, cause: .firstExposure, carried: [], context: context)
        continue
      }
      switch line.absorb(item, context: context) {
      case .absorbed:
        current = line
      case .endedByGap:
        pathway.lines.append(line.close(.gap, end: line.coveredUntil, context: context))
        current = LineDraft(
          number: line.number + 1, start: item, cause: .afterGap, carried: [], context: context)
      case .endedByNewDrug:
        let end = max(line.start, min(line.coveredUntil, item.start - 1))
        pathway.lines.append(line.close(.newDrug, end: end, context: context))
        let carried = line.items.filter { ($0.end ?? item.start) >= item.start }
        current = LineDraft(
          number: line.number + 1, start: item, cause: .newDrug, carried: carried, context: context)
      }
    }
    if let line = current {
      let (reason, end) = line.finalEnd(
        deathDay: history.deathDay, lastContactDay: history.lastContactDay, context: context)
      pathway.lines.append(line.close(reason, end: end, context: context))
    }
    return pathway
  }
}
