import OncoModel
import OncoPathways
import OncoQuery
import OncoWarehouse

extension ReportAssembler {
  /// One patient's observation for an outcome: from the follow-up facts for overall and
  /// progression-free survival (``OutcomeDefinition/observation(facts:indexDay:firstReportDay:)``),
  /// from the patient's lines of therapy for time to next treatment and time on treatment.
  func observation(
    _ definition: OutcomeDefinition, patient: CohortPatient, context: AssemblyContext
  ) -> Result<OutcomeObservation, OutcomeExclusion> {
    guard let facts = context.facts[patient.key] else { return .failure(.noOriginDay) }
    let reportDay = context.molecular.firstReportDay(patient.key)
    let pathway = context.pathways[patient.key]
    let line = pathway.flatMap { pathway -> LineOfTherapy? in
      let lines = Array(pathway.linesFromIndex)
      return lines.count >= definition.line ? lines[definition.line - 1] : nil
    }
    switch definition.kind {
    case .overallSurvival, .progressionFreeSurvival:
      var fromIndex = definition
      let index: Day?
      if definition.origin == .lineStart {
        fromIndex.origin = .index
        index = line?.startDay
      } else {
        index = patient.indexDay.map(Day.init) ?? facts.diagnosisDay
      }
      guard let index else { return .failure(.noOriginDay) }
      return fromIndex.observation(facts: facts, indexDay: index, firstReportDay: reportDay)
    case .timeToNextTreatment, .timeOnTreatment:
      guard let pathway, let line else { return .failure(.noOriginDay) }
      return Self.lineObservation(definition, line: line, pathway: pathway, reportDay: reportDay)
    }
  }

  /// Time to next treatment (next line start or death, else censored at the horizon) or time
  /// on treatment (the line's duration; discontinuation is the event), from the line's start.
  static func lineObservation(
    _ definition: OutcomeDefinition, line: LineOfTherapy, pathway: PatientPathway, reportDay: Day?
  ) -> Result<OutcomeObservation, OutcomeExclusion> {
    let start = line.startDay.value
    var exit: Int
    var event: Bool
    if definition.kind == .timeOnTreatment {
      exit = line.durationDays
      event = line.endReason.isDiscontinuation
    } else if let next = pathway.linesFromIndex.first(where: { $0.number == line.number + 1 }) {
      exit = next.startDay.value - start
      event = true
    } else if let death = pathway.deathDay {
      exit = death.value - start
      event = true
    } else {
      exit = (pathway.horizonDay ?? line.endDay).value - start
      event = false
    }
    if let limit = definition.maxFollowUpDays, exit > limit {
      exit = limit
      event = false
    }
    guard exit >= 0 else { return .failure(.negativeFollowUp) }
    var delay = 0
    switch definition.entry {
    case .origin: break
    case .index: delay = max(0, pathway.indexDay.value - start)
    case .firstMolecularReport:
      guard let reportDay else { return .failure(.noOriginDay) }
      delay = max(0, reportDay.value - start)
    }
    if definition.entry != .origin && exit <= delay && delay > 0 { return .failure(.endedBeforeEntry) }
    return .success(OutcomeObservation(entry: Double(delay), exit: Double(exit), event: event))
  }
}
