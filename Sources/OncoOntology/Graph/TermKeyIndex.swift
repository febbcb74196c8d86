/// Lookup keys (normalised labels, synonyms, codes, alternative ids) to the terms that carry them.
///
/// Most keys name one term, so a key maps to one `Int32`; only keys shared by several terms
/// spill into a list. This keeps a 200,000-term graph from allocating an array per key.
struct TermKeyIndex: Sendable {
  /// A node index (≥ 0), or `-(list index + 1)` for a key shared by several terms.
  private var slots: [String: Int32] = [:]
  private var lists: [[Int32]] = []

  init(capacity: Int = 0) {
    slots.reserveCapacity(capacity)
  }

  /// Records that `key` names `node` (a node already recorded for the key is not repeated).
  mutating func insert(_ key: String, _ node: Int32) {
    // One hash lookup in the common case of a new key.
    guard let slot = slots.updateValue(node, forKey: key) else { return }
    slots[key] = slot
    if slot >= 0 {
      if slot == node { return }
      lists.append([slot, node])
      slots[key] = -Int32(lists.count)
    } else if !lists[Int(-slot - 1)].contains(node) {
      lists[Int(-slot - 1)].append(node)
    }
  }

  /// The nodes `key` names, in insertion order, or `nil` when none.
  subscript(key: String) -> [Int32]? {
    guard let slot = slots[key] else { return nil }
    return slot >= 0 ? [slot] : lists[Int(-slot - 1)]
  }

  /// Every key with the first node it names.
  var firstNodes: some Sequence<(key: String, node: Int32)> {
    slots.lazy.map { entry in
      (entry.key, entry.value >= 0 ? entry.value : lists[Int(-entry.value - 1)][0])
    }
  }
}
