/// The INFO or FORMAT tags a header declares, looked up by bytes; an undeclared tag is reported
/// the first time it is met, then remembered so each is reported once.
struct TagRegistry {
  private var known = ByteTable<Bool>()

  /// Declares the header's tags.
  mutating func declare(_ tags: some Sequence<String>) {
    for tag in tags {
      Array(tag.utf8).withUnsafeBufferPointer { known.insert(true, for: $0, hash: ByteTable<Bool>.hash($0)) }
    }
  }

  /// Returns true for a declared (or already reported) tag; false, once, for a new one.
  mutating func check(_ tag: Bytes) -> Bool {
    let hash = ByteTable<Bool>.hash(tag)
    if known.value(for: tag, hash: hash) != nil { return true }
    known.insert(true, for: tag, hash: hash)
    return false
  }
}
