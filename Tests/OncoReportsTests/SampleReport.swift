import Foundation
import OncoReports
import OncoSurvival

/// The small fixed document of the golden files; every count is chosen so that the masking can be
/// checked by hand (see `Fixtures/golden/README.md`).
enum SampleReport {
  /// Deterministic survival times for a group of `n`: every third observation censored.
  static func curve(n: Int, scale: Double) throws -> KaplanMeier {
    let time = (0..<n).map { Double(($0 + 1) * Int(scale) + ($0 * 37) % 50) }
    let event = (0..<n).map { $0 % 3 != 0 }
    return try KaplanMeier(SurvivalData(time: time, event: event))
  }

  static func document() throws -> ReportDocument {
    let groups: [(String, KaplanMeier)] = [
      ("KRAS G12C", try curve(n: 40, scale: 30)), ("KRAS G12D", try curve(n: 11, scale: 40)),
      ("KRAS other", try curve(n: 6, scale: 50)),
    ]
    var os = try OutcomeReport(
      name: "Overall survival", definition: "From the index date to death; censored at last contact.",
      curves: groups.map { (name: $0.0, curve: $0.1) }, logRank: nil, univariable: [], adjusted: nil,
      options: .init(riskTimes: [0, 365, 730], landmarks: [365], rmstTau: 730),
      delayedEntry: DelayedEntry(
        entry: "first molecular report", excludedBeforeEntry: 3,
        note:
          "Patients enter the risk set at their first molecular report, so that time before sequencing is not counted as survival (immortal-time bias)."
      ))
    os.logRank = TestSummary(chiSquare: 4.2, degreesOfFreedom: 2, pValue: 0.1225)
    os.hazardRatios = [
      HazardRatio(
        term: "group: KRAS G12D", model: .univariable, ratio: 1.35, lower: 0.62, upper: 2.94, pValue: 0.45),
      HazardRatio(
        term: "age (per year)", model: .univariable, ratio: 1.02, lower: 0.99, upper: 1.05, pValue: 0.19),
      HazardRatio(
        term: "group: KRAS G12D", model: .adjusted, ratio: 1.28, lower: 0.58, upper: 2.83, pValue: 0.54),
      HazardRatio(
        term: "age (per year)", model: .adjusted, ratio: 1.02, lower: 0.99, upper: 1.05, pValue: 0.22),
    ]
    let columns = [
      GroupSize(name: "KRAS G12C", patients: 42), GroupSize(name: "KRAS G12D", patients: 12),
      GroupSize(name: "KRAS other", patients: 6), GroupSize(name: "All patients", patients: 60),
    ]
    let baseline = BaselineTable(
      columns: columns, hasOverallColumn: true,
      variables: [
        BaselineVariable(
          name: "Age at index (years)",
          summaries: [
            NumericSummary(median: 66, q1: 59, q3: 72), NumericSummary(median: 63.5, q1: 57, q3: 70),
            NumericSummary(median: 70, q1: 64, q3: 75), NumericSummary(median: 66, q1: 59, q3: 72),
          ], missing: [1, 0, 0, 1]),
        BaselineVariable(
          name: "Sex",
          levels: [
            BaselineLevel(label: "Female", counts: [20, 5, 2, 27]),
            BaselineLevel(label: "Male", counts: [22, 7, 4, 33]),
          ], missing: [0, 0, 0, 0]),
      ])
    let cpp = "Carboplatin + pemetrexed + pembrolizumab"
    let pathway = CarePathway(
      lines: [
        TherapyLine(
          number: 1, patients: 52,
          regimens: [
            RegimenCount(regimen: "Carboplatin + pemetrexed + pembrolizumab", patients: 30),
            RegimenCount(regimen: "Sotorasib", patients: 15),
          ], otherRegimens: 7),
        TherapyLine(
          number: 2, patients: 26,
          regimens: [
            RegimenCount(regimen: "Docetaxel", patients: 18), RegimenCount(regimen: "Sotorasib", patients: 8),
          ],
          otherRegimens: 0),
        TherapyLine(number: 3, patients: 6, regimens: [], otherRegimens: 6),
      ],
      sequences: [
        TreatmentSequence(regimens: [cpp], terminal: "Death", patients: 10),
        TreatmentSequence(regimens: [cpp], terminal: "Alive, no further line", patients: 6),
        TreatmentSequence(regimens: [cpp, "Docetaxel"], terminal: "Death", patients: 8),
        TreatmentSequence(regimens: [cpp, "Sotorasib"], terminal: "Alive, no further line", patients: 6),
        TreatmentSequence(regimens: ["Sotorasib"], terminal: "Death", patients: 5),
        TreatmentSequence(
          regimens: ["Sotorasib", "Docetaxel"], terminal: "Alive, no further line", patients: 4),
        TreatmentSequence(regimens: ["Sotorasib", "Docetaxel", "Other"], terminal: "Death", patients: 6),
        TreatmentSequence(regimens: ["Other"], terminal: "Alive, no further line", patients: 5),
        TreatmentSequence(regimens: ["Other", "Sotorasib"], terminal: "Death", patients: 2),
      ],
      timeToFirstTreatment: TimeSummary(
        label: "Index date → L1", patients: 52, days: NumericSummary(median: 21, q1: 10, q3: 45)),
      timeToNextTreatment: [
        TimeSummary(label: "L1 → L2", patients: 26, days: NumericSummary(median: 180, q1: 120, q3: 300)),
        TimeSummary(label: "L2 → L3", patients: 6, days: NumericSummary(median: 150, q1: 90, q3: 200)),
      ],
      preset: LineOfTherapySettings(preset: "nsclc-default", parameters: [NamedValue("window_days", "28")]))
    let landscape = AlterationLandscape(
      genes: [
        GeneFrequency(gene: "KRAS", altered: 60, assessed: 60),
        GeneFrequency(gene: "TP53", altered: 25, assessed: 58),
        GeneFrequency(gene: "STK11", altered: 8, assessed: 50),
        GeneFrequency(gene: "EGFR", altered: 0, assessed: 55),
      ],
      pairs: try CooccurrencePair.tested([
        (geneA: "STK11", geneB: "TP53", a: 5, b: 3, c: 18, d: 24),
        (geneA: "KEAP1", geneB: "STK11", a: 12, b: 14, c: 20, d: 4),
      ]))
    return ReportDocument(
      cohort: CohortDefinition(
        name: "KRAS-mutant NSCLC",
        reading:
          "Patients with non-small cell lung cancer (and its descendants) whose tumour carries a KRAS mutation, indexed at their first molecular report, compared by KRAS variant.",
        queryFile: "kras.yaml",
        queryText: "name: KRAS-mutant NSCLC\npopulation:\n  diagnosis: NSCLC\nalterations: KRAS: MUT\n",
        patients: 60,
        groups: [
          GroupSize(name: "KRAS G12C", patients: 42), GroupSize(name: "KRAS G12D", patients: 12),
          GroupSize(name: "KRAS other", patients: 6),
        ]),
      attrition: [
        AttritionRow(step: "Diagnosed with NSCLC", remaining: 200),
        AttritionRow(step: "KRAS mutation", remaining: 70, excluded: 120, notAssessed: 10),
        AttritionRow(step: "Index date available", remaining: 60, excluded: 4, notAssessed: 6),
      ],
      baseline: baseline, alterations: landscape, pathway: pathway, outcomes: [os],
      provenance: Provenance(
        toolVersion: "0.1.0", querySHA256: String(repeating: "ab", count: 32),
        warehouse: [
          SourceFingerprint(
            name: "hospital", origin: "public",
            files: [
              FileFingerprint(
                path: "hospital/clinical.tsv", sha256: String(repeating: "cd", count: 32), records: 1200)
            ])
        ],
        ontologies: [NamedValue("NCIt subset", "24.01d")],
        lineOfTherapy: LineOfTherapySettings(
          preset: "nsclc-default", parameters: [NamedValue("window_days", "28")]),
        commandLine: ["oncocohort", "report", "kras.yaml", "--output", "report.html"]))
  }

  /// The fixed creation time of the golden files: 2026-01-01T00:00:00Z.
  static let timestamp = Date(timeIntervalSince1970: 1_767_225_600)
}
