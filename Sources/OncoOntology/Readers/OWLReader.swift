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
  private var current: Term?
  private var property: Property = .ignored

  init(path: String) {
    self.path = path
  }

  mutating func startElement(_ name: XMLName, attributes: [XMLAttribute], line: Int) -> Bool {
    depth += 1
    switch depth {
    case 1:
      base = attributes.value(XMLNamespace.xml, "base")
    case 2:
      startTopLevel(name, attributes: attributes)
    case 3 where current != nil:
      return startProperty(name, attributes: attributes)
    case 3 where inOntologyHeader && name.local == "versionIRI":
      versionIRI = attributes.value(XMLNamespace.rdf, "resource")
    default:
      break
    }
    return false
  }

  mutating func endElement(_ name: XMLName, text: String?) {
    defer { depth -= 1 }
    if depth == 3, let text, current != nil {
      apply(text.trimmed, to: property)
    } else if depth == 2 {
      inOntologyHeader = false
      if var term = current {
        term.synonyms.removeAll { $0.text == term.label }
        terms.append(term)
        current = nil
      }
    }
  }

  private mutating func startTopLevel(_ name: XMLName, attributes: [XMLAttribute]) {
    guard name.namespace == XMLNamespace.owl else { return }
    if name.local == "Class" {
      let reference =
        attributes.value(XMLNamespace.rdf, "about")
        ?? attributes.value(XMLNamespace.rdf, "ID").map { "#" + $0 }
      if let reference {
        current = Term(id: CURIE.from(iri: CURIE.absolute(reference, base: base)))
      }
    } else if name.local == "Ontology" {
      ontologyIRI = attributes.value(XMLNamespace.rdf, "about")
      inOntologyHeader = true
    }
  }

  private mutating func startProperty(_ name: XMLName, attributes: [XMLAttribute]) -> Bool {
    property = Self.property(name, language: attributes.value(XMLNamespace.xml, "lang"))
    if let resource = attributes.value(XMLNamespace.rdf, "resource") {
      let id = CURIE.from(iri: CURIE.absolute(resource, base: base))
      switch property {
      case .parent: current?.parents.append(id)
      case .replacedBy: current?.replacedBy.append(id)
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
      current?.localizedLabels[language] = value
    case .label:
      if current?.label == nil { current?.label = value }
    case .synonym(let scope):
      if current?.synonyms.contains(where: { $0.text == value }) == false {
        current?.synonyms.append(Synonym(value, scope: scope))
      }
    case .oboID:
      if value != current?.id { current?.alternativeIds.append(value) }
    case .alternativeID:
      current?.alternativeIds.append(value)
    case .deprecated:
      current?.isObsolete = value == "true" || value == "1"
    case .replacedBy:
      current?.replacedBy.append(CURIE.from(iri: value))
    case .xref(let prefix):
      current?.xrefs.append(prefix.map { $0 + ":" + value } ?? value)
    case .definition:
      if current?.definition == nil { current?.definition = value }
    case .parent, .ignored:
      break
    }
  }

  /// The role of a property element, from its qualified name.
  static func property(_ name: XMLName, language: String?) -> Property {
    switch (name.namespace, name.local) {
    case (XMLNamespace.rdfs, "label"), (XMLNamespace.skos, "prefLabel"): .label(language: language)
    case (XMLNamespace.rdfs, "subClassOf"): .parent
    case (XMLNamespace.oboInOwl, "hasExactSynonym"): .synonym(.exact)
    case (XMLNamespace.oboInOwl, "hasRelatedSynonym"): .synonym(.related)
    case (XMLNamespace.oboInOwl, "hasNarrowSynonym"): .synonym(.narrow)
    case (XMLNamespace.oboInOwl, "hasBroadSynonym"): .synonym(.broad)
    case (XMLNamespace.oboInOwl, "id"): .oboID
    case (XMLNamespace.oboInOwl, "hasAlternativeId"): .alternativeID
    case (XMLNamespace.owl, "deprecated"): .deprecated
    case (XMLNamespace.obo, "IAO_0100001"), (XMLNamespace.oboInOwl, "replacedBy"): .replacedBy
    case (XMLNamespace.oboInOwl, "hasDbXref"): .xref(prefix: nil)
    case (XMLNamespace.obo, "IAO_0000115"), (XMLNamespace.skos, "definition"): .definition
    case (XMLNamespace.ncit, "P108"): .label(language: nil)  // NCIt's preferred name
    case (XMLNamespace.ncit, "P90"), (XMLNamespace.ncit, "P107"): .synonym(.exact)
    case (XMLNamespace.ncit, "P97"): .definition
    case (XMLNamespace.ncit, "P207"): .xref(prefix: "UMLS")
    default: .ignored
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
