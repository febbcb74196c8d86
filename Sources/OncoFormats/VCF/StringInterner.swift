/// Turns repeated byte strings (consequence terms, gene symbols, biotypes) into shared `String`
/// values, so a record's hundredth `missense_variant` costs no allocation.
///
/// The table is bounded: past ``capacity`` distinct values it stops remembering new ones and
/// simply builds strings, so memory stays flat on any input.
struct StringInterner {
  private var table = ByteTable<String>(capacity: 1024)
  let capacity: Int
  /// Whether ``string(_:)`` percent-decodes as VCF 4.3 asks; `false` keeps the text as written (MAF).
  let decodesPercent: Bool

  init(capacity: Int = 50_000, decodesPercent: Bool = true) {
    self.capacity = capacity
    self.decodesPercent = decodesPercent
  }

  /// The string for `bytes`, percent-decoded (VCF 4.3) unless ``decodesPercent`` is off,
  /// shared with earlier equal bytes.
  mutating func string(_ bytes: Bytes) -> String {
    guard bytes.count <= 64 else { return decodesPercent ? bytes.percentDecoded() : bytes.string }
    let hash = ByteTable<String>.hash(bytes)
    if let string = table.value(for: bytes, hash: hash) { return string }
    let string = decodesPercent ? bytes.percentDecoded() : bytes.string
    if table.count < capacity { table.insert(string, for: bytes, hash: hash) }
    return string
  }

  /// Like ``string(_:)`` but `nil` for an empty or missing (`.`) field.
  mutating func optional(_ bytes: Bytes?) -> String? {
    guard let bytes, !bytes.isMissing else { return nil }
    return string(bytes)
  }
}
