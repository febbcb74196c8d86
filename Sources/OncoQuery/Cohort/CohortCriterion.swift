import OncoModel

/// One selection step of a cohort query: a row of the attrition table.
public struct CohortCriterion: Sendable, Hashable {
  /// What the step keeps.
  public var kind: Kind
  /// A short plain-language label for the attrition table
  /// (`"diagnosis: non-small cell lung carcinoma (NCIT:C2926) or a descendant"`).
  public var label: String
  /// Where the criterion is written in the query file, or `nil` for a built query.
  public var location: TextLocation?

  /// Creates a criterion.
  public init(kind: Kind, label: String, location: TextLocation? = nil) {
    self.kind = kind
    self.label = label
    self.location = location
  }

  /// The kinds of selection step, in the vocabulary of the query file.
  public enum Kind: Sendable, Hashable {
    /// Patients of these sources only (`sources:`), by source name.
    case sources([String])
    /// Patients whose source has this origin (`origin: public|private`).
    case origin(SourceInfo.Origin)
    /// A diagnosis harmonised to one of these concepts or one of their descendants
    /// (`population.diagnosis`); ids are CURIEs (`NCIT:C2926`), already resolved from labels.
    case diagnosis(concepts: [String])
    /// A diagnosis whose recorded stage is one of these (`population.stage`: `IV`, `IIIB`, …);
    /// a recorded `IVA` matches `IV` (the prefix is the stage group).
    case stage([String])
    /// Age at diagnosis in years within the bounds, both inclusive (`population.age_at_diagnosis`).
    case ageAtDiagnosis(min: Double?, max: Double?)
    /// One of these sexes (`population.sex`).
    case sex([Patient.Sex])
    /// A diagnosis on a calendar day within the bounds, both inclusive
    /// (`population.diagnosed_between`); patients of relative-day sources are not assessed.
    case diagnosedBetween(from: Day?, to: Day?)
    /// A clinical attribute compared with a value (`population.attributes`).
    case attribute(name: String, comparison: Comparison, value: String)
    /// The alteration expression holds (`alterations.require`); `@definitions` are expanded.
    case requireAlterations(AlterationExpression)
    /// The alteration expression does not hold (`alterations.exclude`): an altered patient is
    /// excluded, a not-assessed one is excluded as not assessed.
    case excludeAlterations(AlterationExpression)
    /// A sample-level biomarker condition holds (`biomarkers:`).
    case biomarker(BiomarkerCondition)
    /// A treatment exposure is required or excluded (`treatments:`).
    case treatment(TreatmentCriterion)
  }
}

/// A treatment criterion: exposure to a drug concept (with its descendants) relative to the index.
public struct TreatmentCriterion: Sendable, Hashable {
  /// Whether the exposure is required or excluded.
  public enum Requirement: String, Sendable, Hashable { case required, excluded }
  /// When the exposure must (or must not) start, relative to the index date.
  public enum Timing: String, Sendable, Hashable {
    case any
    case beforeIndex = "before_index"
    case afterIndex = "after_index"
  }

  /// Required or excluded.
  public var requirement: Requirement
  /// Drug concepts (`ATC:L01EB04`, `ONCODRUG:…`), each with its descendants.
  public var concepts: [String]
  /// When the exposure starts relative to the index date.
  public var timing: Timing

  /// Creates a treatment criterion.
  public init(requirement: Requirement, concepts: [String], timing: Timing = .any) {
    self.requirement = requirement
    self.concepts = concepts
    self.timing = timing
  }
}
