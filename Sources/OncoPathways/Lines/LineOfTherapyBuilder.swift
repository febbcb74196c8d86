import OncoModel
import OncoOntology

/// Derives lines of therapy from each patient's drug exposures by the rules of a preset.
///
/// Exposures are taken in start order (ties by end, then drug). The first one starts line 1.
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
    for exposure in history.exposures {
      if exposure.modality != .systemic {
        pathway.ignoredNotSystemic += 1
      } else if rules.priorExposures == .ignore && exposure.startDay < history.indexDay {
        pathway.ignoredBeforeIndex += 1
      } else if let death = history.deathDay, exposure.startDay > death {
        pathway.ignoredAfterDeath += 1
      } else {
        let index = classifier.profileIndex(concept: exposure.concept, agent: exposure.agent)
        items.append(LineDraft.Item(exposure: exposure, profile: index))
      }
    }
    let profiles = classifier.profiles
    items.sort { a, b in
      if a.exposure.startDay != b.exposure.startDay { return a.exposure.startDay < b.exposure.startDay }
      let aEnd = a.exposure.endDay?.value ?? Int.max
      let bEnd = b.exposure.endDay?.value ?? Int.max
      if aEnd != bEnd { return aEnd < bEnd }
      return profiles[a.profile].key < profiles[b.profile].key
    }
    let context = LineDraft.Context(
      rules: rules, profiles: profiles, explain: recordsExplanation, indexDay: history.indexDay)
    var current: LineDraft?
    for item in items {
      guard var line = current else {
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
        let end = max(line.start, min(line.coveredUntil, item.exposure.startDay - 1))
        pathway.lines.append(line.close(.newDrug, end: end, context: context))
        let carried = line.items.filter { ($0.exposure.endDay ?? item.exposure.startDay) >= item.exposure.startDay }
        current = LineDraft(
          number: line.number + 1, start: item, cause: .newDrug, carried: carried, context: context)
      }
    }
    if let line = current {
      let (reason, end) = line.finalEnd(deathDay: history.deathDay, lastContactDay: history.lastContactDay, context: context)
      pathway.lines.append(line.close(reason, end: end, context: context))
    }
    return pathway
  }
}
