/// One concept of an ontology or classification: an SO consequence, an NCIt neoplasm, an ICD-10
/// category, an OncoTree code, a drug or a gene.
///
/// Terms are identified by a CURIE (`SO:0001583`, `NCIT:C2926`, `ICD10:C34.1`, `ONCOTREE:LUAD`,
/// `HGNC:3430`); parents are the CURIEs of their named `is_a` parents.
public struct Term: Sendable, Hashable, Codable {
  /// The term's CURIE, such as `SO:0001583`.
  public var id: String
  /// The preferred label (English when the source says), or `nil` when the source gives none.
  public var label: String?
  /// Labels in other languages, keyed by language tag (`"fr"` for CIM-10).
  public var localizedLabels: [String: String]
  /// Synonyms with their scope.
  public var synonyms: [Synonym]
  /// The textual definition, if any.
  public var definition: String?
  /// The CURIEs of the named `is_a` parents.
  public var parents: [String]
  /// Cross-references (`NCIT:C3512`, `UMLS:C0152013`, `ONCOTREE:LUAD`).
  public var xrefs: [String]
  /// Other ids that denote this term (OBO alternative ids, OncoTree codes it replaced).
  public var alternativeIds: [String]
  /// `true` for a deprecated (obsolete) term.
  public var isObsolete: Bool
  /// For an obsolete term, the CURIEs of the terms that replace it.
  public var replacedBy: [String]
  /// A source-specific kind: `chapter`/`block`/`category` in ClaML, the main type in OncoTree.
  public var kind: String?

  /// Creates a term; everything but the id is optional.
  public init(
    id: String, label: String? = nil, localizedLabels: [String: String] = [:],
    synonyms: [Synonym] = [], definition: String? = nil, parents: [String] = [],
    xrefs: [String] = [], alternativeIds: [String] = [], isObsolete: Bool = false,
    replacedBy: [String] = [], kind: String? = nil
  ) {
    self.id = id
    self.label = label
    self.localizedLabels = localizedLabels
    self.synonyms = synonyms
    self.definition = definition
    self.parents = parents
    self.xrefs = xrefs
    self.alternativeIds = alternativeIds
    self.isObsolete = isObsolete
    self.replacedBy = replacedBy
    self.kind = kind
  }

  /// The id's prefix (`SO` for `SO:0001583`), or `nil` for an id without one.
  public var prefix: Substring? {
    id.firstIndex(of: ":").map { id[..<$0] }
  }

  /// The id without its prefix (`0001583`, `C34.1`, `LUAD`).
  public var code: Substring {
    id.firstIndex(of: ":").map { id[id.index(after: $0)...] } ?? id[...]
  }
}

/// An alternative name of a term, with how closely it matches.
public struct Synonym: Sendable, Hashable, Codable {
  /// How a synonym relates to the term (OBO's four scopes).
  public enum Scope: String, Sendable, Hashable, Codable {
    /// The same meaning (oboInOwl `hasExactSynonym`, NCIt `P90`, a brand name, a previous symbol).
    case exact
    /// A related meaning.
    case related
    /// A narrower meaning.
    case narrow
    /// A broader meaning.
    case broad
  }

  /// The synonym's text.
  public var text: String
  /// How close the synonym is.
  public var scope: Scope
  /// The language tag, when the source gives one (`fr` for a French name).
  public var language: String?

  /// Creates a synonym.
  public init(_ text: String, scope: Scope = .exact, language: String? = nil) {
    self.text = text
    self.scope = scope
    self.language = language
  }
}
