/// Everything a prognosis report shows, as plain values, before statistical secrecy.
///
/// The `report` command fills it from the query engine (cohort, attrition, baseline,
/// alterations), the pathways module (lines, sequences) and OncoSurvival (prognosis, see
/// ``OutcomeReport/init(name:definition:curves:logRank:univariable:adjusted:options:delayedEntry:)``).
/// Renderers never see it directly: ``ReportRenderer`` first passes it through
/// ``StatisticalSecrecy``, so every format shows the same masked values.
public struct ReportDocument: Sendable, Hashable {
  /// Who is in the cohort and why.
  public var cohort: CohortDefinition
  /// The selection steps, in order; the first row is the starting population.
  public var attrition: [AttritionRow]
  /// Table 1: characteristics at the index date by group.
  public var baseline: BaselineTable?
  /// Most altered genes and co-occurrence of the query genes.
  public var alterations: AlterationLandscape?
  /// Lines of therapy, regimens, sequences and times to treatment.
  public var pathway: CarePathway?
  /// The same for each group of the query, in group order (empty without groups).
  public var groupPathways: [GroupPathway] = []
  /// One survival analysis per outcome.
  public var outcomes: [OutcomeReport]
  /// Where the numbers come from.
  public var provenance: Provenance

  /// Creates a document.
  public init(
    cohort: CohortDefinition, attrition: [AttritionRow] = [], baseline: BaselineTable? = nil,
    alterations: AlterationLandscape? = nil, pathway: CarePathway? = nil,
    outcomes: [OutcomeReport] = [], provenance: Provenance
  ) {
    self.cohort = cohort
    self.attrition = attrition
    self.baseline = baseline
    self.alterations = alterations
    self.pathway = pathway
    self.outcomes = outcomes
    self.provenance = provenance
  }
}

/// The cohort's definition and size.
public struct CohortDefinition: Sendable, Hashable {
  /// The cohort's name (from the query file).
  public var name: String
  /// The plain-language reading of the query produced by validation.
  public var reading: String
  /// The query file's name as given on the command line.
  public var queryFile: String
  /// The query file's text, shown verbatim.
  public var queryText: String
  /// The number of patients in the cohort.
  public var patients: ReportCount
  /// The groups compared, with their sizes.
  public var groups: [GroupSize]
  /// Whether every patient is in exactly one group, so that group sizes add up to `patients`.
  public var groupsPartitionCohort: Bool

  /// Creates a cohort definition.
  public init(
    name: String, reading: String, queryFile: String, queryText: String, patients: ReportCount,
    groups: [GroupSize] = [], groupsPartitionCohort: Bool = true
  ) {
    self.name = name
    self.reading = reading
    self.queryFile = queryFile
    self.queryText = queryText
    self.patients = patients
    self.groups = groups
    self.groupsPartitionCohort = groupsPartitionCohort
  }
}

/// The size of one group of the cohort.
public struct GroupSize: Sendable, Hashable {
  /// The group's name.
  public var name: String
  /// Its number of patients.
  public var patients: ReportCount

  /// Creates a group size.
  public init(name: String, patients: ReportCount) {
    self.name = name
    self.patients = patients
  }
}

/// One step of the attrition table.
///
/// `remaining` of a step is `remaining` of the previous step minus `excluded` minus
/// `notAssessed`: patients for whom the criterion could not be evaluated (no panel covering the
/// gene, no stage recorded) leave the cohort too, but are counted apart so the reader sees them.
public struct AttritionRow: Sendable, Hashable {
  /// The criterion in plain language.
  public var step: String
  /// Patients still in the cohort after this step.
  public var remaining: ReportCount
  /// Patients who failed the criterion.
  public var excluded: ReportCount
  /// Patients whose data could not decide the criterion.
  public var notAssessed: ReportCount

  /// Creates a row.
  public init(step: String, remaining: ReportCount, excluded: ReportCount = 0, notAssessed: ReportCount = 0) {
    self.step = step
    self.remaining = remaining
    self.excluded = excluded
    self.notAssessed = notAssessed
  }
}
