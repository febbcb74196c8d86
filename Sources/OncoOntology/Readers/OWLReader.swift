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
      base = attributes.value(XMLNamespace.xml, "base")
    case 2:
      startTopLevel(name, attributes: attributes)
    case 3 where inClass:
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
    if depth == 3, let text, inClass {
      apply(text.trimmed, to: property)
    } else if depth == 2 {
      inOntologyHeader = false
      if inClass {
        if !current.synonyms.isEmpty {
          let label = current.label
          current.synonyms.removeAll { $0.text == label }
        }
        terms.append(current)
        inClass = false
      }
    }
  }

  private mutating func startTopLevel(_ name: XMLName, attributes: XMLAttributes) {
    guard name.namespace == XMLNamespace.owl else { return }
    if name.local == "Class" {
      let reference =
        attributes.value(XMLNamespace.rdf, "about")
        ?? attributes.value(XMLNamespace.rdf, "ID").map { "#" + $0 }
      if let reference {
        current = Term(id: CURIE.from(iri: CURIE.absolute(reference, base: base)))
        inClass = true
      }
    } else if name.local == "Ontology" {
      ontologyIRI = attributes.value(XMLNamespace.rdf, "about")
      inOntologyHeader = true
    }
  }

  private mutating func startProperty(_ name: XMLName, attributes: XMLAttributes) -> Bool {
    property = Self.property(name, language: attributes.value(XMLNamespace.xml, "lang"))
    if let resource = attributes.value(XMLNamespace.rdf, "resource") {
      let id = CURIE.from(iri: CURIE.absolute(resource, base: base))
      switch property {
      case .parent: current.parents.append(id)
      case .replacedBy: current.replacedBy.append(id)
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

  /// The role of a property element, from its qualified name.
  ///
  /// Switches on the short local name first: the namespace (a long string) is compared once.
  static func property(_ name: XMLName, language: String?) -> Property {
    let namespace = name.namespace
    switch name.local {
    case "label" where namespace == XMLNamespace.rdfs: return .label(language: language)
    case "prefLabel" where namespace == XMLNamespace.skos: return .label(language: language)
    case "subClassOf" where namespace == XMLNamespace.rdfs: return .parent
    case "hasExactSynonym" where namespace == XMLNamespace.oboInOwl: return .synonym(.exact)
    case "hasRelatedSynonym" where namespace == XMLNamespace.oboInOwl: return .synonym(.related)
    case "hasNarrowSynonym" where namespace == XMLNamespace.oboInOwl: return .synonym(.narrow)
    case "hasBroadSynonym" where namespace == XMLNamespace.oboInOwl: return .synonym(.broad)
    case "id" where namespace == XMLNamespace.oboInOwl: return .oboID
    case "hasAlternativeId" where namespace == XMLNamespace.oboInOwl: return .alternativeID
    case "deprecated" where namespace == XMLNamespace.owl: return .deprecated
    case "IAO_0100001" where namespace == XMLNamespace.obo: return .replacedBy
    case "replacedBy" where namespace == XMLNamespace.oboInOwl: return .replacedBy
    case "hasDbXref" where namespace == XMLNamespace.oboInOwl: return .xref(prefix: nil)
    case "IAO_0000115" where namespace == XMLNamespace.obo: return .definition
    case "definition" where namespace == XMLNamespace.skos: return .definition
    case "P108" where namespace == XMLNamespace.ncit: return .label(language: nil)  // preferred name
    case "P90" where namespace == XMLNamespace.ncit, "P107" where namespace == XMLNamespace.ncit:
      return .synonym(.exact)
    case "P97" where namespace == XMLNamespace.ncit: return .definition
    case "P207" where namespace == XMLNamespace.ncit: return .xref(prefix: "UMLS")
    default: return .ignored
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
