/// The INFO or FORMAT tags a header declares, looked up by bytes; an undeclared tag is reported
/// the first time it is met, then remembered so each is reported once.
struct TagRegistry {
  private var known: [Int: [[UInt8]]] = [:]

  /// Declares the header's tags.
  mutating func declare(_ tags: some Sequence<String>) {
    for tag in tags {
      Array(tag.utf8).withUnsafeBufferPointer { insert($0) }
    }
  }

  /// Returns true for a declared (or already reported) tag; false, once, for a new one.
  mutating func check(_ tag: Bytes) -> Bool {
    let key = Self.hash(tag)
    if let list = known[key], list.contains(where: { $0.withUnsafeBufferPointer { $0.equals(tag) } }) {
      return true
    }
    insert(tag)
    return false
  }

  private mutating func insert(_ tag: Bytes) {
    known[Self.hash(tag), default: []].append(Array(tag))
  }

  private static func hash(_ bytes: Bytes) -> Int {
    var hasher = Hasher()
    hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    return hasher.finalize()
  }
}
