/// A gene panel: which genes an assay assessed, so that "not mutated" can be told from "not tested".
public struct GenePanel: Sendable, Hashable, Codable {
  /// The panel id that samples refer to (cBioPortal `stable_id`, for example `IMPACT468`).
  public var id: String
  public var description: String?
  /// HUGO symbols of the genes the panel covers.
  public var genes: [String]
  public var location: TextLocation?

  public init(id: String, description: String? = nil, genes: [String], location: TextLocation? = nil) {
    self.id = id
    self.description = description
    self.genes = genes
    self.location = location
  }
}
