/// A cancer diagnosis of a patient, coded in one or more vocabularies.
public struct Diagnosis: Sendable, Hashable, Codable {
  public var patientID: String
  /// Concept codes as CURIEs (`NCIT:C3512`, `ICD10:C34.1`, `ONCOTREE:LUAD`).
  public var codes: [String]
  /// The text the source gave, kept for display and for later re-coding.
  public var label: String?
  public var day: Day?
  /// Stage as recorded (`IV`, `IIIB`, `T2N1M0`); harmonisation happens downstream.
  public var stage: String?
  /// Day the disease was first known to be advanced or metastatic, when the source says.
  public var advancedDay: Day?
  public var location: TextLocation?

  public init(
    patientID: String, codes: [String] = [], label: String? = nil, day: Day? = nil,
    stage: String? = nil, advancedDay: Day? = nil, location: TextLocation? = nil
  ) {
    self.patientID = patientID
    self.codes = codes
    self.label = label
    self.day = day
    self.stage = stage
    self.advancedDay = advancedDay
    self.location = location
  }
}
