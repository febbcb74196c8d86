/// A person in a data source, identified by the source's own patient id.
public struct Patient: Sendable, Hashable, Codable {
  /// Administrative sex as the source records it.
  public enum Sex: String, Sendable, Hashable, Codable, CaseIterable {
    case female, male, other, unknown
  }

  /// The source's own identifier; unique within `source` only.
  public var id: String
  public var source: String
  public var sex: Sex
  /// Day of birth on the source's axis, when known (calendar sources usually).
  public var birthDay: Day?
  /// Age in years at the source's reference point when no birth day is given (cBioPortal `AGE`).
  public var ageYears: Double?
  public var deathDay: Day?
  /// The last day the patient was known alive (censoring day for overall survival).
  public var lastContactDay: Day?
  /// Clinical attributes the model has no field for, kept by their source column name.
  public var attributes: [String: String]
  public var location: TextLocation?

  public init(
    id: String, source: String, sex: Sex = .unknown, birthDay: Day? = nil, ageYears: Double? = nil,
    deathDay: Day? = nil, lastContactDay: Day? = nil, attributes: [String: String] = [:],
    location: TextLocation? = nil
  ) {
    self.id = id
    self.source = source
    self.sex = sex
    self.birthDay = birthDay
    self.ageYears = ageYears
    self.deathDay = deathDay
    self.lastContactDay = lastContactDay
    self.attributes = attributes
    self.location = location
  }
}
