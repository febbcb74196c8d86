/// A namespace-qualified XML name, as the streaming parser reports it: two small integers.
///
/// Each part is the index of its spelling in the handler's ``XMLContentHandler/vocabulary``,
/// or ``XMLName/unknown`` for a spelling the handler did not list. libxml2 interns names, so the
/// parser resolves each distinct name once; an element then costs no string work at all.
struct XMLName: Hashable, Sendable {
  /// The symbol of a spelling that is not in the handler's vocabulary.
  static let unknown: Int32 = -1

  /// The namespace URI's symbol (the empty string, for no namespace, is a spelling like any other).
  var namespace: Int32
  /// The local part's symbol.
  var local: Int32
}

/// A handler's list of the names it looks for; a case's raw value is its symbol.
///
/// Cases are declared in the order of ``spellings``, so `Self(rawValue: symbol)` turns a
/// symbol back into a case without any string comparison.
protocol XMLVocabulary: RawRepresentable<Int32>, CaseIterable {
  /// The spelling of every case, in declaration order (namespace URIs and local names alike).
  static var spellings: [String] { get }
}

/// The attributes of the element being started, read in place.
///
/// A value becomes a `String` only when a handler asks for it. Valid only during
/// ``XMLContentHandler/startElement(_:attributes:line:)``.
struct XMLAttributes {
  let names: UnsafeBufferPointer<XMLName>
  let values: UnsafeBufferPointer<(UnsafePointer<UInt8>?, UnsafePointer<UInt8>?)>

  /// The raw bytes of the attribute with this namespace and local symbol, if present.
  ///
  /// Without entity substitution an `&` stays written as `&#38;` in these bytes; ``value(_:_:)``
  /// puts it back.
  func bytes<V: XMLVocabulary>(_ namespace: V, _ local: V) -> UnsafeBufferPointer<UInt8>? {
    for index in names.indices
    where names[index].local == local.rawValue && names[index].namespace == namespace.rawValue {
      guard let start = values[index].0, let end = values[index].1, end > start else {
        return UnsafeBufferPointer(start: nil, count: 0)
      }
      return UnsafeBufferPointer(start: start, count: end - start)
    }
    return nil
  }

  /// The value of the attribute with this namespace and local symbol, if present.
  func value<V: XMLVocabulary>(_ namespace: V, _ local: V) -> String? {
    bytes(namespace, local).map(Self.string)
  }

  /// An attribute value from its raw bytes.
  ///
  /// Without entity substitution libxml2 leaves `&` as the character reference `&#38;` in
  /// attribute values; it is put back here.
  static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let raw = String(decoding: bytes, as: UTF8.self)
    return bytes.contains(UInt8(ascii: "&")) ? raw.replacing("&#38;", with: "&") : raw
  }
}

/// Receives the events of a streamed XML document, one element at a time.
///
/// Handlers are plain values: the parser owns one while it reads, and hands it back when the
/// document ends. They never see libxml2 types.
protocol XMLContentHandler {
  /// The spellings the handler's names are resolved against (its ``XMLVocabulary``'s).
  static var vocabulary: [String] { get }

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
