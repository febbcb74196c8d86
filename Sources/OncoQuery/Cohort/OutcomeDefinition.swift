/// A survival endpoint of a query (`outcomes:`).
public struct OutcomeDefinition: Sendable, Hashable {
  /// The endpoint's meaning.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// Death from any cause.
    case overallSurvival = "overall_survival"
    /// Progression or death (real-world progression-free survival).
    case progressionFreeSurvival = "progression_free_survival"
    /// Start of the next line of therapy or death.
    case timeToNextTreatment = "time_to_next_treatment"
    /// End of a line (any reason) or death.
    case timeOnTreatment = "time_on_treatment"
  }
  /// Where time zero is.
  public enum Origin: String, Sendable, Hashable, CaseIterable {
    case index, diagnosis
    case advancedDiagnosis = "advanced_diagnosis"
    case firstMolecularReport = "first_molecular_report"
    case lineStart = "line_start"
  }
  /// When a patient enters the risk set (left truncation).
  public enum Entry: String, Sendable, Hashable, CaseIterable {
    /// At the origin: no delayed entry (default).
    case origin
    /// At the first molecular report: the patient was only observable once sequenced.
    case firstMolecularReport = "first_molecular_report"
    /// At the index date.
    case index
  }

  /// The endpoint's name as reports show it (`os`, `rwpfs`).
  public var name: String
  /// What counts as the event.
  public var kind: Kind
  /// Time zero.
  public var origin: Origin
  /// Line number for `origin: line_start` and the line-based kinds (default 1).
  public var line: Int
  /// Delayed entry.
  public var entry: Entry
  /// Follow-up is censored this many days after the origin (administrative censoring), or `nil`.
  public var maxFollowUpDays: Int?

  /// Creates an outcome.
  public init(
    name: String, kind: Kind = .overallSurvival, origin: Origin = .index, line: Int = 1,
    entry: Entry = .origin, maxFollowUpDays: Int? = nil
  ) {
    self.name = name
    self.kind = kind
    self.origin = origin
    self.line = line
    self.entry = entry
    self.maxFollowUpDays = maxFollowUpDays
  }
}
