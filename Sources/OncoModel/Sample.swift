/// A tumour (or normal) specimen that was molecularly tested.
public struct Sample: Sendable, Hashable, Codable {
  /// Where the specimen was taken from.
  public enum SampleType: String, Sendable, Hashable, Codable, CaseIterable {
    case primary, metastasis, recurrence, blood, normal, unknown
  }

  public var id: String
  public var patientID: String
  public var type: SampleType
  /// The assay, for example `targeted-panel`, `WES`, `WGS`, `ctDNA`.
  public var assay: String?
  /// The gene panel id, which tells which genes were assessed.
  public var panel: String?
  /// Day the specimen was collected, or the report day when collection is unknown.
  public var collectionDay: Day?
  public var location: TextLocation?

  public init(
    id: String, patientID: String, type: SampleType = .unknown, assay: String? = nil,
    panel: String? = nil, collectionDay: Day? = nil, location: TextLocation? = nil
  ) {
    self.id = id
    self.patientID = patientID
    self.type = type
    self.assay = assay
    self.panel = panel
    self.collectionDay = collectionDay
    self.location = location
  }
}
