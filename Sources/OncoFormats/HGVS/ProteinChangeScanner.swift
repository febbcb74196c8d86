/// A cursor over the ASCII bytes of a protein change, with the small reads the grammar needs.
///
/// It borrows the bytes (no copy on the MAF hot path), so it lives only inside the call that
/// owns them.
struct ProteinChangeScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { index >= bytes.count }

  /// Reads one residue, three-letter code first (`Gly`), else one-letter (`G`, `*`), and
  /// returns its one-letter code; leaves the cursor unchanged and returns `nil` otherwise.
  mutating func residue() -> UInt8? {
    guard index < bytes.count else { return nil }
    if index + 2 < bytes.count, isUpper(bytes[index]), isLower(bytes[index + 1]),
      isLower(bytes[index + 2]),
      let code = AminoAcid.oneLetter(bytes[index], bytes[index + 1], bytes[index + 2])
    {
      index += 3
      return code
    }
    if AminoAcid.isOneLetter(bytes[index]) {
      index += 1
      return bytes[index - 1]
    }
    return nil
  }

  /// Reads residues until one cannot be read; an empty array when none could.
  mutating func residues() -> [UInt8] {
    var codes: [UInt8] = []
    while let code = residue() { codes.append(code) }
    return codes
  }

  /// Reads a decimal number of at most 9 digits, or returns `nil` with the cursor unchanged.
  mutating func number() -> Int? {
    var value = 0
    var digits = 0
    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, digits < 9 {
      value = value * 10 + Int(bytes[index] - 0x30)
      index += 1
      digits += 1
    }
    return digits > 0 ? value : nil
  }

  /// Reads `literal` if the next bytes are exactly it.
  ///
  /// A `StaticString`: its bytes are read in place, where a `String`'s UTF-8 view costs an
  /// index walk per byte (this runs several times per MAF row).
  mutating func consume(_ literal: StaticString) -> Bool {
    // `withUTF8Buffer`, not `utf8Start`: a one-character literal may be stored as a scalar.
    let matches = literal.withUTF8Buffer { expected -> Bool in
      guard bytes.count - index >= expected.count else { return false }
      for offset in 0..<expected.count where bytes[index + offset] != expected[offset] {
        return false
      }
      return true
    }
    if matches { index += literal.utf8CodeUnitCount }
    return matches
  }

  /// True when the next bytes are `literal`, without reading them.
  func peek(_ literal: StaticString) -> Bool {
    var copy = self
    return copy.consume(literal)
  }

  private func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
  private func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
}
