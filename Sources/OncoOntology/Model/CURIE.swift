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
    var iri = iri
    return iri.withUTF8 { from(utf8: $0) }
  }

  /// The CURIE for an IRI given as UTF-8 bytes (see ``from(iri:)``).
  ///
  /// Works on the bytes and allocates only the result: the OWL reader calls it for every
  /// class and every named parent, straight on libxml2's attribute bytes.
  static func from(utf8 text: UnsafeBufferPointer<UInt8>) -> String {
    for (namespace, prefix) in namespaceBytes where text.starts(with: namespace) {
      let rest = text.count - namespace.count
      return String(unsafeUninitializedCapacity: prefix.count + 1 + rest) { output in
        _ = output.initialize(from: prefix)
        output[prefix.count] = UInt8(ascii: ":")
        for index in 0..<rest { output[prefix.count + 1 + index] = text[namespace.count + index] }
        return prefix.count + 1 + rest
      }
    }
    let unchanged = { String(decoding: text, as: UTF8.self) }
    guard text.contains(UInt8(ascii: "/")),
      let cut = text.lastIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "#") })
    else { return unchanged() }
    // The last fragment or path segment, if it reads PREFIX_LOCAL (OBO Foundry PURLs, EFO, ORDO).
    let tail = UnsafeBufferPointer(rebasing: text[(cut + 1)...])
    guard let underscore = tail.firstIndex(of: UInt8(ascii: "_")), underscore != 0,
      underscore + 1 != tail.count, Self.isLetter(tail[0]),
      tail[..<underscore].allSatisfy({ Self.isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) })
    else { return unchanged() }
    // PREFIX_LOCAL → PREFIX:LOCAL is the tail with its first underscore replaced.
    return String(unsafeUninitializedCapacity: tail.count) { output in
      _ = output.initialize(from: tail)
      output[underscore] = UInt8(ascii: ":")
      return tail.count
    }
  }

  /// ``namespaces`` as bytes, compared with the IRI's bytes without any Unicode processing.
  private static let namespaceBytes: [(iri: [UInt8], prefix: [UInt8])] = namespaces.map {
    (Array($0.iri.utf8), Array($0.prefix.utf8))
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
