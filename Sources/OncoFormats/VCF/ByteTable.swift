import Glibc

/// A small open-addressing hash table from byte strings to values, for the few hot lookups of
/// the record decoder (interned strings, declared tags) without per-lookup allocation or a
/// keyed hash.
///
/// Keys live back to back in one byte arena and slots are plain integers, so a lookup touches
/// no reference count until it copies the value it found.
struct ByteTable<Value> {
  /// One slot: the key's hash, its offset in ``arena`` and its length (−1: empty slot).
  private struct Slot {
    var hash: Int
    var offset: Int
    var length: Int
  }

  private var slots: [Slot]
  private var arena: [UInt8] = []
  private var values: [Value?]
  private(set) var count = 0

  /// Creates a table with room for `capacity` keys before it grows.
  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: Slot(hash: 0, offset: 0, length: -1), count: size)
    values = Array(repeating: nil, count: size)
  }

  /// The value stored for `key`, if any.
  func value(for key: Bytes, hash: Int) -> Value? {
    find(key, hash: hash).found.map { values[$0] } ?? nil
  }

  /// Stores `value` for `key` (replacing an earlier one).
  mutating func insert(_ value: Value, for key: Bytes, hash: Int) {
    if (count + 1) * 2 > slots.count { grow() }
    let (slot, found) = find(key, hash: hash)
    if found == nil {
      slots[slot] = Slot(hash: hash, offset: arena.count, length: key.count)
      arena.append(contentsOf: key)
      count += 1
    }
    values[slot] = value
  }

  /// The slot holding `key` (`found`), else the empty slot where it would go.
  @inline(__always) private func find(_ key: Bytes, hash: Int) -> (slot: Int, found: Int?) {
    slots.withUnsafeBufferPointer { slots in
      arena.withUnsafeBufferPointer { arena in
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot].length >= 0 {
          let stored = slots[slot]
          if stored.hash == hash, stored.length == key.count {
            guard stored.length > 0, let storedBase = arena.baseAddress, let keyBase = key.baseAddress
            else { return (slot, slot) }
            if memcmp(storedBase + stored.offset, keyBase, stored.length) == 0 { return (slot, slot) }
          }
          slot = (slot + 1) & mask
        }
        return (slot, nil)
      }
    }
  }

  private mutating func grow() {
    var larger = ByteTable(capacity: slots.count)
    arena.withUnsafeBufferPointer { arena in
      for slot in slots.indices where slots[slot].length >= 0 {
        guard let value = values[slot] else { continue }
        let key = Bytes(start: arena.baseAddress.map { $0 + slots[slot].offset }, count: slots[slot].length)
        larger.insert(value, for: key, hash: slots[slot].hash)
      }
    }
    self = larger
  }

  /// A multiply-and-fold hash over the bytes, eight at a time.
  ///
  /// Keys are short and tables bounded: no keyed hash needed. FNV-1a's byte-by-byte multiply
  /// chain cost more than the probe on MAF rows (three 16–20-byte keys per row).
  @inline(__always) static func hash(_ bytes: Bytes) -> Int {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: bytes.count)
    guard let base = bytes.baseAddress else { return Int(truncatingIfNeeded: hash) }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= bytes.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      hash = (hash ^ word) &* multiplier
      hash ^= hash >> 29
      index += 8
    }
    if index < bytes.count {
      var tail: UInt64 = 0
      while index < bytes.count {
        tail = tail << 8 | UInt64(base[index])
        index += 1
      }
      hash = (hash ^ tail) &* multiplier
      hash ^= hash >> 29
    }
    // Probes use the low bits, which a product draws from the low bits only: fold the high ones in.
    return Int(truncatingIfNeeded: hash ^ (hash >> 32))
  }
}
