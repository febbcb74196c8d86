/// The `pathways` document of `oncocohort describe`: the cohort's descriptors, then each group's.
///
/// JSON: the cohort's ``PathwayDescriptors`` keys at the top level (`patients`, `treated`,
/// `lines`, `sequences`, `time_to_first_treatment`, …) and `groups: [{"name", …same keys}]`.
public struct PathwayReport: Sendable, Hashable, Encodable {
  /// One group's descriptors.
  public struct Group: Sendable, Hashable, Encodable {
    /// The group's name, as the query defines it.
    public var name: String
    /// Its descriptors.
    public var descriptors: PathwayDescriptors

    enum CodingKeys: String, CodingKey { case name }

    /// Encodes `name` followed by the descriptors' keys.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(name, forKey: .name)
      try descriptors.encode(to: encoder)
    }
  }

  /// The descriptors of the whole cohort.
  public var cohort: PathwayDescriptors
  /// The descriptors of each group, by name; empty when the query defines no groups.
  public var groups: [Group]

  enum CodingKeys: String, CodingKey { case groups }

  /// Encodes the cohort's keys, then `groups`.
  public func encode(to encoder: Encoder) throws {
    try cohort.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(groups, forKey: .groups)
  }
}
