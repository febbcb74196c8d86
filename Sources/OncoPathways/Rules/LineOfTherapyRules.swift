/// The rules that turn a patient's drug exposures into lines of therapy, each a named parameter.
///
/// Every parameter has a documented `snake_case` name (``Parameter``) by which a query file
/// overrides it, and a value in each preset (``preset(named:)``). `docs/care-pathways.md`
/// describes each rule, its boundary conditions and the sources of the presets.
public struct LineOfTherapyRules: Sendable, Hashable, Codable {
  /// What to do with exposures that start before the index day.
  public enum PriorExposures: String, Sendable, Hashable, Codable, CaseIterable {
    /// Drop them: lines are built from exposures starting on or after the index day only.
    case ignore
    /// Build lines from every exposure; lines starting before the index day are numbered and
    /// flagged ``LineOfTherapy/isBeforeIndex``, so the first line after the index may be L2.
    case countAsPriorLines = "count_as_prior_lines"
  }

  /// The preset these rules came from (`default`, `hess2021-nsclc`, …), or `custom`.
  public var preset: String
  /// Drugs started at most this many days after the line's first drug form its regimen
  /// (`combination_window_days`; a drug started exactly this many days later is included).
  public var combinationWindowDays: Int
  /// A line ends when the next exposure starts more than this many days after the last day
  /// covered by the line's exposures (`discontinuation_gap_days`; strictly more).
  public var discontinuationGapDays: Int
  /// Drugs (names, ids or ontology classes) that join a line after its window without starting
  /// a new one (`addition_exempt`).
  public var additionExempt: [String]
  /// Groups of interchangeable drugs: a drug replacing another of its group stays in the line
  /// (`substitutions`).
  public var substitutions: [[String]]
  /// Drugs whose continuation, after the rest of the combination stopped, flags the line as
  /// maintenance (`maintenance_drugs`; empty means any drug of the regimen).
  public var maintenanceDrugs: [String]
  /// Drugs (typically oral targeted therapies) whose gaps never end a line (`gap_exempt`).
  public var gapExempt: [String]
  /// Exposures before the index day (`prior_exposures`).
  public var priorExposures: PriorExposures

  /// Creates rules; every parameter defaults to the `default` preset's value.
  public init(
    preset: String = "custom", combinationWindowDays: Int = 28, discontinuationGapDays: Int = 120,
    additionExempt: [String] = [], substitutions: [[String]] = LineOfTherapyRules.standardSubstitutions,
    maintenanceDrugs: [String] = LineOfTherapyRules.standardMaintenanceDrugs,
    gapExempt: [String] = LineOfTherapyRules.standardGapExempt, priorExposures: PriorExposures = .ignore
  ) {
    self.preset = preset
    self.combinationWindowDays = combinationWindowDays
    self.discontinuationGapDays = discontinuationGapDays
    self.additionExempt = additionExempt
    self.substitutions = substitutions
    self.maintenanceDrugs = maintenanceDrugs
    self.gapExempt = gapExempt
    self.priorExposures = priorExposures
  }

  /// Platinum, taxane and fluoropyrimidine substitutions.
  public static let standardSubstitutions: [[String]] = [
    ["cisplatin", "carboplatin"], ["paclitaxel", "nab-paclitaxel"], ["fluorouracil", "capecitabine"],
  ]

  /// The maintenance drugs the issue names: pemetrexed, bevacizumab, durvalumab.
  public static let standardMaintenanceDrugs = ["pemetrexed", "bevacizumab", "durvalumab"]

  /// Oral EGFR and ALK tyrosine kinase inhibitors, as ATC classes (descendants included).
  public static let standardGapExempt = ["ATC:L01EB", "ATC:L01ED"]
}
