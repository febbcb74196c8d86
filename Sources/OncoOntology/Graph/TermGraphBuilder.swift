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
    var warnings: [OntologyError]
  }

  /// The terms added so far, in load order.
  private(set) var terms: [Term] = []
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
    var kept: [Int] = []
    ids.reserveCapacity(ids.count + file.terms.count)
    for index in file.terms.indices {
      let id = file.terms[index].id
      if ids[id] != nil {
        duplicates.append(id)
        continue
      }
      ids[id] = Int32(terms.count + kept.count)
      kept.append(index)
    }
    if terms.isEmpty, kept.count == file.terms.count {
      terms = file.terms  // the first file: share its storage, copy nothing
    } else if kept.count == file.terms.count {
      terms += file.terms
    } else {
      terms += kept.map { file.terms[$0] }
    }
    fileOfTerm += repeatElement(fileIndex, count: kept.count)
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
    for index in terms.indices {
      for alternative in terms[index].alternativeIds where ids[alternative] == nil {
        alternativeIds.insert(alternative, Int32(index))
        let code = alternative.firstIndex(of: ":").map { alternative[alternative.index(after: $0)...] }
        alternativeCodes.insert((code ?? alternative[...]).uppercased(), Int32(index))
      }
    }
    var parents = AdjacencyRows()
    var unknown = [Int](repeating: 0, count: paths.count)
    var firstUnknown = [String?](repeating: nil, count: paths.count)
    var row: [Int32] = []
    for index in terms.indices {
      row.removeAll(keepingCapacity: true)
      for parent in terms[index].parents {
        guard let node = ids[parent] ?? alternativeIds[parent]?.first else {
          unknown[Int(fileOfTerm[index])] += 1
          if firstUnknown[Int(fileOfTerm[index])] == nil {
            firstUnknown[Int(fileOfTerm[index])] = "\(terms[index].id) → \(parent)"
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
    return Tables(
      terms: terms, ids: ids, alternativeIds: alternativeIds, alternativeCodes: alternativeCodes,
      parents: parents, warnings: warnings)
  }

  /// The label, synonym and bare-code indexes of a graph.
  typealias Keys = (labels: TermKeyIndex, synonyms: TermKeyIndex, codes: TermKeyIndex)

  /// Label, synonym and bare-code lookup keys (see ``TextKey/normalized(_:)``).
  static func keys(_ terms: [Term]) -> Keys {
    // Sized up front: growing a 300,000-key dictionary rehashes every key several times.
    let synonymCount = terms.reduce(0) { $0 + $1.synonyms.count }
    var labels = TermKeyIndex(capacity: terms.count)
    var synonyms = TermKeyIndex(capacity: synonymCount)
    var codes = TermKeyIndex(capacity: terms.count)
    // Fields are read in place: copying a whole `Term` per iteration retains all its storage.
    for index in terms.indices {
      let node = Int32(index)
      if let label = terms[index].label { labels.insert(TextKey.normalized(label), node) }
      for label in terms[index].localizedLabels.values {
        labels.insert(TextKey.normalized(label), node)
      }
      for synonym in terms[index].synonyms {
        synonyms.insert(TextKey.normalized(synonym.text), node)
      }
      codes.insert(terms[index].code.uppercased(), node)
    }
    return (labels, synonyms, codes)
  }
}
