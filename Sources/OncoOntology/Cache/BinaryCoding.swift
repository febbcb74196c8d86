/// Appends little-endian integers and length-prefixed strings to a byte buffer: the writing half
/// of the ontology cache format (see ``OntologyCache``).
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func integer<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// A variable-length unsigned integer (7 bits a byte, low bits first).
  mutating func count(_ value: Int) {
    var rest = UInt(value)
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      count(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  /// An optional string: a count of 0 for `nil`, else the length plus one.
  mutating func optionalString(_ value: String?) {
    guard var value else { return count(0) }
    value.withUTF8 { utf8 in
      count(utf8.count + 1)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func strings(_ values: [String]) {
    count(values.count)
    for value in values { string(value) }
  }
}

/// Reads what ``BinaryWriter`` wrote, checking every length against the bytes left, so a
/// truncated or corrupted cache throws ``Truncated`` instead of reading out of bounds.
struct BinaryReader {
  /// The bytes ran out, or a length or value is impossible.
  struct Truncated: Error {}

  let bytes: UnsafeRawBufferPointer
  var offset: Int

  init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func integer<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
    let size = MemoryLayout<T>.size
    guard bytes.count - offset >= size else { throw Truncated() }
    defer { offset += size }
    return T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
  }

  mutating func count() throws -> Int {
    var value: UInt = 0
    var shift: UInt = 0
    while offset < bytes.count, shift < 63 {
      let byte = bytes[offset]
      offset += 1
      value |= UInt(byte & 0x7F) << shift
      if byte < 0x80 {
        guard value <= UInt(Int32.max) else { throw Truncated() }
        return Int(value)
      }
      shift += 7
    }
    throw Truncated()
  }

  mutating func string() throws -> String {
    try utf8(count())
  }

  mutating func optionalString() throws -> String? {
    let stored = try count()
    return stored == 0 ? nil : try utf8(stored - 1)
  }

  mutating func strings() throws -> [String] {
    let count = try count()
    guard count <= bytes.count - offset else { throw Truncated() }
    var values: [String] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try string()) }
    return values
  }

  /// Raw bytes, for the digest in the header.
  mutating func raw(_ count: Int) throws -> [UInt8] {
    guard count <= bytes.count - offset else { throw Truncated() }
    defer { offset += count }
    return Array(bytes[offset..<offset + count])
  }

  private mutating func utf8(_ count: Int) throws -> String {
    guard count <= bytes.count - offset else { throw Truncated() }
    defer { offset += count }
    return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
  }
}
