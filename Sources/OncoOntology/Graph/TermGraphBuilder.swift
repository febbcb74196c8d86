/// Gathers the terms of several files into the tables a ``TermGraph`` is made of.
struct TermGraphBuilder {
  /// What the builder hands to the graph.
  struct Tables {
    var terms: [Term]
    var ids: [String: Int32]
    var alternativeIds: [String: [Int32]]
    var parents: AdjacencyRows
    var labelKeys: [String: [Int32]]
    var synonymKeys: [String: [Int32]]
    var codeKeys: [String: [Int32]]
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
    var alternativeIds: [String: [Int32]] = [:]
    for (index, term) in terms.enumerated() {
      for alternative in term.alternativeIds where ids[alternative] == nil {
        alternativeIds[alternative, default: []].appendUnique(Int32(index))
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
      terms: terms, ids: ids, alternativeIds: alternativeIds, parents: parents,
      labelKeys: keys.labels, synonymKeys: keys.synonyms, codeKeys: keys.codes, warnings: warnings)
  }

  /// Label, synonym and bare-code lookup keys (see ``TextKey/normalized(_:)``).
  private static func keys(_ terms: [Term])
    -> (labels: [String: [Int32]], synonyms: [String: [Int32]], codes: [String: [Int32]])
  {
    var labels: [String: [Int32]] = [:]
    var synonyms: [String: [Int32]] = [:]
    var codes: [String: [Int32]] = [:]
    labels.reserveCapacity(terms.count)
    codes.reserveCapacity(terms.count)
    for (index, term) in terms.enumerated() {
      let node = Int32(index)
      if let label = term.label { labels[TextKey.normalized(label), default: []].append(node) }
      for label in term.localizedLabels.values {
        labels[TextKey.normalized(label), default: []].appendUnique(node)
      }
      for synonym in term.synonyms {
        synonyms[TextKey.normalized(synonym.text), default: []].appendUnique(node)
      }
      codes[term.code.uppercased(), default: []].append(node)
    }
    return (labels, synonyms, codes)
  }
}

extension [Int32] {
  /// Appends `value` unless it is already the last element (keys are added term by term).
  mutating func appendUnique(_ value: Int32) {
    if last != value { append(value) }
  }
}
