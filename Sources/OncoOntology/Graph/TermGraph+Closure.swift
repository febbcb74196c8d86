extension TermGraph {
  /// A term reached from another, with its distance.
  public struct Reached: Sendable, Hashable {
    /// The term reached.
    public var node: Node
    /// The number of `is_a` edges on the shortest path (0 for the start term itself).
    public var depth: Int
  }

  /// Whether `term` is `ancestor` or one of its descendants (`is_a`, reflexive and transitive).
  ///
  /// - Complexity: O(log a), a the number of ancestors of `term`: a binary search in its
  ///   precomputed, sorted ancestor row.
  public func isA(_ term: Node, _ ancestor: Node) -> Bool {
    term == ancestor || ancestorRows.sortedRow(Int(term.index), contains: ancestor.index)
  }

  /// Whether the term with id `term` is (a descendant of) the term with id `ancestor`; `false`
  /// when either id is not loaded.
  public func isA(_ term: String, _ ancestor: String) -> Bool {
    guard let term = node(term), let ancestor = node(ancestor) else { return false }
    return isA(term, ancestor)
  }

  /// The named parents of a term.
  public func parents(of node: Node) -> [Node] {
    parentRows[Int(node.index)].map(Node.init)
  }

  /// The direct children of a term.
  public func children(of node: Node) -> [Node] {
    childRows[Int(node.index)].map(Node.init)
  }

  /// All strict ancestors of a term, nearest first (by shortest distance, then id order).
  public func ancestors(of node: Node) -> [Reached] {
    walk(from: node, along: parentRows, maxDepth: nil).filter { $0.node != node }
  }

  /// The term itself and all its descendants, by increasing distance (shortest path).
  ///
  /// - Parameter maxDepth: stop this many `is_a` edges below the term (`nil`: no limit).
  /// - Complexity: O(descendants + their child edges).
  public func descendants(of node: Node, maxDepth: Int? = nil) -> [Reached] {
    walk(from: node, along: childRows, maxDepth: maxDepth)
  }

  /// The number of descendants of a term, itself included, without materialising them.
  public func descendantCount(of node: Node) -> Int {
    walk(from: node, along: childRows, maxDepth: nil).count
  }

  /// The length of the shortest `is_a` path from a term up to a root (0 for a root).
  public func depth(of node: Node) -> Int { Int(depths[Int(node.index)]) }

  /// The terms without parents.
  public var roots: [Node] {
    (0..<count).lazy.filter { parentRows[$0].isEmpty }.map { Node(index: Int32($0)) }
  }

  /// Breadth-first walk from `start`, each node reported once at its shortest distance.
  private func walk(from start: Node, along rows: AdjacencyRows, maxDepth: Int?) -> [Reached] {
    var visited = Set<Int32>([start.index])
    var result = [Reached(node: start, depth: 0)]
    var next = 0
    while next < result.count {
      let current = result[next]
      next += 1
      if let maxDepth, current.depth >= maxDepth { continue }
      let row = rows[Int(current.node.index)].sorted()
      for neighbour in row where visited.insert(neighbour).inserted {
        result.append(Reached(node: Node(index: neighbour), depth: current.depth + 1))
      }
    }
    return result
  }
}
