/// A small open-addressing hash table from byte strings to values, for the few hot lookups of
/// the record decoder (interned strings, declared tags) without per-lookup allocation or a
/// keyed hash.
struct ByteTable<Value> {
  private var keys: [[UInt8]?]
  private var hashes: [Int]
  private var values: [Value?]
  private(set) var count = 0

  /// Creates a table with room for `capacity` keys before it grows.
  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = Array(repeating: nil, count: size)
    hashes = Array(repeating: 0, count: size)
    values = Array(repeating: nil, count: size)
  }

  /// The value stored for `key`, if any.
  func value(for key: Bytes, hash: Int) -> Value? {
    let mask = keys.count - 1
    var slot = hash & mask
    while let stored = keys[slot] {
      if hashes[slot] == hash, stored.withUnsafeBufferPointer({ $0.equals(key) }) { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Stores `value` for `key` (replacing an earlier one).
  mutating func insert(_ value: Value, for key: Bytes, hash: Int) {
    if (count + 1) * 2 > keys.count { grow() }
    let mask = keys.count - 1
    var slot = hash & mask
    while let stored = keys[slot] {
      if hashes[slot] == hash, stored.withUnsafeBufferPointer({ $0.equals(key) }) {
        values[slot] = value
        return
      }
      slot = (slot + 1) & mask
    }
    keys[slot] = Array(key)
    hashes[slot] = hash
    values[slot] = value
    count += 1
  }

  private mutating func grow() {
    var larger = ByteTable(capacity: keys.count)
    for slot in keys.indices {
      guard let key = keys[slot], let value = values[slot] else { continue }
      key.withUnsafeBufferPointer { larger.insert(value, for: $0, hash: hashes[slot]) }
    }
    self = larger
  }

  /// FNV-1a over the bytes: short keys, no need for a keyed hash (tables are bounded).
  @inline(__always) static func hash(_ bytes: Bytes) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return Int(truncatingIfNeeded: hash)
  }
}
