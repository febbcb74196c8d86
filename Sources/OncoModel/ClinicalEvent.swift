/// A dated event of a patient's history that outcomes are built from.
public struct ClinicalEvent: Sendable, Hashable, Codable {
  /// What happened.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case progression, recurrence, response, death
    case lastContact = "last_contact"
    case specimen, other
  }

  public var patientID: String
  public var kind: Kind
  public var day: Day
  /// Free detail (response category, cause of death, imaging modality …).
  public var detail: String?
  public var location: TextLocation?

  public init(
    patientID: String, kind: Kind, day: Day, detail: String? = nil, location: TextLocation? = nil
  ) {
    self.patientID = patientID
    self.kind = kind
    self.day = day
    self.detail = detail
    self.location = location
  }
}
