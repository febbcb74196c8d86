/// Reads ClaML, the XML of WHO/BfArM classifications (ICD-10, ICD-O-3, the French CIM-10), into
/// ``Term`` values.
///
/// A class is addressed as `PREFIX:code`, the prefix taken from the classification's
/// `Title name` with its punctuation removed (`ICD-10` → `ICD10:C34.1`). Read: `Class`,
/// `Modifier` and `ModifierClass` (a modifier class is `PREFIX:modifier/code`, child of its
/// modifier), `SuperClass` and `SubClass` (a poly-hierarchy declared on one side only is
/// completed from the other), `Rubric kind="preferred"` labels by `xml:lang` (English or untagged
/// first, others as localized labels), `preferredLong` (exact synonym), `inclusion` (narrow
/// synonym), `definition`, and the class kinds (ClaML 2's `ClassKind` or the older `Kind`).
public enum ClaMLReader {
  /// Reads the ClaML file at `path`.
  ///
  /// - Parameter prefix: the CURIE prefix to use instead of the one from `Title name`.
  /// - Throws: ``OntologyError`` for a missing file, malformed XML or a refused entity. A remote
  ///   or missing DTD in the DOCTYPE is never fetched.
  public static func read(path: String, prefix: String? = nil) throws -> OntologyFile {
    let handler = try XMLStreamParser.parse(path: path, handler: ClaMLHandler(path: path))
    let resolvedPrefix = prefix ?? handler.title.map(Self.prefix(fromTitle:)) ?? "CLAML"
    var terms = handler.classes.map { $0.term(prefix: resolvedPrefix) }
    // Union the two sides of the hierarchy: a SubClass link implies the SuperClass link.
    var position: [String: Int] = [:]
    for (index, term) in terms.enumerated() { position[term.id] = index }
    for (parent, child) in handler.subClassLinks {
      let childId = resolvedPrefix + ":" + child
      let parentId = resolvedPrefix + ":" + parent
      if let index = position[childId], !terms[index].parents.contains(parentId) {
        terms[index].parents.append(parentId)
      }
    }
    return OntologyFile(
      path: path, format: .claml, name: handler.title, version: handler.version, terms: terms,
      warnings: handler.warnings)
  }

  /// The CURIE prefix for a classification title: letters, digits and `_` kept (`ICD-10` → `ICD10`).
  static func prefix(fromTitle title: String) -> String {
    let kept = title.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    return kept.isEmpty ? "CLAML" : kept
  }
}

/// One `Class`, `Modifier` or `ModifierClass` as read, before prefixes are known.
struct ClaMLClass {
  var code: String
  var kind: String
  var superClasses: [String] = []
  var labels: [(language: String?, text: String)] = []
  var synonyms: [Synonym] = []
  var definition: String?

  func term(prefix: String) -> Term {
    var term = Term(id: prefix + ":" + code, kind: kind)
    term.parents = superClasses.map { prefix + ":" + $0 }
    for (language, text) in labels {
      if language == nil || language?.hasPrefix("en") == true {
        if term.label == nil { term.label = text }
      } else if let language, term.localizedLabels[language] == nil {
        term.localizedLabels[language] = text
      }
    }
    if term.label == nil { term.label = labels.first?.text }
    term.synonyms = synonyms
    term.definition = definition
    return term
  }
}
