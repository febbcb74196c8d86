extension TermGraph {
  /// How a piece of text matched a term.
  public enum MatchKind: String, Sendable, Hashable, Codable {
    /// The exact id (`SO:0001583`).
    case id
    /// An alternative or retired id of the term.
    case alternativeId = "alternative_id"
    /// The id without its prefix (`C34.1`, `LUAD`), unique among loaded terms.
    case code
    /// The label (any language), ignoring case and accents.
    case label
    /// A synonym, ignoring case and accents.
    case synonym
  }

  /// A term found from text, with the warnings the user should see.
  public struct Match: Sendable, Hashable {
    /// The term the text denotes (the replacement, when the text named an obsolete term).
    public var node: Node
    /// What the text matched.
    public var kind: MatchKind
    /// Why the answer may not be what the user expects (an obsolete term, a retired code).
    public var warnings: [String]
  }

  /// Every term that `text` denotes, best kind of match first.
  ///
  /// The kinds, in order: id, alternative id, bare code, label, synonym, and last a retired
  /// bare code. Ids are compared exactly; labels and synonyms ignoring case and accents.
  public func search(_ text: String) -> [(node: Node, kind: MatchKind)] {
    let trimmed = text.trimmed
    if let index = ids[trimmed] { return [(Node(index: index), .id)] }
    if let indices = alternativeIds[trimmed] {
      return indices.map { (Node(index: $0), .alternativeId) }
    }
    var found: [(node: Node, kind: MatchKind)] = []
    var seen = Set<Int32>()
    let key = TextKey.normalized(trimmed)
    let groups: [(MatchKind, [Int32]?)] = [
      (.code, codeKeys[trimmed.uppercased()]), (.label, labelKeys[key]),
      (.synonym, synonymKeys[key]),
    ]
    for (kind, indices) in groups {
      for index in indices ?? [] where seen.insert(index).inserted {
        found.append((Node(index: index), kind))
      }
    }
    // A retired code (`GBM`) only when nothing current matches.
    if found.isEmpty, let indices = alternativeCodes[trimmed.uppercased()] {
      found = indices.map { (Node(index: $0), .alternativeId) }
    }
    return found
  }

  /// The one term `text` denotes: an id, a bare code, a label or a synonym.
  ///
  /// Among several matches, the best kind wins when it is alone of its kind (an exact label
  /// beats a synonym of another term). An obsolete term resolves to its replacement, and an
  /// alternative or retired id to the current term, each with a warning.
  /// - Throws: ``OntologyError`` `unknownTerm` (with a "did you mean" hint) or `ambiguousTerm`
  ///   (listing the candidates).
  public func resolve(_ text: String) throws -> Match {
    let found = search(text)
    guard let best = found.first else {
      throw OntologyError(
        .unknownTerm, file: "", "no loaded term matches '\(text)'",
        hint: suggestion(for: text).map { "did you mean '\($0)'?" }
          ?? "search with 'oncocohort ontology lookup', or load another --ontology")
    }
    let sameKind = found.filter { $0.kind == best.kind }
    guard sameKind.count == 1 else {
      let names = sameKind.prefix(8).map { describe($0.node) }.joined(separator: ", ")
      throw OntologyError(
        .ambiguousTerm, file: "", "'\(text)' matches \(sameKind.count) terms: \(names)",
        hint: "use an id such as '\(self[sameKind[0].node].id)'")
    }
    var match = Match(node: best.node, kind: best.kind, warnings: [])
    if best.kind == .alternativeId {
      match.warnings.append(
        "'\(text.trimmed)' is a retired or alternative id of \(describe(best.node))")
    }
    let term = self[best.node]
    if term.isObsolete {
      let replacements = term.replacedBy.compactMap { node($0) }
      if let replacement = replacements.first {
        match.node = replacement
        match.warnings.append(
          "\(describe(best.node)) is obsolete; using its replacement \(describe(replacement))")
      } else {
        match.warnings.append("\(describe(best.node)) is obsolete and names no replacement")
      }
    }
    return match
  }

  /// `ID 'label'`, for messages.
  public func describe(_ node: Node) -> String {
    let term = self[node]
    return term.label.map { "\(term.id) '\($0)'" } ?? term.id
  }

  /// The label or synonym closest to `text` by edit distance, if one is close enough.
  public func suggestion(for text: String) -> String? {
    let key = Array(TextKey.normalized(text).utf8)
    guard !key.isEmpty else { return nil }
    let limit = max(1, min(3, key.count / 4))
    var best: (distance: Int, text: String)?
    for keys in [labelKeys, synonymKeys] {
      for (candidate, first) in keys.firstNodes {
        let bytes = Array(candidate.utf8)
        guard let distance = TextKey.distance(key, bytes, limit: best?.distance ?? limit),
          distance < (best?.distance ?? limit + 1)
        else { continue }
        let term = self[Node(index: first)]
        best = (distance, term.label ?? term.id)
      }
    }
    return best?.text
  }
}
