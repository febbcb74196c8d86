/// A built cohort: its patients and the attrition table that led to them.
public struct Cohort: Sendable, Hashable {
  /// The query's name.
  public var name: String
  /// One row per step, in order: the starting population first.
  public var attrition: [AttritionStep]
  /// The patients kept, ordered by source name then patient id.
  public var patients: [CohortPatient]

  /// Creates a cohort.
  public init(name: String, attrition: [AttritionStep], patients: [CohortPatient]) {
    self.name = name
    self.attrition = attrition
    self.patients = patients
  }
}

/// One row of the attrition table.
///
/// `excluded` counts every patient the step removed, `notAssessed` the part of them removed
/// because the step could not be decided (a gene no selected sample covered, an unknown age);
/// the previous row's `remaining` is this row's `remaining + excluded`.
public struct AttritionStep: Sendable, Hashable {
  /// The step's label (the criterion's, or `patients in the warehouse`).
  public var label: String
  /// Patients left after the step.
  public var remaining: Int
  /// Patients the step removed.
  public var excluded: Int
  /// Of those removed, the ones not assessed.
  public var notAssessed: Int

  /// Creates a row.
  public init(label: String, remaining: Int, excluded: Int, notAssessed: Int) {
    self.label = label
    self.remaining = remaining
    self.excluded = excluded
    self.notAssessed = notAssessed
  }
}

/// A patient of a built cohort.
public struct CohortPatient: Sendable, Hashable {
  /// The warehouse key (`patients.id`), local to this warehouse.
  public var key: Int64
  /// The source's patient identifier.
  public var id: String
  /// The source's name.
  public var source: String
  /// The index day on the source's axis, or `nil` when the query's index is not required.
  public var indexDay: Int?
  /// The groups the patient belongs to, in query order; empty when in no group.
  public var groups: [String]
  /// The source identifiers of the selected samples, in collection order.
  public var sampleIDs: [String]
  /// Whether a selected sample declared no known gene panel, so that every gene was taken
  /// as covered.
  public var coverageAssumed: Bool

  /// Creates a patient row.
  public init(
    key: Int64, id: String, source: String, indexDay: Int?, groups: [String], sampleIDs: [String],
    coverageAssumed: Bool
  ) {
    self.key = key
    self.id = id
    self.source = source
    self.indexDay = indexDay
    self.groups = groups
    self.sampleIDs = sampleIDs
    self.coverageAssumed = coverageAssumed
  }
}
