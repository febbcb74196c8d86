/// Gathers the terms of several files into the tables a ``TermGraph`` is made of.
struct TermGraphBuilder {
  /// What the builder hands to the graph.
  struct Tables {
    var terms: [Term]
    var ids: [String: Int32]
    var alternativeIds: TermKeyIndex
    /// Alternative ids without their prefix (`GBM` for `ONCOTREE:GBM`), upper-cased.
    var alternativeCodes: TermKeyIndex
    var parents: AdjacencyRows
    var labelKeys: TermKeyIndex
    var synonymKeys: TermKeyIndex
    var codeKeys: TermKeyIndex
    var warnings: [OntologyError]
  }

  private var terms: [Term] = []
  private var ids: [String: Int32] = [:]
  private var fileOfTerm: [Int32] = []
  private var paths: [String] = []
  private var warnings: [OntologyError] = []

  /// Adds a file's terms; an id already loaded keeps its first definition.
  mutating func add(_ file: OntologyFile) {
    let fileIndex = Int32(paths.count)
    paths.append(file.path)
    warnings += file.warnings
    var duplicates: [String] = []
    terms.reserveCapacity(terms.count + file.terms.count)
    ids.reserveCapacity(ids.count + file.terms.count)
    for term in file.terms {
      if ids[term.id] != nil {
        duplicates.append(term.id)
        continue
      }
      ids[term.id] = Int32(terms.count)
      terms.append(term)
      fileOfTerm.append(fileIndex)
    }
    if let first = duplicates.first {
      warnings.append(
        OntologyError(
          .malformedRecord, file: file.path,
          "\(duplicates.count) term id(s) were already loaded (first: \(first)); kept the first",
          hint: "load each ontology once"))
    }
  }

  /// Resolves parents to nodes and builds the lookup keys.
  mutating func finish() -> Tables {
    var alternativeIds = TermKeyIndex()
    var alternativeCodes = TermKeyIndex()
    for (index, term) in terms.enumerated() {
      for alternative in term.alternativeIds where ids[alternative] == nil {
        alternativeIds.insert(alternative, Int32(index))
        let code = alternative.firstIndex(of: ":").map { alternative[alternative.index(after: $0)...] }
        alternativeCodes.insert((code ?? alternative[...]).uppercased(), Int32(index))
      }
    }
    var parents = AdjacencyRows()
    var unknown = [Int](repeating: 0, count: paths.count)
    var firstUnknown = [String?](repeating: nil, count: paths.count)
    var row: [Int32] = []
    for (index, term) in terms.enumerated() {
      row.removeAll(keepingCapacity: true)
      for parent in term.parents {
        guard let node = ids[parent] ?? alternativeIds[parent]?.first else {
          unknown[Int(fileOfTerm[index])] += 1
          if firstUnknown[Int(fileOfTerm[index])] == nil {
            firstUnknown[Int(fileOfTerm[index])] = "\(term.id) → \(parent)"
          }
          continue
        }
        if node != Int32(index), !row.contains(node) { row.append(node) }
      }
      parents.append(row)
    }
    for (file, missing) in unknown.enumerated() where missing > 0 {
      warnings.append(
        OntologyError(
          .malformedRecord, file: paths[file],
          "\(missing) parent reference(s) name no loaded term (first: \(firstUnknown[file] ?? "")); ignored",
          hint: "load the ontology that defines them with another --ontology"))
    }
    let keys = Self.keys(terms)
    return Tables(
      terms: terms, ids: ids, alternativeIds: alternativeIds, alternativeCodes: alternativeCodes,
      parents: parents,
      labelKeys: keys.labels, synonymKeys: keys.synonyms, codeKeys: keys.codes, warnings: warnings)
  }

  /// Label, synonym and bare-code lookup keys (see ``TextKey/normalized(_:)``).
  private static func keys(_ terms: [Term])
    -> (labels: TermKeyIndex, synonyms: TermKeyIndex, codes: TermKeyIndex)
  {
    var labels = TermKeyIndex(capacity: terms.count)
    var synonyms = TermKeyIndex(capacity: terms.count)
    var codes = TermKeyIndex(capacity: terms.count)
    for (index, term) in terms.enumerated() {
      let node = Int32(index)
      if let label = term.label { labels.insert(TextKey.normalized(label), node) }
      for label in term.localizedLabels.values { labels.insert(TextKey.normalized(label), node) }
      for synonym in term.synonyms { synonyms.insert(TextKey.normalized(synonym.text), node) }
      codes.insert(term.code.uppercased(), node)
    }
    return (labels, synonyms, codes)
  }
}
