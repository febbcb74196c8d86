/// The syntactic kind of one VCF allele, which decides whether it is a mutation or a
/// structural alteration.
enum AlleleSyntax: Equatable {
  /// Bases (`A`, `ACGT`, `N`), case-insensitive.
  case sequence
  /// `*`: the allele is deleted by an overlapping deletion.
  case overlappingDeletion
  /// `<ID>`: a symbolic allele (`<DEL>`, `<DUP:TANDEM>`).
  case symbolic
  /// `<*>` or `<NON_REF>`: the gVCF "any other allele", not a variant.
  case nonReference
  /// A breakend (`N]chr2:123]`, `[chr:pos[N`) or a single breakend (`.A`, `A.`).
  case breakend
  /// `.`: no alternate allele.
  case missing

  /// Classifies the bytes of one ALT allele; `nil` when they follow no VCF allele syntax.
  static func classify(_ allele: Bytes) -> AlleleSyntax? {
    guard let first = allele.first, let last = allele.last else { return nil }
    if allele.count == 1 {
      if first == ASCII.dot { return .missing }
      if first == UInt8(ascii: "*") { return .overlappingDeletion }
    }
    if first == UInt8(ascii: "<") {
      guard last == UInt8(ascii: ">"), allele.count > 2,
        allele.index(of: UInt8(ascii: ">")) == allele.count - 1
      else { return nil }
      let inner = allele.slice(1..<(allele.count - 1))
      return inner.equals("*") || inner.equals("NON_REF") ? .nonReference : .symbolic
    }
    if allele.index(of: UInt8(ascii: "[")) != nil || allele.index(of: UInt8(ascii: "]")) != nil {
      return isBreakend(allele) ? .breakend : nil
    }
    if allele.count > 1, first == ASCII.dot || last == ASCII.dot {
      let bases = first == ASCII.dot ? allele.slice(1..<allele.count) : allele.slice(0..<(allele.count - 1))
      return isBases(bases) ? .breakend : nil
    }
    return isBases(allele) ? .sequence : nil
  }

  /// True for `A`, `C`, `G`, `T`, `N` in either case, as VCF 4.3 §1.6.1 allows in ALT.
  static func isBases(_ bytes: Bytes) -> Bool {
    guard !bytes.isEmpty else { return false }
    for byte in bytes {
      switch byte | 0x20 {
      case UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "g"), UInt8(ascii: "t"),
        UInt8(ascii: "n"):
        continue
      default:
        return false
      }
    }
    return true
  }

  /// True for a valid REF: letters only (IUPAC codes appear in real references).
  static func isReference(_ bytes: Bytes) -> Bool {
    guard !bytes.isEmpty else { return false }
    for byte in bytes where !((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")) {
      return false
    }
    return true
  }

  /// Checks the four breakend forms `t[p[`, `t]p]`, `]p]t`, `[p[t` (`p` is `chr:pos` or `<ctg>:pos`).
  private static func isBreakend(_ allele: Bytes) -> Bool {
    let open = UInt8(ascii: "[")
    let close = UInt8(ascii: "]")
    guard let firstBracket = allele.firstIndex(where: { $0 == open || $0 == close }) else {
      return false
    }
    let bracket = allele[firstBracket]
    guard let secondBracket = allele.index(of: bracket, from: firstBracket + 1) else { return false }
    let mate = allele.slice((firstBracket + 1)..<secondBracket)
    guard let colon = mate.lastIndex(of: ASCII.colon), colon > 0,
      mate.slice((colon + 1)..<mate.count).parseInt() != nil
    else { return false }
    let before = allele.slice(0..<firstBracket)
    let after = allele.slice((secondBracket + 1)..<allele.count)
    if before.isEmpty { return isBases(after) }
    if after.isEmpty { return isBases(before) }
    return false
  }

  /// The mate position of a breakend (`chr2:123` in `N]chr2:123]`), when there is one.
  static func mate(of allele: Bytes) -> (chromosome: String, position: Int)? {
    let open = UInt8(ascii: "[")
    let close = UInt8(ascii: "]")
    guard let first = allele.firstIndex(where: { $0 == open || $0 == close }),
      let second = allele.index(of: allele[first], from: first + 1)
    else { return nil }
    let mate = allele.slice((first + 1)..<second)
    guard let colon = mate.lastIndex(of: ASCII.colon),
      let position = mate.slice((colon + 1)..<mate.count).parseInt()
    else { return nil }
    return (mate.slice(0..<colon).string, position)
  }
}
