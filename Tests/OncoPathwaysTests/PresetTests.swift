import OncoModel
import OncoPathways
import Testing

/// The same hand-written histories through each preset; expected lines worked out by hand from
/// the presets' windows (28 days in all) and gaps (default 120, hess2021-nsclc 60, merck-nsclc
/// 180, regimen-8-weeks 55: a break of 56 days or more ends the line).
@Suite struct PresetTests {
  typealias H = History

  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var history: PatientTreatmentHistory
    /// Expected lines by preset name.
    var expected: [String: [Expected]]
    var description: String { name }
  }

  static func twoCourses(_ gap: Int, _ lastContact: Int) -> PatientTreatmentHistory {
    H.patient(
      lastContact: lastContact, [H.given("docetaxel", 0, 21), H.given("docetaxel", 21 + gap, 42 + gap)])
  }

  static let cases: [Case] = [
    Case(
      name: "gap of 100 days", history: twoCourses(100, 160),
      expected: [
        "default": [Expected("docetaxel", 0, 142, .endOfFollowUp)],
        "hess2021-nsclc": [
          Expected("docetaxel", 0, 21, .gap), Expected("docetaxel", 121, 142, .endOfFollowUp),
        ],
        "merck-nsclc": [Expected("docetaxel", 0, 142, .endOfFollowUp)],
        "regimen-8-weeks": [
          Expected("docetaxel", 0, 21, .gap), Expected("docetaxel", 121, 142, .endOfFollowUp),
        ],
      ]),
    Case(
      name: "gap of 150 days", history: twoCourses(150, 200),
      expected: [
        "default": [Expected("docetaxel", 0, 21, .gap), Expected("docetaxel", 171, 192, .endOfFollowUp)],
        "hess2021-nsclc": [
          Expected("docetaxel", 0, 21, .gap), Expected("docetaxel", 171, 192, .endOfFollowUp),
        ],
        "merck-nsclc": [Expected("docetaxel", 0, 192, .endOfFollowUp)],
        "regimen-8-weeks": [
          Expected("docetaxel", 0, 21, .gap), Expected("docetaxel", 171, 192, .endOfFollowUp),
        ],
      ]),
    Case(
      name: "break of exactly 8 weeks", history: twoCourses(56, 100),
      expected: [
        "default": [Expected("docetaxel", 0, 98, .endOfFollowUp)],
        "hess2021-nsclc": [Expected("docetaxel", 0, 98, .endOfFollowUp)],
        "merck-nsclc": [Expected("docetaxel", 0, 98, .endOfFollowUp)],
        "regimen-8-weeks": [
          Expected("docetaxel", 0, 21, .gap), Expected("docetaxel", 77, 98, .endOfFollowUp),
        ],
      ]),
    Case(
      name: "break of 55 days", history: twoCourses(55, 100),
      expected: Dictionary(
        uniqueKeysWithValues: LineOfTherapyRules.presetNames.map {
          ($0, [Expected("docetaxel", 0, 97, .endOfFollowUp)])
        })),
    Case(
      name: "death 100 days after the last exposure",
      history: H.patient(death: 121, [H.given("docetaxel", 0, 21)]),
      expected: [
        "default": [Expected("docetaxel", 0, 121, .death)],
        "hess2021-nsclc": [Expected("docetaxel", 0, 21, .gap)],
        "merck-nsclc": [Expected("docetaxel", 0, 121, .death)],
        "regimen-8-weeks": [Expected("docetaxel", 0, 21, .gap)],
      ]),
    Case(
      name: "nab-paclitaxel replacing paclitaxel",
      history: H.patient(
        lastContact: 100,
        [H.given("paclitaxel", 0, 42), H.given("carboplatin", 0, 42), H.given("nab-paclitaxel", 63, 84)]),
      expected: [
        "default": [Expected("carboplatin + paclitaxel", 0, 84, .endOfFollowUp)],
        // Hess et al. substitute platinum and fluoropyrimidines only: a new drug, and carboplatin
        // has stopped, so line 2 is nab-paclitaxel alone.
        "hess2021-nsclc": [
          Expected("carboplatin + paclitaxel", 0, 42, .newDrug),
          Expected("nab-paclitaxel", 63, 84, .endOfFollowUp),
        ],
        "merck-nsclc": [Expected("carboplatin + paclitaxel", 0, 84, .endOfFollowUp)],
        "regimen-8-weeks": [Expected("carboplatin + paclitaxel", 0, 84, .endOfFollowUp)],
      ]),
    Case(
      name: "capecitabine replacing fluorouracil",
      history: H.patient(
        lastContact: 150,
        [H.given("fluorouracil", 0, 42), H.given("oxaliplatin", 0, 42), H.given("capecitabine", 56, 126)]),
      expected: Dictionary(
        uniqueKeysWithValues: LineOfTherapyRules.presetNames.map {
          ($0, [Expected("fluorouracil + oxaliplatin", 0, 126, .endOfFollowUp)])
        })),
    Case(
      name: "drugs 27 and 29 days after the first",
      history: H.patient(
        lastContact: 40,
        [H.given("carboplatin", 0, 0), H.given("pemetrexed", 27, 27), H.given("pembrolizumab", 29, 29)]),
      expected: Dictionary(
        uniqueKeysWithValues: LineOfTherapyRules.presetNames.map {
          (
            $0,
            [
              Expected("carboplatin + pemetrexed", 0, 27, .newDrug),
              Expected("pembrolizumab", 29, 29, .endOfFollowUp),
            ]
          )
        })),
  ]

  @Test(arguments: cases) func presetsGiveTheirExpectedLines(_ testCase: Case) throws {
    #expect(Set(testCase.expected.keys) == Set(LineOfTherapyRules.presetNames))
    for preset in LineOfTherapyRules.presetNames {
      let lines = try H.lines(testCase.history, preset: preset)
      #expect(lines.shorthand == testCase.expected[preset], "\(preset)")
    }
  }

  @Test func presetsHaveTheirDocumentedValues() throws {
    let values = try LineOfTherapyRules.presetNames.map { name in
      let rules = try #require(LineOfTherapyRules.preset(named: name))
      return [rules.combinationWindowDays, rules.discontinuationGapDays, rules.substitutions.count]
    }
    #expect(values == [[28, 120, 3], [28, 60, 2], [28, 180, 3], [28, 55, 3]])
    #expect(
      LineOfTherapyRules.preset(named: "hess2021-nsclc")?.substitutions == [
        ["cisplatin", "carboplatin"], ["fluorouracil", "capecitabine"],
      ])
    #expect(LineOfTherapyRules.preset(named: "nope") == nil)
  }
}
