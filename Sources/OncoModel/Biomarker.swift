/// A sample-level molecular measure that is not an alteration of one gene (TMB, MSI, PD-L1, …).
public struct Biomarker: Sendable, Hashable, Codable {
  /// The measure, by its usual short name (`TMB`, `MSI`, `PD-L1 TPS`, `HRD`).
  public var name: String
  public var sampleID: String
  /// The numeric value, when the measure is numeric (TMB in mutations/Mb, MSI score).
  public var value: Double?
  /// The categorical value, when the measure is categorical (`MSI-H`, `MSS`).
  public var category: String?
  public var unit: String?
  public var location: TextLocation?

  public init(
    name: String, sampleID: String, value: Double? = nil, category: String? = nil,
    unit: String? = nil, location: TextLocation? = nil
  ) {
    self.name = name
    self.sampleID = sampleID
    self.value = value
    self.category = category
    self.unit = unit
    self.location = location
  }
}
