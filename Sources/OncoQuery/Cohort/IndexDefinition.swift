/// The day each patient's follow-up starts (`index:`); a patient without it is excluded
/// at the index step of the attrition table.
public enum IndexDefinition: Sendable, Hashable {
  /// The day of the (first matching) diagnosis (default).
  case diagnosis
  /// The day the disease was known advanced or metastatic.
  case advancedDiagnosis
  /// The collection day of the first selected molecular report.
  case firstMolecularReport
  /// The start of line of therapy N (needs the care-pathway module; `line_start: 2`).
  case lineStart(Int)
  /// The first exposure to one of these drug concepts or a descendant (`first_exposure:`).
  case firstExposure(concepts: [String])
}

/// How a cohort is split for comparison (`groups:`).
public enum Grouping: Sendable, Hashable {
  /// Named expressions, in file order; `overlapAllowed` lets a patient be in several.
  case expressions([NamedGroup], overlapAllowed: Bool)
  /// By the patient's source name.
  case bySource
  /// By the patient's source origin (public/private).
  case byOrigin
  /// By a clinical attribute's value (`by: smoking_status`), or a patient column (`sex`, `stage`).
  case byAttribute(String)
}

/// A named group of a query: an alteration expression (`{name: "STK11 co-mutated", where: "STK11: MUT"}`).
public struct NamedGroup: Sendable, Hashable {
  /// The group's name as the report shows it.
  public var name: String
  /// Patients for whom it is altered belong to the group.
  public var expression: AlterationExpression

  /// Creates a group.
  public init(name: String, expression: AlterationExpression) {
    self.name = name
    self.expression = expression
  }
}
