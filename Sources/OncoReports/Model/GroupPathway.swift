/// The care pathway of one group of the query (issue 6: descriptors "of a cohort and of each
/// group"), beside the whole cohort's ``ReportDocument/pathway``.
public struct GroupPathway: Sendable, Hashable {
  /// The group's name, as in ``CohortDefinition/groups``.
  public var name: String
  /// Its lines, regimens, sequences and times, computed on its members only.
  public var pathway: CarePathway

  /// Creates a group's pathway.
  public init(name: String, pathway: CarePathway) {
    self.name = name
    self.pathway = pathway
  }
}
