import OncoModel
import OncoPathways
import Testing

/// One hand-written history per rule and edge case, under the `default` preset (28-day window,
/// 120-day gap, strictly longer ends a line); expected lines worked out by hand from the rules.
@Suite struct LineOfTherapyBuilderTests {
  typealias H = History

  @Test func drugStarted27DaysAfterTheFirstJoinsTheRegimen() throws {
    let lines = try H.lines(
      H.patient(lastContact: 400, [H.given("cisplatin", 0, 0), H.given("pemetrexed", 27, 27)]))
    // Last covered day 27; last contact 400 is 373 days later (> 120): the line ended by gap.
    #expect(lines.shorthand == [Expected("cisplatin + pemetrexed", 0, 27, .gap)])
    #expect(lines[0].regimen.map(\.concept) == ["ATC:L01XA01", "ATC:L01BA04"])
  }

  @Test func drugStarted28DaysAfterIsStillInsideTheWindow() throws {
    let lines = try H.lines(
      H.patient(lastContact: 400, [H.given("cisplatin", 0, 0), H.given("pemetrexed", 28, 28)]))
    #expect(lines.shorthand == [Expected("cisplatin + pemetrexed", 0, 28, .gap)])
  }

  @Test func drugStarted29DaysAfterStartsTheNextLine() throws {
    let lines = try H.lines(
      H.patient(lastContact: 400, [H.given("cisplatin", 0, 0), H.given("pemetrexed", 29, 29)]))
    #expect(
      lines.shorthand == [Expected("cisplatin", 0, 0, .newDrug), Expected("pemetrexed", 29, 29, .gap)])
    #expect(lines.map(\.number) == [1, 2])
  }

  @Test func gapOfExactlyTheThresholdKeepsTheLine() throws {
    // 141 − 21 = 120 days: not longer than 120.
    let history = H.patient(lastContact: 200, [H.given("docetaxel", 0, 21), H.given("docetaxel", 141, 160)])
    #expect(try H.lines(history).shorthand == [Expected("docetaxel", 0, 160, .endOfFollowUp)])
  }

  @Test func drugRestartedAfterTheGapStartsANewLine() throws {
    // 142 − 21 = 121 days > 120: line 1 ends on its last covered day; the restart is line 2.
    let history = H.patient(lastContact: 200, [H.given("docetaxel", 0, 21), H.given("docetaxel", 142, 161)])
    let lines = try H.lines(history)
    #expect(
      lines.shorthand == [
        Expected("docetaxel", 0, 21, .gap), Expected("docetaxel", 142, 161, .endOfFollowUp),
      ])
    #expect(lines[1].explanation.first == .started(day: Day(142), drug: "docetaxel", cause: .afterGap))
  }

  @Test func substitutionInsideALineKeepsTheLine() throws {
    let history = H.patient(
      lastContact: 150,
      [H.given("cisplatin", 0, 63), H.given("pemetrexed", 0, 63), H.given("carboplatin", 84, 105)])
    let lines = try H.lines(history)
    #expect(lines.shorthand == [Expected("cisplatin + pemetrexed", 0, 105, .endOfFollowUp)])
    #expect(lines[0].exposures.count == 3)
    #expect(
      lines[0].explanation.contains(.substituted(day: Day(84), drug: "carboplatin", replacing: "cisplatin")))
  }

  @Test func nameOnlySubstituteMatchesByName() throws {
    // nab-paclitaxel is not in the ontology: the substitution rule matches its name.
    let history = H.patient(
      lastContact: 100,
      [H.given("paclitaxel", 0, 42), H.given("carboplatin", 0, 42), H.given("nab-paclitaxel", 63, 84)])
    #expect(try H.lines(history).shorthand == [Expected("carboplatin + paclitaxel", 0, 84, .endOfFollowUp)])
  }

  @Test func droppingPartOfTheCombinationIsMaintenance() throws {
    let history = H.patient(
      lastContact: 320,
      [H.given("carboplatin", 0, 63), H.given("pemetrexed", 0, 63), H.given("pemetrexed", 84, 300)])
    let lines = try H.lines(history)
    #expect(lines.shorthand == [Expected("carboplatin + pemetrexed", 0, 300, .endOfFollowUp)])
    #expect(lines[0].isMaintenance)
    #expect(lines[0].maintenanceStartDay == Day(84))
    #expect(
      lines[0].explanation.contains(
        .maintenance(day: Day(84), continuing: ["pemetrexed"], dropped: ["carboplatin"])))
  }

  @Test func continuingADrugOutsideTheMaintenanceListIsNotFlagged() throws {
    let history = H.patient(
      lastContact: 320,
      [H.given("carboplatin", 0, 63), H.given("paclitaxel", 0, 63), H.given("paclitaxel", 84, 126)])
    let lines = try H.lines(history)
    #expect(lines.shorthand == [Expected("carboplatin + paclitaxel", 0, 126, .gap)])
    #expect(!lines[0].isMaintenance)
  }

  @Test func deathDuringALineEndsItByDeath() throws {
    // Death 18 days after the last covered day (within the gap).
    let lines = try H.lines(H.patient(death: 60, [H.given("docetaxel", 0, 42)]))
    #expect(lines.shorthand == [Expected("docetaxel", 0, 60, .death)])
  }

  @Test func deathLongAfterTheLastExposureEndsTheLineByGap() throws {
    let lines = try H.lines(H.patient(death: 300, lastContact: 300, [H.given("docetaxel", 0, 42)]))
    #expect(lines.shorthand == [Expected("docetaxel", 0, 42, .gap)])
  }

  @Test func exposureWithoutEndDayRunsToLastContactOrDeath() throws {
    #expect(
      try H.lines(H.patient(lastContact: 200, [H.given("gemcitabine", 10, nil)])).shorthand == [
        Expected("gemcitabine", 10, 200, .stillOnTreatment)
      ])
    #expect(
      try H.lines(H.patient(death: 150, [H.given("gemcitabine", 10, nil)])).shorthand == [
        Expected("gemcitabine", 10, 150, .death)
      ])
  }

  @Test func exposureCoveringLastContactIsStillOnTreatment() throws {
    let lines = try H.lines(H.patient(lastContact: 50, [H.given("docetaxel", 0, 60)]))
    #expect(lines.shorthand == [Expected("docetaxel", 0, 60, .stillOnTreatment)])
  }

  @Test func overlappingIdenticalDrugsMakeOneLine() throws {
    let history = H.patient(
      lastContact: 210,
      [H.given("pembrolizumab", 90, 200), H.given("pembrolizumab", 0, 100), H.given("pembrolizumab", 50, 80)])
    let lines = try H.lines(history)
    #expect(lines.shorthand == [Expected("pembrolizumab", 0, 200, .endOfFollowUp)])
    #expect(lines[0].regimen.count == 1)
    #expect(lines[0].exposures.map(\.startDay.value) == [0, 50, 90])
  }

  @Test func gapExemptOralTKIBridgesAGap() throws {
    // Osimertinib is an EGFR TKI (ATC L01EB, gap-exempt by default): a 200-day gap keeps the line.
    let history = H.patient(
      lastContact: 520, [H.given("Tagrisso", 0, 100), H.given("osimertinib", 300, 500)])
    let lines = try H.lines(history)
    #expect(lines.shorthand == [Expected("osimertinib", 0, 500, .endOfFollowUp)])
    #expect(
      lines[0].explanation.contains(.gapBridged(day: Day(300), gapDays: 200, exemptDrug: "osimertinib")))
    // Without the exemption, the same history is two lines.
    let strict = try H.lines(history, ["gap_exempt": .list([])])
    #expect(
      strict.shorthand == [
        Expected("osimertinib", 0, 100, .gap), Expected("osimertinib", 300, 500, .endOfFollowUp),
      ])
  }

  @Test func additionExemptDrugJoinsTheLine() throws {
    let history = H.patient(
      lastContact: 140,
      [H.given("carboplatin", 0, 63), H.given("paclitaxel", 0, 63), H.given("bevacizumab", 42, 126)])
    let exempt = try H.lines(history, ["addition_exempt": .list(["bevacizumab"])])
    #expect(exempt.shorthand == [Expected("carboplatin + paclitaxel", 0, 126, .endOfFollowUp)])
    #expect(exempt[0].additions.map(\.name) == ["bevacizumab"])
    // By default, bevacizumab after the window starts line 2, carrying the running drugs.
    let lines = try H.lines(history)
    #expect(
      lines.shorthand == [
        Expected("carboplatin + paclitaxel", 0, 41, .newDrug),
        Expected("bevacizumab + carboplatin + paclitaxel", 42, 126, .endOfFollowUp),
      ])
  }

  @Test func priorExposuresAreIgnoredOrCountedAsPriorLines() throws {
    let history = H.patient(
      index: 100, lastContact: 300, [H.given("docetaxel", 0, 42), H.given("pemetrexed", 200, 263)])
    var builder = LineOfTherapyBuilder(rules: .standard, ontology: H.drugs)
    let ignored = builder.pathway(for: history)
    #expect(ignored.lines.shorthand == [Expected("pemetrexed", 200, 263, .endOfFollowUp)])
    #expect(ignored.lines[0].number == 1)
    #expect(ignored.ignoredBeforeIndex == 1)
    let counted = try H.lines(history, ["prior_exposures": .text("count_as_prior_lines")])
    #expect(
      counted.shorthand == [
        Expected("docetaxel", 0, 42, .gap), Expected("pemetrexed", 200, 263, .endOfFollowUp),
      ])
    #expect(counted.map(\.isBeforeIndex) == [true, false])
    #expect(counted.map(\.number) == [1, 2])
  }

  @Test func nonSystemicAndPostMortemExposuresAreLeftOut() throws {
    let history = H.patient(
      death: 100,
      [
        H.given("radiotherapy", 0, 30, .radiotherapy), H.given("etoposide", 5, 26),
        H.given("etoposide", 120, 121),
      ])
    var builder = LineOfTherapyBuilder(rules: .standard, ontology: H.drugs)
    let pathway = builder.pathway(for: history)
    #expect(pathway.lines.shorthand == [Expected("etoposide", 5, 100, .death)])
    #expect(pathway.ignoredNotSystemic == 1)
    #expect(pathway.ignoredAfterDeath == 1)
  }

  @Test func withoutOntologyDrugsAreKnownByName() {
    var builder = LineOfTherapyBuilder(rules: .standard)
    let pathway = builder.pathway(
      for: H.patient(lastContact: 30, [H.given("CISPLATINE", 0, 21), H.given("Pemetrexed", 0, 21)]))
    #expect(pathway.lines.shorthand == [Expected("cisplatine + pemetrexed", 0, 21, .endOfFollowUp)])
    #expect(pathway.lines[0].regimen.allSatisfy { $0.concept == nil })
  }

  @Test func noExposuresNoLines() throws {
    #expect(try H.lines(H.patient(lastContact: 10, [])).isEmpty)
  }

  @Test func explanationTellsWhyEachLineStartedAndEnded() throws {
    let lines = try H.lines(
      H.patient(lastContact: 400, [H.given("cisplatin", 0, 0), H.given("pemetrexed", 29, 29)]))
    #expect(lines[0].explanation.first == .started(day: Day(0), drug: "cisplatin", cause: .firstExposure))
    #expect(lines[1].explanation.first == .started(day: Day(29), drug: "pemetrexed", cause: .newDrug))
    #expect(lines[1].explanation.last.map(\.event) == "ended")
    #expect(lines[1].explanation.last?.description.contains("(gap)") == true)
  }
}

