/// Turns repeated byte strings (consequence terms, gene symbols, biotypes) into shared `String`
/// values, so a record's hundredth `missense_variant` costs no allocation.
///
/// The table is bounded: past ``capacity`` distinct values it stops remembering new ones and
/// simply builds strings, so memory stays flat on any input.
struct StringInterner {
  private struct Entry {
    var bytes: [UInt8]
    var string: String
  }

  private var table: [Int: Entry] = [:]
  let capacity: Int

  init(capacity: Int = 50_000) {
    self.capacity = capacity
  }

  /// The string for `bytes`, percent-decoded (VCF 4.3), shared with earlier equal bytes.
  mutating func string(_ bytes: Bytes) -> String {
    guard bytes.count <= 64 else { return bytes.percentDecoded() }
    var hasher = Hasher()
    hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    let key = hasher.finalize()
    if let entry = table[key], entry.bytes.withUnsafeBufferPointer({ $0.equals(bytes) }) {
      return entry.string
    }
    let string = bytes.percentDecoded()
    if table.count < capacity, table[key] == nil {
      table[key] = Entry(bytes: Array(bytes), string: string)
    }
    return string
  }

  /// Like ``string(_:)`` but `nil` for an empty or missing (`.`) field.
  mutating func optional(_ bytes: Bytes?) -> String? {
    guard let bytes, !bytes.isMissing else { return nil }
    return string(bytes)
  }
}
