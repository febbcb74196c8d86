/// Reads OWL in RDF/XML, as published by the Sequence Ontology, NCIt, MONDO and other OBO Foundry
/// ontologies, into ``Term`` values.
///
/// What is read from each top-level `owl:Class` (`rdf:about` or `rdf:ID`):
/// `rdfs:label` (English or untagged; other languages go to ``Term/localizedLabels``), named
/// `rdfs:subClassOf` parents (restrictions and anonymous classes are skipped), the four
/// `oboInOwl` synonym scopes, NCIt's `P90` (full synonym), `P108` (preferred name) and `P107`
/// (display name), `oboInOwl:id`, `oboInOwl:hasAlternativeId`, `owl:deprecated`,
/// `IAO:0100001` (term replaced by), `oboInOwl:hasDbXref`, and definitions (`IAO:0000115`,
/// `skos:definition`, NCIt `P97`). `owl:Axiom`, properties and individuals are ignored.
public enum OWLReader {
  /// Reads the OWL RDF/XML file at `path`.
  ///
  /// - Throws: ``OntologyError`` for a missing file, malformed XML (with line and column) or a
  ///   refused entity declaration.
  /// - Complexity: O(file size) time; memory proportional to the terms, never to the file.
  public static func read(path: String) throws -> OntologyFile {
    let handler = try XMLStreamParser.parse(path: path, handler: OWLHandler(path: path))
    var file = OntologyFile(path: path, format: .owl, name: handler.ontologyIRI)
    file.version = handler.versionIRI
    file.terms = handler.terms
    return file
  }
}

/// The SAX state machine behind ``OWLReader``.
struct OWLHandler: XMLContentHandler {
  static let vocabulary = OWLName.spellings

  /// What a property element of a class contributes.
  enum Property {
    case label(language: String?)
    case parent
    case synonym(Synonym.Scope)
    case oboID
    case alternativeID
    case deprecated
    case replacedBy
    case xref(prefix: String?)
    case definition
    case ignored
  }

  let path: String
  var base: String?
  var ontologyIRI: String?
  var versionIRI: String?
  var terms: [Term] = []

  private var depth = 0
  private var inOntologyHeader = false
  /// The class being read; meaningful only while `inClass`.
  private var current = Term(id: "")
  private var inClass = false
  private var property: Property = .ignored

  init(path: String) {
    self.path = path
  }

  mutating func startElement(_ name: XMLName, attributes: XMLAttributes, line: Int) -> Bool {
    depth += 1
    switch depth {
    case 1:
      base = attributes.value(OWLName.xml, .base)
    case 2:
      startTopLevel(name, attributes: attributes)
    case 3 where inClass:
      return startProperty(name, attributes: attributes)
    case 3 where inOntologyHeader && name.local == OWLName.versionIRI.rawValue:
      versionIRI = attributes.value(OWLName.rdf, .resource)
    default:
      break
    }
    return false
  }

  mutating func endElement(_ name: XMLName, text: String?) {
    defer { depth -= 1 }
    if depth == 3, let text, inClass {
      apply(text.trimmed, to: property)
    } else if depth == 2 {
      inOntologyHeader = false
      if inClass {
        if !current.synonyms.isEmpty {
          let label = current.label
          current.synonyms.removeAll { $0.text == label }
        }
        // Moved out, not copied: a copy would retain every field of the term once more.
        var finished = Term(id: "")
        swap(&finished, &current)
        terms.append(finished)
        inClass = false
      }
    }
  }

  private mutating func startTopLevel(_ name: XMLName, attributes: XMLAttributes) {
    guard name.namespace == OWLName.owl.rawValue else { return }
    if name.local == OWLName.classElement.rawValue {
      if let about = attributes.bytes(OWLName.rdf, .about) {
        current = Term(id: curie(about))
        inClass = true
      } else if let local = attributes.value(OWLName.rdf, .rdfID) {
        current = Term(id: CURIE.from(iri: CURIE.absolute("#" + local, base: base)))
        inClass = true
      }
    } else if name.local == OWLName.ontology.rawValue {
      ontologyIRI = attributes.value(OWLName.rdf, .about)
      inOntologyHeader = true
    }
  }

  /// The CURIE of an `rdf:about`/`rdf:resource` value, made from its bytes when it needs neither
  /// `xml:base` nor the `&#38;` repair (the usual case).
  private func curie(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if let first = bytes.first, first != UInt8(ascii: "#"), !bytes.contains(UInt8(ascii: "&")) {
      return CURIE.from(utf8: bytes)
    }
    return CURIE.from(iri: CURIE.absolute(XMLAttributes.string(bytes), base: base))
  }

  private mutating func startProperty(_ name: XMLName, attributes: XMLAttributes) -> Bool {
    property = Self.property(name, language: { attributes.value(OWLName.xml, .lang) })
    if let resource = attributes.bytes(OWLName.rdf, .resource) {
      switch property {
      case .parent: current.parents.append(curie(resource))
      case .replacedBy: current.replacedBy.append(curie(resource))
      default: break
      }
      return false
    }
    switch property {
    case .parent, .ignored: return false  // a restriction or anonymous class is skipped
    default: return true
    }
  }

