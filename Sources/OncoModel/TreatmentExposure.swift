/// A period during which a patient received one drug (or one radiotherapy or surgery).
public struct TreatmentExposure: Sendable, Hashable, Codable {
  /// The broad kind of treatment.
  public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
    case systemic, radiotherapy, surgery, other
  }

  public var patientID: String
  /// The drug (or procedure) as the source named it: brand or generic, any case.
  public var agent: String
  /// The harmonised drug concept (a CURIE), once mapped.
  public var concept: String?
  public var modality: Modality
  public var startDay: Day
  /// Last day of exposure (stop or last administration); `nil` when still ongoing or unknown.
  public var endDay: Day?
  public var location: TextLocation?

  public init(
    patientID: String, agent: String, concept: String? = nil, modality: Modality = .systemic,
    startDay: Day, endDay: Day? = nil, location: TextLocation? = nil
  ) {
    self.patientID = patientID
    self.agent = agent
    self.concept = concept
    self.modality = modality
    self.startDay = startDay
    self.endDay = endDay
    self.location = location
  }
}
