/// Turns the IRIs of OWL files into compact ids (CURIEs).
enum CURIE {
  /// Known IRI namespaces that do not follow the OBO `PREFIX_LOCAL` pattern.
  static let namespaces: [(iri: String, prefix: String)] = [
    (XMLNamespace.ncit, "NCIT"),
    ("http://purl.obolibrary.org/obo/NCIT_", "NCIT"),
    ("http://identifiers.org/hgnc/", "HGNC"),
  ]

  /// The CURIE for an IRI: `http://purl.obolibrary.org/obo/SO_0001583` → `SO:0001583`,
  /// `…/Thesaurus.owl#C2926` → `NCIT:C2926`; an IRI that fits no pattern is returned unchanged,
  /// and so is a string that already is a CURIE.
  static func from(iri: String) -> String {
    if !iri.contains("/") { return iri }
    for (namespace, prefix) in namespaces where iri.hasPrefix(namespace) {
      return prefix + ":" + iri.dropFirst(namespace.count)
    }
    // The last fragment or path segment, if it reads PREFIX_LOCAL (OBO Foundry PURLs, EFO, ORDO).
    let utf8 = iri.utf8
    guard let cut = utf8.lastIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "#") })
    else { return iri }
    let tail = iri[iri.index(after: cut)...]
    guard let underscore = tail.firstIndex(of: "_") else { return iri }
    let prefix = tail[..<underscore]
    let local = tail[tail.index(after: underscore)...]
    guard let first = prefix.first, first.isLetter, !local.isEmpty,
      prefix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
    else { return iri }
    return prefix + ":" + local
  }

  /// Resolves an `rdf:about`/`rdf:resource` value against `xml:base` (`#C2926` → base + `#C2926`).
  static func absolute(_ reference: String, base: String?) -> String {
    guard let base, reference.hasPrefix("#") else { return reference }
    return base.hasSuffix("#") ? base + reference.dropFirst() : base + reference
  }
}
