import Foundation
import OncoModel
import OncoPathways
import Testing

/// Descriptors of a five-patient cohort, every figure computed by hand (quartiles by R's
/// `quantile(type = 7)`: rank 1 + (n − 1)p, linear interpolation).
@Suite struct PathwayAccumulatorTests {
  static func line(
    _ number: Int, _ regimen: [String], _ start: Int, _ end: Int, _ reason: LineOfTherapy.EndReason,
    concept: String? = nil
  ) -> LineOfTherapy {
    LineOfTherapy(
      number: number, regimen: regimen.map { LineOfTherapy.Drug(name: $0, concept: concept) },
      startDay: Day(start),
      endDay: Day(end), endReason: reason)
  }

  static func patient(
    _ id: String, diagnosis: Int?, death: Int? = nil, lastContact: Int, _ lines: [LineOfTherapy]
  ) -> PatientPathway {
    PatientPathway(
      patientID: id, indexDay: Day(0), diagnosisDay: diagnosis.map(Day.init), deathDay: death.map(Day.init),
      lastContactDay: Day(lastContact), lines: lines)
  }

  /// The cohort: P1, P2, P5 in group A; P3, P4 in group B.
  ///
  /// P2 and P3 are candidates for osimertinib.
  static func accumulator(topRegimens: Int = 5) -> PathwayAccumulator {
    var accumulator = PathwayAccumulator(topRegimens: topRegimens)
    let carboPem = ["carboplatin", "pemetrexed"]
    let osimertinib: Set<String> = ["ATC:L01EB04"]
    accumulator.add(
      patient(
        "P1", diagnosis: -20, death: 300, lastContact: 300,
        [line(1, carboPem, 10, 150, .gap), line(2, ["docetaxel"], 200, 300, .death)]), group: "A",
      targetableDrugs: [])
    accumulator.add(
      patient("P2", diagnosis: -10, lastContact: 150, [line(1, carboPem, 30, 100, .endOfFollowUp)]),
      group: "A",
      targetableDrugs: osimertinib)
    accumulator.add(
      patient(
        "P3", diagnosis: 0, lastContact: 365,
        [line(1, ["osimertinib"], 5, 365, .stillOnTreatment, concept: "ATC:L01EB04")]), group: "B",
      targetableDrugs: osimertinib)
    accumulator.add(patient("P4", diagnosis: -5, lastContact: 100, []), group: "B")
    accumulator.add(
      patient(
        "P5", diagnosis: nil, lastContact: 500,
        [
          line(1, ["docetaxel"], 50, 70, .newDrug), line(2, ["gemcitabine"], 80, 120, .gap),
          line(3, ["vinorelbine"], 130, 150, .gap), line(4, ["pemetrexed"], 160, 170, .endOfFollowUp),
        ]), group: "A")
    return accumulator
  }

