import OncoModel

/// Turns the many spellings of a protein change into one canonical ``OncoModel/ProteinChange``.
///
/// The short form is the one cBioPortal and OQL use: one-letter residues, no `p.` prefix, no
/// accession, no parentheses, `*` for a stop (`Ter` and the older `X` as an alternate residue),
/// `=` for a synonymous change:
///
/// | input | short | kind | start–end |
/// |---|---|---|---|
/// | `p.Gly12Cys`, `p.G12C`, `G12C`, `p.(Gly12Cys)`, `NP_004976.2:p.G12C` | `G12C` | missense | 12–12 |
/// | `p.Leu747SerfsTer3`, `p.L747Sfs*3`, `p.L747fs` | `L747fs` | frameshift | 747–747 |
/// | `p.Glu746_Ala750del` | `E746_A750del` | inframe deletion | 746–750 |
/// | `p.A767_V769dup` | `A767_V769dup` | duplication | 767–769 |
/// | `p.Asp770_Asn771insSerValAsp` | `D770_N771insSVD` | inframe insertion | 770–771 |
/// | `p.L747_P753delinsS` | `L747_P753delinsS` | delins | 747–753 |
/// | `p.Arg213Ter`, `p.R213*`, `p.R213X` | `R213*` | nonsense | 213–213 |
/// | `p.Met1?`, `p.M1I` | `M1?`, `M1I` | start loss | 1–1 |
/// | `p.Ter757GlnextTer?` | `*757Qext*?` | stop loss | 757–757 |
/// | `p.X1010_splice` | `X1010_splice` | splice | 1010–1010 |
/// | `c.3028+1G>A` | `splice` | splice | none |
/// | `p.Gly12=`, `p.G12G` | `G12=` | synonymous | 12–12 |
/// | `p.(=)` | `=` | synonymous | none |
/// | `p.0` | `0` | other (no protein made) | none |
///
/// Decisions worth knowing:
/// - A splice site keeps its position but not its residue: `p.K1010_splice` becomes
///   `X1010_splice`. A coding-DNA change at intron offset ±1 or ±2 (`c.3028+1G>A`, a canonical
///   splice site) is `.splice` with the short form `splice` and no positions; other `c.` text,
///   including deeper intronic changes, is not a protein change (`nil`). An exon-relative MSK
///   form such as `e14+1` or `e14-2` is also `.splice`, kept as written, without positions.
/// - `p.?` (effect unknown) gives `nil`; `p.0` (no protein made) gives `.other` with short `0`.
/// - Text that names a residue number but in no form the grammar knows (`M1ext-5`, exon
///   skipping) is `.other`, cleaned of its prefix, parentheses and extra spaces, with the
///   first residue's position when there is one. Text without any digit is `nil`.
/// - `normalize(change.short)` gives `change` back for every result.
public enum ProteinChangeNormalizer {
  /// The canonical protein change that `text` spells, or `nil` when it is not one (empty,
  /// `.`, `NA`, `p.?`, text without a residue number, non-ASCII text).
  ///
  /// - Complexity: O(n) in the length of `text`.
  public static func normalize(_ text: some StringProtocol) -> ProteinChange? {
    var string = String(text)
    return string.withUTF8 { normalize(bytes: $0) }
  }

  /// The same, from bytes (the MAF reader's fields, read in place); non-ASCII bytes give `nil`.
  static func normalize(bytes input: UnsafeBufferPointer<UInt8>) -> ProteinChange? {
    guard let range = cleaned(input) else { return nil }
    let text = UnsafeBufferPointer(rebasing: input[range])
    if startsWith(text, UInt8(ascii: "c")) {
      let position = UnsafeBufferPointer(rebasing: text.dropFirst(2))
      return isCanonicalSpliceSite(position) ? change("splice", .splice, nil, nil) : nil
    }
    if text.count <= 6 {  // the whole-text forms are short; skip building a string otherwise
      switch String(decoding: text, as: UTF8.self) {
      case "", "?": return nil
      case "=": return change("=", .synonymous, nil, nil)
      case "0", "0?": return change("0", .other, nil, nil)
      case "splice": return change("splice", .splice, nil, nil)
      default: break
      }
    }
    if isExonSplice(text) {
      return change(String(decoding: text, as: UTF8.self), .splice, nil, nil)
    }
    var scanner = ProteinChangeScanner(text)
    if let parsed = parseResidueChange(&scanner) { return parsed }
    return other(text)
  }

  /// Trims spaces, drops an accession (`ENSP….4:`), a `p.` prefix and enclosing parentheses
  /// until none is left (so the result is a fixed point), and refuses placeholders and non-ASCII.
  /// - Returns: the range of `input` that remains.
  private static func cleaned(_ input: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    guard input.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || isSpace($0) }) else { return nil }
    var text = input[...]
    var changed = true
    while changed {
      let before = text.count
      while let first = text.first, isSpace(first) { text.removeFirst() }
      while let last = text.last, isSpace(last) { text.removeLast() }
      if let colon = text.lastIndex(of: UInt8(ascii: ":")) { text = text[(colon + 1)...] }
      if startsWith(text, UInt8(ascii: "p")) { text.removeFirst(2) }
      if text.count >= 2, text.first == UInt8(ascii: "("), text.last == UInt8(ascii: ")") {
        text = text.dropFirst().dropLast()
      }
      changed = text.count != before
    }
    // Placeholders are short: compare them as strings only then.
    guard text.count <= 4 else { return text.startIndex..<text.endIndex }
    switch String(decoding: text, as: UTF8.self) {
    case ".", "-", "NA", "N/A", "NULL", "null", "None": return nil
    default: return text.startIndex..<text.endIndex
    }
  }

  /// A `c.` position with an intron offset of 1 or 2 (`3028+1G>A`, `c.100-2A>G`).
  private static func isCanonicalSpliceSite(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var scanner = ProteinChangeScanner(text)
    guard scanner.number() != nil else { return false }
    guard scanner.consume("+") || scanner.consume("-"), let offset = scanner.number() else {
      return false
    }
    return offset == 1 || offset == 2
  }

  /// `e14+1`, `e14-2`: MSK's exon-relative splice-site notation.
  private static func isExonSplice(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var scanner = ProteinChangeScanner(text)
    guard scanner.consume("e"), scanner.number() != nil,
      scanner.consume("+") || scanner.consume("-"), scanner.number() != nil
    else { return false }
    return scanner.isAtEnd
  }

  /// A form the grammar does not know: kept, spaces collapsed, when it names a residue number.
  private static func other(_ text: UnsafeBufferPointer<UInt8>) -> ProteinChange? {
    guard text.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    var short: [UInt8] = []
    for byte in text {
      if isSpace(byte) {
        if short.last != UInt8(ascii: " ") { short.append(UInt8(ascii: " ")) }
      } else {
        short.append(byte)
      }
    }
    let (start, end) = short.withUnsafeBufferPointer { bytes -> (Int?, Int?) in
      var scanner = ProteinChangeScanner(bytes)
      guard scanner.residue() != nil, let first = scanner.number() else { return (nil, nil) }
      if scanner.consume("_"), scanner.residue() != nil, let last = scanner.number(), last >= first {
        return (first, last)
      }
      return (first, first)
    }
    return change(String(decoding: short, as: UTF8.self), .other, start, end)
  }

  /// True when `text` starts with `letter` and a dot (`p.`, `c.`).
  private static func startsWith(_ text: some Collection<UInt8>, _ letter: UInt8) -> Bool {
    var iterator = text.makeIterator()
    return iterator.next() == letter && iterator.next() == UInt8(ascii: ".")
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
