import OncoModel

/// The HGVS protein grammar proper: a residue and position, an optional range end, then the
/// kind of change. Input has already lost its accession, `p.` prefix and parentheses.
extension ProteinChangeNormalizer {
  /// Parses `R12C`-style text; `nil` when it does not start with a residue and a position or
  /// when the rest is not a change the grammar knows (the caller then falls back to `.other`).
  static func parseResidueChange(_ scanner: inout ProteinChangeScanner) -> ProteinChange? {
    guard let ref = scanner.residue(), let start = scanner.number() else { return nil }
    if scanner.consume("_") {
      if scanner.consume("splice") {
        // The residue at a splice site is not changed: the short form names it `X`, as OQL does.
        return scanner.isAtEnd ? change("X\(start)_splice", .splice, start, start) : nil
      }
      guard let lastRef = scanner.residue(), let end = scanner.number(), end > start else {
        return nil
      }
      let range = "\(letter(ref))\(start)_\(letter(lastRef))\(end)"
      return parseRangeTail(&scanner, range: range, start: start, end: end)
    }
    return parseSingleTail(&scanner, ref: ref, position: start)
  }

  /// What follows `R1_R2` (`del`, `dup`, `ins…`, `delins…`).
  private static func parseRangeTail(
    _ scanner: inout ProteinChangeScanner, range: String, start: Int, end: Int
  ) -> ProteinChange? {
    if scanner.consume("delins") {
      let inserted = scanner.residues()
      guard !inserted.isEmpty, scanner.isAtEnd else { return nil }
      return change(range + "delins" + letters(inserted), .delins, start, end)
    }
    if scanner.consume("del") {
      return deletedResiduesEnd(&scanner) ? change(range + "del", .inframeDeletion, start, end) : nil
    }
    if scanner.consume("dup") {
      return deletedResiduesEnd(&scanner) ? change(range + "dup", .duplication, start, end) : nil
    }
    if scanner.consume("ins") {
      let inserted = scanner.residues()
      guard !inserted.isEmpty, scanner.isAtEnd else { return nil }
      return change(range + "ins" + letters(inserted), .inframeInsertion, start, end)
    }
    return nil
  }

  /// What follows a single residue `R12`: an alternate residue, `=`, `?`, `del`, `dup`,
  /// `delins…`, `fs…`, `ext…` or `_splice` (handled by the caller).
  private static func parseSingleTail(
    _ scanner: inout ProteinChangeScanner, ref: UInt8, position: Int
  ) -> ProteinChange? {
    let residue = shortForm(ref, position)
    if scanner.consume("=") {
      return scanner.isAtEnd ? change(residue + "=", .synonymous, position, position) : nil
    }
    if scanner.consume("?") {
      guard scanner.isAtEnd else { return nil }
      let isStartLoss = position == 1 && ref == UInt8(ascii: "M")
      return change(residue + "?", isStartLoss ? .startLoss : .other, position, position)
    }
    if scanner.consume("delins") {
      let inserted = scanner.residues()
      guard !inserted.isEmpty, scanner.isAtEnd else { return nil }
      return change(residue + "delins" + letters(inserted), .delins, position, position)
    }
    if scanner.consume("del") {
      return deletedResiduesEnd(&scanner)
        ? change(residue + "del", .inframeDeletion, position, position) : nil
    }
    if scanner.consume("dup") {
      return deletedResiduesEnd(&scanner)
        ? change(residue + "dup", .duplication, position, position) : nil
    }
    let alt = scanner.residue()
    if scanner.consume("fs") {
      return frameshiftTailEnds(&scanner)
        ? change(residue + "fs", .frameshift, position, position) : nil
    }
    if scanner.consume("ext") {
      return parseExtension(&scanner, residue: residue, ref: ref, alt: alt, position: position)
    }
    guard let alt, scanner.isAtEnd else { return nil }
    return substitution(ref: ref, alt: alt, position: position)
  }