  private mutating func apply(_ value: String, to property: Property) {
    guard !value.isEmpty else { return }
    switch property {
    case .label(let language?) where !language.hasPrefix("en"):
      current.localizedLabels[language] = value
    case .label:
      if current.label == nil { current.label = value }
    case .synonym(let scope):
      if !current.synonyms.contains(where: { $0.text == value }) {
        current.synonyms.append(Synonym(value, scope: scope))
      }
    case .oboID:
      if value != current.id { current.alternativeIds.append(value) }
    case .alternativeID:
      current.alternativeIds.append(value)
    case .deprecated:
      current.isObsolete = value == "true" || value == "1"
    case .replacedBy:
      current.replacedBy.append(CURIE.from(iri: value))
    case .xref(let prefix):
      current.xrefs.append(prefix.map { $0 + ":" + value } ?? value)
    case .definition:
      if current.definition == nil { current.definition = value }
    case .parent, .ignored:
      break
    }
  }

  /// The role of a property element, from its qualified name; `language` is read only for a label.
  ///
  /// Compares symbols only: the names were resolved once, when libxml2 first met them.
  static func property(_ name: XMLName, language: () -> String?) -> Property {
    guard let local = OWLName(rawValue: name.local), let namespace = OWLName(rawValue: name.namespace)
    else { return .ignored }
    switch (namespace, local) {
    case (.rdfs, .label), (.skos, .prefLabel): return .label(language: language())
    case (.rdfs, .subClassOf): return .parent
    case (.oboInOwl, .hasExactSynonym): return .synonym(.exact)
    case (.oboInOwl, .hasRelatedSynonym): return .synonym(.related)
    case (.oboInOwl, .hasNarrowSynonym): return .synonym(.narrow)
    case (.oboInOwl, .hasBroadSynonym): return .synonym(.broad)
    case (.oboInOwl, .id): return .oboID
    case (.oboInOwl, .hasAlternativeId): return .alternativeID
    case (.owl, .deprecated): return .deprecated
    case (.obo, .iao0100001), (.oboInOwl, .replacedBy): return .replacedBy
    case (.oboInOwl, .hasDbXref): return .xref(prefix: nil)
    case (.obo, .iao0000115), (.skos, .definition): return .definition
    case (.ncit, .p108): return .label(language: nil)  // preferred name
    case (.ncit, .p90), (.ncit, .p107): return .synonym(.exact)
    case (.ncit, .p97): return .definition
    case (.ncit, .p207): return .xref(prefix: "UMLS")
    default: return .ignored
    }
  }
}

/// The namespaces, elements and attributes ``OWLHandler`` looks for.
enum OWLName: Int32, XMLVocabulary {
  case rdf, rdfs, owl, oboInOwl, obo, xml, ncit, skos
  case classElement, ontology, versionIRI, about, rdfID, resource, base, lang, label, prefLabel
  case subClassOf, hasExactSynonym, hasRelatedSynonym, hasNarrowSynonym, hasBroadSynonym, id
  case hasAlternativeId, deprecated, iao0100001, replacedBy, hasDbXref, iao0000115, definition
  case p108, p90, p107, p97, p207

  static let spellings = allCases.map(\.spelling)

  /// The namespace URI or the local name the case stands for.
  var spelling: String {
    switch self {
    case .rdf: XMLNamespace.rdf
    case .rdfs: XMLNamespace.rdfs
    case .owl: XMLNamespace.owl
    case .oboInOwl: XMLNamespace.oboInOwl
    case .obo: XMLNamespace.obo
    case .xml: XMLNamespace.xml
    case .ncit: XMLNamespace.ncit
    case .skos: XMLNamespace.skos
    case .classElement: "Class"
    case .ontology: "Ontology"
    case .versionIRI: "versionIRI"
    case .about: "about"
    case .rdfID: "ID"
    case .resource: "resource"
    case .base: "base"
    case .lang: "lang"
    case .label: "label"
    case .prefLabel: "prefLabel"
    case .subClassOf: "subClassOf"
    case .hasExactSynonym: "hasExactSynonym"
    case .hasRelatedSynonym: "hasRelatedSynonym"
    case .hasNarrowSynonym: "hasNarrowSynonym"
    case .hasBroadSynonym: "hasBroadSynonym"
    case .id: "id"
    case .hasAlternativeId: "hasAlternativeId"
    case .deprecated: "deprecated"
    case .iao0100001: "IAO_0100001"
    case .replacedBy: "replacedBy"
    case .hasDbXref: "hasDbXref"
    case .iao0000115: "IAO_0000115"
    case .definition: "definition"
    case .p108: "P108"
    case .p90: "P90"
    case .p107: "P107"
    case .p97: "P97"
    case .p207: "P207"
    }
  }
}

extension String {
  /// The string without leading and trailing white space (no Foundation needed).
  var trimmed: String {
    // Fast path: most values have no surrounding white space.
    if let first = utf8.first, let last = utf8.last, first > 0x20, last > 0x20 { return self }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
    return String(scalars[first...last])
  }
}