/// The worked example of `docs/care-pathways.md`.
@Suite struct WorkedExampleTests {
  typealias H = History
  let history = H.patient(
    lastContact: 450,
    [
      H.given("cisplatin", 0, 63), H.given("pemetrexed", 0, 63), H.given("carboplatin", 84, 105),
      H.given("docetaxel", 240, 261),
    ])

  @Test func defaultPreset() throws {
    #expect(
      try H.lines(history).shorthand == [
        Expected("cisplatin + pemetrexed", 0, 105, .gap), Expected("docetaxel", 240, 261, .gap),
      ])
  }

  @Test func merckPreset() throws {
    #expect(
      try H.lines(history, preset: "merck-nsclc").shorthand == [
        Expected("cisplatin + pemetrexed", 0, 105, .newDrug), Expected("docetaxel", 240, 261, .gap),
      ])
  }
}

/// The `--explain` text of a pathway.
@Suite struct ExplainedTextTests {
  @Test func explainsEachLineAndWhatWasLeftOut() throws {
    let history = History.patient(
      index: 10, lastContact: 450,
      [
        History.given("docetaxel", 0, 5), History.given("cisplatin", 10, 63),
        History.given("pemetrexed", 10, 63),
        History.given("carboplatin", 84, 105), History.given("docetaxel", 240, 261),
      ])
    var builder = LineOfTherapyBuilder(rules: .standard, ontology: History.drugs)
    let text = builder.pathway(for: history).explained
    #expect(
      text == """
        patient P: index day 10, 2 line(s)
        line 1: cisplatin + pemetrexed, day 10 – 105, gap
          day 10: starts with cisplatin (first exposure considered)
          day 10: pemetrexed joins the regimen (0 days after the line's start, within the window)
          day 84: carboplatin substitutes for cisplatin; same line
          day 105: ends (gap): no drug of the line for more than 120 days after day 105
        line 2: docetaxel, day 240 – 261, gap
          day 240: starts with docetaxel (first exposure after the gap that ended the previous line)
          day 261: ends (gap): no drug of the line for more than 120 days after day 261
        left out: 1 exposure(s) before the index day

        """)
  }
}
