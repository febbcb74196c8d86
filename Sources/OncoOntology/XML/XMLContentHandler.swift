/// A namespace-qualified XML name, as the streaming parser reports it.
struct XMLName: Hashable, Sendable {
  /// The namespace URI, or an empty string for none.
  var namespace: String
  /// The local part of the name.
  var local: String
}

/// One attribute of an element.
struct XMLAttribute: Sendable {
  /// The attribute's qualified name.
  var name: XMLName
  /// The attribute's value, character references resolved.
  var value: String
}

extension [XMLAttribute] {
  /// The value of the attribute with this namespace and local name, if present.
  func value(_ namespace: String, _ local: String) -> String? {
    first { $0.name.local == local && $0.name.namespace == namespace }?.value
  }
}

/// Receives the events of a streamed XML document, one element at a time.
///
/// Handlers are plain values: the parser owns one while it reads, and hands it back when the
/// document ends. They never see libxml2 types.
protocol XMLContentHandler {
  /// Called at an element's start tag, with the 1-based line of the tag.
  ///
  /// - Returns: `true` to have the element's text (its descendants' text included) passed to
  ///   ``endElement(_:text:)``.
  mutating func startElement(_ name: XMLName, attributes: [XMLAttribute], line: Int) -> Bool

  /// Called at an element's end tag; `text` is set when the start asked for it.
  mutating func endElement(_ name: XMLName, text: String?)
}

/// The namespaces the ontology readers look for.
enum XMLNamespace {
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  static let owl = "http://www.w3.org/2002/07/owl#"
  static let oboInOwl = "http://www.geneontology.org/formats/oboInOwl#"
  static let obo = "http://purl.obolibrary.org/obo/"
  static let xml = "http://www.w3.org/XML/1998/namespace"
  static let ncit = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl#"
  static let skos = "http://www.w3.org/2004/02/skos/core#"
}
