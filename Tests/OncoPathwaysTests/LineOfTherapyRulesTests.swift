import OncoModel
import OncoPathways
import Testing

/// Presets with overrides by documented name, and the errors a query file can get.
@Suite struct LineOfTherapyRulesTests {
  let location = TextLocation(file: "query.yaml", line: 12, column: 3)

  @Test func overridesReplaceThePresetValues() throws {
    let rules = try LineOfTherapyRules.resolve(
      preset: "merck-nsclc",
      overrides: [
        "discontinuation_gap_days": .number(90), "combination_window_days": .number(21),
        "addition_exempt": .list(["denosumab"]),
        "substitutions": .list(["cisplatin=carboplatin", "a = b = c"]),
        "gap_exempt": .text("ATC:L01ED"), "maintenance_drugs": .list([]),
        "prior_exposures": .text("count_as_prior_lines"),
      ])
    #expect(rules.discontinuationGapDays == 90)
    #expect(rules.combinationWindowDays == 21)
    #expect(rules.additionExempt == ["denosumab"])
    #expect(rules.substitutions == [["cisplatin", "carboplatin"], ["a", "b", "c"]])
    #expect(rules.gapExempt == ["ATC:L01ED"])
    #expect(rules.maintenanceDrugs.isEmpty)
    #expect(rules.priorExposures == .countAsPriorLines)
    #expect(rules.preset == "merck-nsclc+overrides")
  }

  @Test func unknownPresetSuggestsTheClosest() throws {
    let error = try #require(throws: PathwayError.self) {
      try LineOfTherapyRules.resolve(preset: "hess2021-nsclcc", at: location)
    }
    #expect(error.code == .unknownPreset)
    #expect(error.location == location)
    #expect(error.hint?.hasPrefix("did you mean 'hess2021-nsclc'?") == true)
    #expect(error.description.hasPrefix("query.yaml:12:3: error: unknown care-pathway preset"))
  }

  @Test func unknownParameterSuggestsTheClosest() throws {
    let error = try #require(throws: PathwayError.self) {
      try LineOfTherapyRules.resolve(preset: "default", overrides: ["discontinuation_gap": .number(60)])
    }
    #expect(error.code == .unknownParameter)
    #expect(error.hint?.hasPrefix("did you mean 'discontinuation_gap_days'?") == true)
  }

  @Test(arguments: [
    ("discontinuation_gap_days", RuleParameterValue.number(-1)),
    ("discontinuation_gap_days", .number(30.5)),
    ("combination_window_days", .text("28")),
    ("prior_exposures", .text("drop")),
    ("substitutions", .list(["cisplatin"])),
    ("gap_exempt", .flag(true)),
  ])
  func wrongValuesAreRefused(name: String, value: RuleParameterValue) throws {
    let error = try #require(throws: PathwayError.self) {
      try LineOfTherapyRules.resolve(preset: "default", overrides: [name: value])
    }
    #expect(error.code == .invalidValue)
    #expect(error.message.hasPrefix(name))
  }
}
