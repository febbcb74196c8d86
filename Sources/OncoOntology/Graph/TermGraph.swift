import Foundation

/// Terms from one or more ontologies in one registry, keyed by CURIE, with their `is_a`
/// hierarchy and its precomputed transitive closure.
///
/// Built once from ``OntologyFile`` values; after that every closure question is a lookup:
/// ``isA(_:_:)-(Node,Node)`` is a binary search in the sorted ancestor row of a term (well under
/// a microsecond), ``descendants(of:maxDepth:)`` a breadth-first walk of the child rows.
///
///     let graph = TermGraph(files: [try OWLReader.read(path: "so.owl")])
///     graph.isA("SO:0001583", "SO:0001818")   // missense_variant is a protein_altering_variant
public struct TermGraph: Sendable {
  /// A term's position in the graph: the cheap handle closure queries take.
  public struct Node: Sendable, Hashable, Comparable {
    let index: Int32

    public static func < (lhs: Node, rhs: Node) -> Bool { lhs.index < rhs.index }
  }

  /// Every term, in load order; a ``Node`` indexes this array.
  public let terms: [Term]
  /// The files the terms came from.
  public let files: [OntologyFile.Summary]
  /// Problems found while linking the files: unknown parents, cycles, duplicate ids.
  public let warnings: [OntologyError]

  let ids: [String: Int32]
  /// Retired and alternative ids; a revoked OncoTree code can point to several successors.
  let alternativeIds: TermKeyIndex
  let alternativeCodes: TermKeyIndex
  let parentRows: AdjacencyRows
  let childRows: AdjacencyRows
  /// Sorted strict ancestors of each term.
  let ancestorRows: AdjacencyRows
  /// Distance from each term to its nearest root.
  let depths: [Int32]
  /// Label, synonym and bare-code indexes, built on the first text lookup.
  let lookupKeys: LazyLookupKeys
  var labelKeys: TermKeyIndex { lookupKeys.keys.labels }
  var synonymKeys: TermKeyIndex { lookupKeys.keys.synonyms }
  var codeKeys: TermKeyIndex { lookupKeys.keys.codes }

  /// Links the terms of `files` into one graph.
  ///
  /// A term id met twice keeps its first definition (with a warning); a parent that names no
  /// loaded term is dropped (one warning per file); an `is_a` cycle is broken (with a warning).
  /// - Complexity: O(terms + edges + closure size × log(closure size)).
  public init(files: [OntologyFile]) {
    var loading = TermGraphBuilder()
    for file in files { loading.add(file) }
    let built = loading.finish()
    // The child rows and the closure only read the parent rows: build them on two threads.
    // Each part writes only its own variable, and concurrentPerform returns after both.
    nonisolated(unsafe) var children: AdjacencyRows?
    nonisolated(unsafe) var closure: Closure?
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 {
        children = built.parents.transposed(nodeCount: built.terms.count)
      } else {
        closure = Self.closure(parents: built.parents)
      }
    }
    guard let children, let closure else { preconditionFailure("concurrentPerform ran both parts") }
    terms = built.terms
    self.files = files.map(\.summary)
    ids = built.ids
    alternativeIds = built.alternativeIds
    alternativeCodes = built.alternativeCodes
    parentRows = built.parents
    childRows = children
    ancestorRows = closure.ancestors
    depths = closure.depths
    warnings = built.warnings + closure.warnings
    lookupKeys = LazyLookupKeys(terms: built.terms)
  }

  /// The number of terms.
  public var count: Int { terms.count }

  /// The node of the term with this exact id (or unambiguous alternative id), if loaded.
  public func node(_ id: String) -> Node? {
    if let index = ids[id] { return Node(index: index) }
    guard let candidates = alternativeIds[id], candidates.count == 1 else { return nil }
    return Node(index: candidates[0])
  }

  /// The term at a node.
  public subscript(node: Node) -> Term { terms[Int(node.index)] }

  /// The term with this exact id (or alternative id), if loaded.
  public func term(_ id: String) -> Term? { node(id).map { self[$0] } }

  /// The precomputed closure: sorted strict ancestors and depth of every term.
  typealias Closure = (ancestors: AdjacencyRows, depths: [Int32], warnings: [OntologyError])

  /// The closure from the parent rows, terms taken in topological order.
  static func closure(parents: AdjacencyRows) -> Closure {
    let count = parents.count
    // Files that define parents before children (most generated OWL and OBO files) need no
    // sort: node order is already topological, and rows come out packed in node order.
    let parentsFirst = (0..<count).allSatisfy { node in parents[node].allSatisfy { $0 < Int32(node) } }
    let order = parentsFirst ? nil : TopologicalOrder(parents: parents)
    // Rows are built parents first into one flat array (`start`/`end` per node); in
    // topological order they are packed in node order afterwards. No per-term array is allocated.
    var flat: [Int32] = []
    flat.reserveCapacity(count * 8)
    var start = [Int](repeating: 0, count: count)
    var end = [Int](repeating: 0, count: count)
    var depths = [Int32](repeating: 0, count: count)
    var seen = [Int32](repeating: -1, count: count)
    func add(_ node: Int32) {
      let first = flat.count
      var depth: Int32 = Int32.max
      for parent in parents[Int(node)] where order?.isBefore(parent, node) ?? true {
        depth = min(depth, depths[Int(parent)] + 1)
        if seen[Int(parent)] != node {
          seen[Int(parent)] = node
          flat.append(parent)
        }
        for index in start[Int(parent)]..<end[Int(parent)] {
          let ancestor = flat[index]
          if seen[Int(ancestor)] != node {
            seen[Int(ancestor)] = node
            flat.append(ancestor)
          }
        }
      }
      flat[first...].sort()
      start[Int(node)] = first
      end[Int(node)] = flat.count
      depths[Int(node)] = depth == Int32.max ? 0 : depth
    }
    guard let order else {
      for node in 0..<Int32(count) { add(node) }
      let offsets = [Int32(0)] + end.lazy.map { Int32($0) }
      return (AdjacencyRows(offsets: offsets, values: flat), depths, [])
    }
    for node in order.nodes { add(node) }
    var ancestors = AdjacencyRows(reservingRows: count, values: flat.count)
    for node in 0..<count { ancestors.append(flat[start[node]..<end[node]]) }
    return (ancestors, depths, order.warnings)
  }
}

extension OntologyFile {
  /// What a graph remembers of a file once its terms are linked.
  public struct Summary: Sendable, Hashable, Codable {
    /// The path as the user gave it.
    public var path: String
    /// The format it was read as.
    public var format: Format
    /// The classification or ontology name, when the file says.
    public var name: String?
    /// The release, when the file says.
    public var version: String?
    /// The number of terms read.
    public var terms: Int
  }

  /// The file without its terms.
  public var summary: Summary {
    Summary(path: path, format: format, name: name, version: version, terms: terms.count)
  }
}
