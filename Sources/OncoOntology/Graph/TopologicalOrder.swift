/// The terms ordered parents first (Kahn's algorithm), with any `is_a` cycle broken.
///
/// Terms caught in a cycle come last, in load order; an edge from such a term to a term placed
/// after it is ignored by the closure, and one warning names the terms involved.
struct TopologicalOrder {
  /// Node indices, every parent before its children.
  private(set) var nodes: [Int32] = []
  private var position: [Int32]
  /// One warning if the graph had a cycle.
  private(set) var warnings: [OntologyError] = []

  init(parents: AdjacencyRows) {
    let count = parents.count
    let children = parents.transposed(nodeCount: count)
    var pending = [Int32](repeating: 0, count: count)
    nodes.reserveCapacity(count)
    for node in 0..<count {
      pending[node] = Int32(parents[node].count)
      if pending[node] == 0 { nodes.append(Int32(node)) }
    }
    var next = 0
    while next < nodes.count {
      let node = Int(nodes[next])
      next += 1
      for child in children[node] {
        pending[Int(child)] -= 1
        if pending[Int(child)] == 0 { nodes.append(child) }
      }
    }
    position = [Int32](repeating: -1, count: count)
    for (index, node) in nodes.enumerated() { position[Int(node)] = Int32(index) }
    if nodes.count < count {
      let cyclic = (0..<count).filter { position[$0] < 0 }
      for node in cyclic {
        position[node] = Int32(nodes.count)
        nodes.append(Int32(node))
      }
      warnings.append(
        OntologyError(
          .malformedRecord, file: "",
          "\(cyclic.count) term(s) take part in an is_a cycle; the edges closing it are ignored",
          hint: "check the parents of the terms involved"))
    }
  }

  /// Whether `a` comes before `b` (so the edge `b is_a a` is kept).
  func isBefore(_ a: Int32, _ b: Int32) -> Bool {
    position[Int(a)] < position[Int(b)]
  }
}
