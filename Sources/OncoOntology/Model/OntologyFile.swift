/// The terms read from one ontology file, before they join a ``TermGraph``.
public struct OntologyFile: Sendable, Hashable {
  /// The formats the readers understand.
  public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
    /// OWL in RDF/XML (Sequence Ontology, NCIt, MONDO and other OBO Foundry releases).
    case owl
    /// ClaML, the XML of WHO/BfArM classifications (ICD-10, ICD-O-3, CIM-10).
    case claml
    /// OncoTree's release JSON (nested `children` objects).
    case oncotreeJSON = "oncotree-json"
    /// OncoTree's flat TSV (`code color name mainType UMLS NCI tissue parent`).
    case oncotreeTSV = "oncotree-tsv"
    /// HGNC's gene table (`hgnc_id symbol name … alias_symbol prev_symbol`).
    case hgncTSV = "hgnc-tsv"
  }

  /// The path as the user gave it.
  public var path: String
  /// The format it was read as.
  public var format: Format
  /// The classification or ontology name when the file says (ClaML `Title name`, OWL IRI).
  public var name: String?
  /// The release or version, when the file says.
  public var version: String?
  /// The terms, in file order.
  public var terms: [Term]
  /// Problems that did not stop the reading (a class without a code, an unknown parent).
  public var warnings: [OntologyError]

  /// Creates a file's worth of terms.
  public init(
    path: String, format: Format, name: String? = nil, version: String? = nil,
    terms: [Term] = [], warnings: [OntologyError] = []
  ) {
    self.path = path
    self.format = format
    self.name = name
    self.version = version
    self.terms = terms
    self.warnings = warnings
  }
}