  @Test func countsPatientsByLineAndRegimen() {
    let cohort = Self.accumulator(topRegimens: 2).cohortDescriptors
    #expect(cohort.patients == 5)
    #expect(cohort.treated == 4)
    #expect(cohort.treatedShare == 0.8)
    #expect(cohort.lines.map(\.label) == ["L1", "L2", "L3", "L4+"])
    #expect(cohort.lines.map(\.patients) == [4, 2, 1, 1])
    #expect(cohort.lines.map(\.share) == [0.8, 0.4, 0.2, 0.2])
    let l1 = cohort.lines[0].regimens
    #expect(l1.map(\.regimen) == ["carboplatin + pemetrexed", "docetaxel", "other"])
    #expect(l1.map(\.patients) == [2, 1, 1])
    #expect(l1.map(\.share) == [0.5, 0.25, 0.25])
    #expect(l1.map(\.regimensGrouped) == [nil, nil, 1])
    #expect(cohort.lines[1].regimens.map(\.regimen) == ["docetaxel", "gemcitabine"])
    #expect(
      cohort.lines[0].endReasons == ["gap": 1, "end_of_follow_up": 1, "still_on_treatment": 1, "new_drug": 1])
  }

  @Test func timesAreSummarisedByMedianAndQuartiles() {
    let cohort = Self.accumulator().cohortDescriptors
    // From index: 10, 30, 5, 50 → 5, 10, 30, 50.
    #expect(
      cohort.timeToFirstTreatment.fromIndex == DaySummaryValues(n: 4, median: 20, q1: 8.75, q3: 35).summary)
    // From diagnosis: 30, 40, 5 (P5 has none) → 5, 30, 40.
    #expect(
      cohort.timeToFirstTreatment.fromDiagnosis
        == DaySummaryValues(n: 3, median: 30, q1: 17.5, q3: 35).summary)
    // L1 durations 140, 70, 360, 20.
    #expect(cohort.lines[0].duration == DaySummaryValues(n: 4, median: 105, q1: 57.5, q3: 195).summary)
  }

  @Test func timeToNextTreatmentIsCensoredAtLastContact() {
    let cohort = Self.accumulator().cohortDescriptors
    // P1: 200 − 10 (next line); P2: 150 − 30 censored; P3: 365 − 5 censored; P5: 80 − 50.
    #expect(cohort.timeToNextTreatment[0].time == [190, 120, 360, 30])
    #expect(cohort.timeToNextTreatment[0].event == [true, false, false, true])
    // L2: P1 dies 100 days after its start; P5 starts L3 50 days after.
    #expect(cohort.timeToNextTreatment[1].time == [100, 50])
    #expect(cohort.timeToNextTreatment[1].event == [true, true])
    #expect(cohort.lines[0].timeToNextTreatment.n == 4)
    #expect(cohort.lines[0].timeToNextTreatment.events == 2)
    #expect(cohort.timeOnTreatment[0].event == [true, false, false, true])
  }

  @Test func sequencesEndInTerminalStates() {
    let cohort = Self.accumulator().cohortDescriptors
    #expect(
      cohort.sequences.map(\.path) == [
        ["carboplatin + pemetrexed", "docetaxel", "death"],
        ["carboplatin + pemetrexed", "lost to follow-up"],
        ["docetaxel", "gemcitabine", "vinorelbine"],
        ["osimertinib", "no further line"],
      ])
    #expect(cohort.sequences.allSatisfy { $0.patients == 1 })
  }

  @Test func targetedTherapyShareAndGroups() {
    let accumulator = Self.accumulator()
    let targeted = accumulator.cohortDescriptors.targetedTherapy
    #expect(targeted?.candidates == 2)
    #expect(targeted?.received == 1)
    #expect(targeted?.share == 0.5)
    let groups = accumulator.groupDescriptors
    #expect(groups.map(\.name) == ["A", "B"])
    #expect(groups.map(\.descriptors.patients) == [3, 2])
    #expect(groups.map(\.descriptors.treated) == [3, 1])
    #expect(groups[0].descriptors.lines[0].regimens.map(\.patients) == [2, 1])
    #expect(groups[1].descriptors.targetedTherapy?.received == 1)
  }

  @Test func jsonFollowsTheContract() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(Self.accumulator().report)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let lines = try #require(json["lines"] as? [[String: Any]])
    #expect(lines[0]["line"] as? Int == 1)
    #expect(lines[0]["patients"] as? Int == 4)
    let regimens = try #require(lines[0]["regimens"] as? [[String: Any]])
    #expect(regimens[0]["regimen"] as? String == "carboplatin + pemetrexed")
    #expect(regimens[0]["patients"] as? Int == 2)
    #expect(
      lines[1]["end_reasons"] as? [String: Int]
        == ["new_drug": 0, "gap": 1, "death": 1, "end_of_follow_up": 0, "still_on_treatment": 0])
    let sequences = try #require(json["sequences"] as? [[String: Any]])
    #expect(sequences[0]["path"] as? [String] == ["carboplatin + pemetrexed", "docetaxel", "death"])
    let first = try #require(json["time_to_first_treatment"] as? [String: Any])
    #expect((first["from_index"] as? [String: Any])?["median"] as? Double == 20)
    let groups = try #require(json["groups"] as? [[String: Any]])
    #expect(groups.map { $0["name"] as? String } == ["A", "B"])
    #expect(groups[1]["treated"] as? Int == 1)
    // Absent values are null, not missing.
    // Group B has no second line: its duration has n = 0 and a null median.
    let l2 = try #require((groups[1]["lines"] as? [[String: Any]])?[1])
    #expect((l2["duration"] as? [String: Any])?["median"] is NSNull)
    #expect((l2["duration"] as? [String: Any])?["n"] as? Int == 0)
  }
}

/// Expected quartiles written as numbers.
struct DaySummaryValues {
  var n: Int
  var median: Double
  var q1: Double
  var q3: Double

  /// The summary these values describe (checked against one computed from values).
  var summary: DaySummary {
    var summary = DaySummary([])
    summary.n = n
    summary.median = median
    summary.q1 = q1
    summary.q3 = q3
    return summary
  }
}
