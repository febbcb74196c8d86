import OncoReports
import OncoTestSupport
import Testing

/// Statistical secrecy on seeded random documents: whatever the counts, no small count is shown
/// and the attacker recovers no masked count.
@Suite struct RandomSecrecyTests {

  /// A document whose sums all hold: groups, attrition, Table 1, lines and sequences, outcome.
  static func document(seed: UInt64) -> ReportDocument {
    var random = SeededGenerator(seed: seed)
    func draw(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    let names = (0..<draw(2...4)).map { "G\($0)" }
    let sizes = names.map { _ in draw(0...30) }
    let total = sizes.reduce(0, +)
    var attrition: [AttritionRow] = []
    var remaining = total
    var steps: [(Int, Int)] = []
    for _ in 0..<3 { steps.append((draw(0...15), draw(0...15))) }
    var start = total + steps.map { $0.0 + $0.1 }.reduce(0, +)
    attrition.append(AttritionRow(step: "start", remaining: ReportCount(start)))
    for (index, step) in steps.enumerated() {
      start -= step.0 + step.1
      attrition.append(
        AttritionRow(
          step: "step \(index)", remaining: ReportCount(start), excluded: ReportCount(step.0),
          notAssessed: ReportCount(step.1)))
    }
    remaining = start
    let female = sizes.map { draw(0...$0) }
    let missing = sizes.indices.map { draw(0...(sizes[$0] - female[$0])) }
    let male = sizes.indices.map { sizes[$0] - female[$0] - missing[$0] }
    func withOverall(_ values: [Int]) -> [ReportCount] {
      (values + [values.reduce(0, +)]).map { ReportCount($0) }
    }
    let baseline = BaselineTable(
      columns: (names + ["All"]).enumerated().map {
        GroupSize(name: $0.element, patients: ReportCount((sizes + [total])[$0.offset]))
      },
      hasOverallColumn: true,
      variables: [
        BaselineVariable(
          name: "Sex",
          levels: [
            BaselineLevel(label: "F", counts: withOverall(female)),
            BaselineLevel(label: "M", counts: withOverall(male)),
          ],
          missing: withOverall(missing))
      ])
    let sequences = (0..<draw(3...6)).map { _ in
      TreatmentSequence(
        regimens: (0..<draw(1...3)).map { _ in ["A", "B"][draw(0...1)] },
        terminal: ["Death", "Alive"][draw(0...1)],
        patients: ReportCount(draw(0...15)))
    }
    let lines = (1...3).map { number in
      let reaching = sequences.filter { $0.regimens.count >= number }
      let onA = reaching.filter { $0.regimens[number - 1] == "A" }.map { $0.patients.value ?? 0 }.reduce(0, +)
      let all = reaching.map { $0.patients.value ?? 0 }.reduce(0, +)
      return TherapyLine(
        number: number, patients: ReportCount(all),
        regimens: [RegimenCount(regimen: "A", patients: ReportCount(onA))],
        otherRegimens: ReportCount(all - onA))
    }
    let pathway = CarePathway(
      lines: lines, sequences: sequences, timeToFirstTreatment: nil, timeToNextTreatment: [],
      preset: LineOfTherapySettings(preset: "p", parameters: []))
    let groups = names.indices.map { index in
      SurvivalGroup(
        name: names[index], patients: ReportCount(sizes[index]), events: ReportCount(draw(0...sizes[index])),
        curve: [],
        censorTimes: [], atRisk: [ReportCount(sizes[index]), ReportCount(draw(0...sizes[index]))],
        median: Estimate(value: nil, lower: nil, upper: nil), landmarks: [], rmst: nil)
    }
    let outcome = OutcomeReport(
      name: "OS", definition: "", patients: ReportCount(total), groups: groups, riskTimes: [0, 365],
      logRank: nil,
      hazardRatios: [], delayedEntry: nil)
    return ReportDocument(
      cohort: CohortDefinition(
        name: "random", reading: "", queryFile: "", queryText: "", patients: ReportCount(remaining),
        groups: names.indices.map { GroupSize(name: names[$0], patients: ReportCount(sizes[$0])) }),
      attrition: attrition, baseline: baseline, pathway: pathway, outcomes: [outcome],
      provenance: Provenance(
        toolVersion: "", querySHA256: "", warehouse: [], ontologies: [], lineOfTherapy: nil, commandLine: []))
  }

  @Test(arguments: 1...150)
  func nothingSmallShownNothingRecovered(seed: Int) {
    let document = Self.document(seed: UInt64(seed))
    let masked = StatisticalSecrecy(minCellCount: 10).apply(to: document)
    for (before, after) in zip(SecrecyTests.counts(document), SecrecyTests.counts(masked.document)) {
      let value = before.value ?? 0
      #expect(!(value >= 1 && value < 10) || after.suppression == .belowThreshold)
      #expect(after.value == nil || after.value == value)
    }
    // A masked cell pinned at zero discloses no patient (zeros are shown anyway).
    let recovered = RecoveryAttack(masked).recovered().filter { !$0.value.isZero }
    #expect(recovered.isEmpty, "seed \(seed): recovered \(recovered)")
  }
}
