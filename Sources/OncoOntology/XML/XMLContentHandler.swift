/// A namespace-qualified XML name, as the streaming parser reports it.
struct XMLName: Hashable, Sendable {
  /// The namespace URI, or an empty string for none.
  var namespace: String
  /// The local part of the name.
  var local: String
}

/// The attributes of the element being started, read in place.
///
/// A value becomes a `String` only when a handler asks for it. Valid only during
/// ``XMLContentHandler/startElement(_:attributes:line:)``.
struct XMLAttributes {
  let names: UnsafeBufferPointer<XMLName>
  let values: UnsafeBufferPointer<(UnsafePointer<UInt8>?, UnsafePointer<UInt8>?)>

  /// The value of the attribute with this namespace and local name, if present.
  func value(_ namespace: String, _ local: String) -> String? {
    for index in names.indices where names[index].local == local && names[index].namespace == namespace {
      return Self.string(values[index].0, values[index].1)
    }
    return nil
  }

  /// An attribute value from libxml2's `[start, end)` pair.
  ///
  /// Without entity substitution libxml2 leaves `&` as the character reference `&#38;` in
  /// attribute values; it is put back here.
  static func string(_ start: UnsafePointer<UInt8>?, _ end: UnsafePointer<UInt8>?) -> String {
    guard let start, let end, end > start else { return "" }
    let bytes = UnsafeBufferPointer(start: start, count: end - start)
    let raw = String(decoding: bytes, as: UTF8.self)
    return bytes.contains(UInt8(ascii: "&")) ? raw.replacing("&#38;", with: "&") : raw
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
  mutating func startElement(_ name: XMLName, attributes: XMLAttributes, line: Int) -> Bool

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
