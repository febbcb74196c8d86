/// Turns the IRIs of OWL files into compact ids (CURIEs).
enum CURIE {
  /// Known IRI namespaces that do not follow the OBO `PREFIX_LOCAL` pattern.
  static let namespaces: [(iri: String, prefix: String)] = [
    (XMLNamespace.ncit, "NCIT"),
    ("http://purl.obolibrary.org/obo/NCIT_", "NCIT"),
    ("http://identifiers.org/hgnc/", "HGNC"),
    ("http://purl.bioontology.org/ontology/ATC/", "ATC"),
    ("urn:oncocohort:drug:", "ONCODRUG"),
  ]

  /// The CURIE for an IRI: `http://purl.obolibrary.org/obo/SO_0001583` → `SO:0001583`,
  /// `…/Thesaurus.owl#C2926` → `NCIT:C2926`, `…/ontology/ATC/L01EB04` → `ATC:L01EB04`; an IRI that fits no pattern is returned unchanged,
  /// and so is a string that already is a CURIE.
  static func from(iri: String) -> String {
    let utf8 = iri.utf8
    for (namespace, prefix) in namespaces where hasBytePrefix(iri, namespace) {
      return prefix + ":" + Substring(utf8.dropFirst(namespace.utf8.count))
    }
    guard utf8.contains(UInt8(ascii: "/")) else { return iri }
    // The last fragment or path segment, if it reads PREFIX_LOCAL (OBO Foundry PURLs, EFO, ORDO).
    guard let cut = utf8.lastIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "#") })
    else { return iri }
    let tail = utf8[utf8.index(after: cut)...]
    guard let underscore = tail.firstIndex(of: UInt8(ascii: "_")), underscore != tail.startIndex,
      utf8.index(after: underscore) != tail.endIndex,
      let first = tail.first, Self.isLetter(first),
      tail[..<underscore].allSatisfy({ Self.isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) })
    else { return iri }
    var result = String(Substring(tail[..<underscore]))
    result.append(":")
    result.append(contentsOf: Substring(tail[utf8.index(after: underscore)...]))
    return result
  }

  /// Whether `string` starts with `prefix`, compared byte by byte (`hasPrefix` compares
  /// Unicode-aware, which IRIs never need, and is much slower).
  private static func hasBytePrefix(_ string: String, _ prefix: String) -> Bool {
    let result = string.utf8.withContiguousStorageIfAvailable { text in
      prefix.utf8.withContiguousStorageIfAvailable { head in
        guard text.count >= head.count else { return false }
        for index in 0..<head.count where text[index] != head[index] { return false }
        return true
      }
    }
    return (result ?? nil) ?? string.hasPrefix(prefix)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  /// Resolves an `rdf:about`/`rdf:resource` value against `xml:base` (`#C2926` → base + `#C2926`).
  static func absolute(_ reference: String, base: String?) -> String {
    guard let base, reference.hasPrefix("#") else { return reference }
    return base.hasSuffix("#") ? base + reference.dropFirst() : base + reference
  }
}
