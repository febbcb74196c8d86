import OncoModel

/// A validated cohort query: everything `build`, `describe` and `report` compute from.
///
/// The query-file reader produces it (YAML → checked values, concepts resolved to ids,
/// `@definitions` and `include`s expanded); the engine consumes it. It holds no text positions
/// of its own beyond each criterion's ``CohortCriterion/location``, which the attrition table
/// and error messages point back to.
public struct CohortQuery: Sendable, Hashable {
  /// The cohort's name (`name:`).
  public var name: String
  /// What the cohort is for (`description:`), or `nil`.
  public var description: String?
  /// The selection criteria in file order: one attrition step each.
  public var criteria: [CohortCriterion]
  /// Which molecular reports count for each patient (`samples:`).
  public var samples: SampleSelection
  /// The day each patient's follow-up starts (`index:`).
  public var index: IndexDefinition
  /// Filters every alteration must pass to count (`alterations:` defaults).
  public var alterationDefaults: AlterationDefaults
  /// How the cohort is split for comparison (`groups:`), or `nil` for one group.
  public var grouping: Grouping?
  /// Survival endpoints (`outcomes:`); empty means overall survival from the index date.
  public var outcomes: [OutcomeDefinition]
  /// Lines-of-therapy settings (`care_pathway:`).
  public var carePathway: CarePathwaySettings
  /// Report settings (`report:`).
  public var report: ReportSettings

  /// Creates a query; only the name is required, as in the file format.
  public init(
    name: String, description: String? = nil, criteria: [CohortCriterion] = [],
    samples: SampleSelection = SampleSelection(), index: IndexDefinition = .diagnosis,
    alterationDefaults: AlterationDefaults = AlterationDefaults(), grouping: Grouping? = nil,
    outcomes: [OutcomeDefinition] = [], carePathway: CarePathwaySettings = CarePathwaySettings(),
    report: ReportSettings = ReportSettings()
  ) {
    self.name = name
    self.description = description
    self.criteria = criteria
    self.samples = samples
    self.index = index
    self.alterationDefaults = alterationDefaults
    self.grouping = grouping
    self.outcomes = outcomes
    self.carePathway = carePathway
    self.report = report
  }
}
