import OncoModel
import OncoWarehouse
import Testing

@testable import OncoQuery

/// Outcome observations: origin, delayed entry, events and censoring, worked out by hand.
@Suite struct OutcomeObservationTests {
  /// Diagnosed day 100, advanced day 130, sequenced day 250, progressed days 90 (before the
  /// diagnosis, so never counted) and 400, died day 700, last known day 700.
  let facts = PatientFollowUp(
    patientKey: 1, patientID: "P", source: "s", origin: .public, diagnosisDay: Day(100),
    advancedDay: Day(130), firstSampleDay: Day(250), deathDay: Day(700),
    progressionDays: [Day(90), Day(400)], lastKnownDay: Day(700))

  func observe(_ outcome: OutcomeDefinition, _ facts: PatientFollowUp? = nil, index: Int = 100)
    -> Result<OutcomeObservation, OutcomeExclusion>
  {
    outcome.observation(facts: facts ?? self.facts, indexDay: Day(index))
  }

  @Test func overallSurvivalFromTheIndex() {
    #expect(
      observe(OutcomeDefinition(name: "os"), index: 130) == .success(.init(entry: 0, exit: 570, event: true)))
  }

  @Test func progressionFreeSurvivalCountsOnlyProgressionAfterTheOrigin() {
    let pfs = OutcomeDefinition(name: "pfs", kind: .progressionFreeSurvival, origin: .diagnosis)
    #expect(observe(pfs) == .success(.init(entry: 0, exit: 300, event: true)))
    // From day 450 on, the progression of day 400 is in the past: death at 700 is the event.
    #expect(
      observe(OutcomeDefinition(name: "pfs", kind: .progressionFreeSurvival), index: 450)
        == .success(.init(entry: 0, exit: 250, event: true)))
  }

  @Test func delayedEntryAtTheFirstMolecularReport() {
    let os = OutcomeDefinition(name: "os", origin: .diagnosis, entry: .firstMolecularReport)
    #expect(observe(os) == .success(.init(entry: 150, exit: 600, event: true)))
    var early = facts
    early.deathDay = Day(200)
    early.lastKnownDay = Day(200)
    #expect(observe(os, early) == .failure(.endedBeforeEntry))
    var unsequenced = facts
    unsequenced.firstSampleDay = nil
    #expect(observe(os, unsequenced) == .failure(.noOriginDay))
  }

  @Test func censoringAtLastKnownDayAndAdministrativeLimit() {
    var alive = facts
    alive.deathDay = nil
    alive.lastKnownDay = Day(1_000)
    #expect(
      observe(OutcomeDefinition(name: "os"), alive) == .success(.init(entry: 0, exit: 900, event: false)))
    let capped = OutcomeDefinition(name: "os", maxFollowUpDays: 365)
    #expect(observe(capped) == .success(.init(entry: 0, exit: 365, event: false)))
  }

  @Test func unknownOriginsAndLineEndpoints() {
    var undiagnosed = facts
    undiagnosed.diagnosisDay = nil
    #expect(observe(OutcomeDefinition(name: "os", origin: .diagnosis), undiagnosed) == .failure(.noOriginDay))
    #expect(
      observe(OutcomeDefinition(name: "ttnt", kind: .timeToNextTreatment)) == .failure(.needsCarePathway))
    var before = facts
    before.lastKnownDay = Day(50)
    before.deathDay = nil
    #expect(observe(OutcomeDefinition(name: "os"), before) == .failure(.negativeFollowUp))
  }
}