  /// One residue replaced by another: missense, nonsense, synonymous, start or stop loss.
  private static func substitution(ref: UInt8, alt: UInt8, position: Int) -> ProteinChange {
    // As an alternate residue, `X` is the stop of older MAFs (`R213X`).
    let isStop = alt == UInt8(ascii: "*") || alt == UInt8(ascii: "X")
    let refIsStop = ref == UInt8(ascii: "*")
    if alt == ref || (isStop && refIsStop) {
      return change(shortForm(ref, position, UInt8(ascii: "=")), .synonymous, position, position)
    }
    if isStop { return change(shortForm(ref, position, UInt8(ascii: "*")), .nonsense, position, position) }
    if refIsStop { return change(shortForm(ref, position, alt), .stopLoss, position, position) }
    if position == 1, ref == UInt8(ascii: "M") {
      return change(shortForm(ref, position, alt), .startLoss, position, position)
    }
    return change(shortForm(ref, position, alt), .missense, position, position)
  }

  /// `ref`, the decimal `position` and `tail` (`G12`, `G12C`), made from bytes: interpolating
  /// the residue and number cost more than the rest of the parse, once per MAF row.
  static func shortForm(_ ref: UInt8, _ position: Int, _ tail: UInt8? = nil) -> String {
    // 1 + 20 digits (any Int) + 1: always room; the scanner gives at most 9 digits.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
      var digits = 0
      var rest = position.magnitude
      repeat {
        digits += 1
        rest /= 10
      } while rest > 0
      var count = 0
      buffer[count] = ref
      count += 1
      if position < 0 {
        buffer[count] = UInt8(ascii: "-")
        count += 1
      }
      rest = position.magnitude
      for offset in stride(from: count + digits - 1, through: count, by: -1) {
        buffer[offset] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      }
      count += digits
      if let tail {
        buffer[count] = tail
        count += 1
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
    }
  }

  /// `*757Lext*?`: the stop is read through; `ext` on another residue (`M1ext-5`) is `.other`.
  private static func parseExtension(
    _ scanner: inout ProteinChangeScanner, residue: String, ref: UInt8, alt: UInt8?, position: Int
  ) -> ProteinChange? {
    var tail = ""
    if let newStop = scanner.residue() { tail += letter(newStop) }
    if scanner.consume("?") {
      tail += "?"
    } else {
      if scanner.consume("-") { tail += "-" }
      guard let length = scanner.number() else { return nil }
      tail += String(length)
    }
    guard scanner.isAtEnd else { return nil }
    let short = residue + (alt.map(letter) ?? "") + "ext" + tail
    let kind: ProteinChange.Kind = ref == UInt8(ascii: "*") ? .stopLoss : .other
    return change(short, kind, position, position)
  }

  /// After `fs`: nothing, or a stop (`*`, `Ter`, `X`) with a length or `?`.
  private static func frameshiftTailEnds(_ scanner: inout ProteinChangeScanner) -> Bool {
    if scanner.isAtEnd { return true }
    guard let stop = scanner.residue(), stop == UInt8(ascii: "*") || stop == UInt8(ascii: "X")
    else { return false }
    if scanner.consume("?") { return scanner.isAtEnd }
    _ = scanner.number()
    return scanner.isAtEnd
  }

  /// After `del`/`dup`: nothing, or the residues named again (`delELREA`, older notation).
  private static func deletedResiduesEnd(_ scanner: inout ProteinChangeScanner) -> Bool {
    _ = scanner.residues()
    _ = scanner.number()
    return scanner.isAtEnd
  }

  static func change(
    _ short: String, _ kind: ProteinChange.Kind, _ start: Int?, _ end: Int?
  ) -> ProteinChange {
    ProteinChange(short: short, kind: kind, start: start, end: end)
  }

  private static func letter(_ code: UInt8) -> String { String(UnicodeScalar(code)) }

  private static func letters(_ codes: [UInt8]) -> String {
    String(decoding: codes, as: UTF8.self)
  }
}
