/// Amino-acid codes as HGVS writes them, mapped to the one-letter codes of the short form.
enum AminoAcid {
  /// The one-letter codes accepted as residues: the 20 standard amino acids, selenocysteine
  /// (`U`), pyrrolysine (`O`), the ambiguity codes `B`, `Z`, `X`, and `*` for a stop.
  static func isOneLetter(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A"), UInt8(ascii: "B"), UInt8(ascii: "C"), UInt8(ascii: "D"),
      UInt8(ascii: "E"), UInt8(ascii: "F"), UInt8(ascii: "G"), UInt8(ascii: "H"),
      UInt8(ascii: "I"), UInt8(ascii: "K"), UInt8(ascii: "L"), UInt8(ascii: "M"),
      UInt8(ascii: "N"), UInt8(ascii: "O"), UInt8(ascii: "P"), UInt8(ascii: "Q"),
      UInt8(ascii: "R"), UInt8(ascii: "S"), UInt8(ascii: "T"), UInt8(ascii: "U"),
      UInt8(ascii: "V"), UInt8(ascii: "W"), UInt8(ascii: "X"), UInt8(ascii: "Y"),
      UInt8(ascii: "Z"), UInt8(ascii: "*"):
      return true
    default:
      return false
    }
  }

  /// The one-letter code of a three-letter code (`Gly` → `G`, `Ter` → `*`), or `nil`.
  ///
  /// The first letter is upper case and the other two lower case, as HGVS writes them; that is
  /// what tells `Ser` (serine) from `S` followed by other text.
  static func oneLetter(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> UInt8? {
    // Packed as a 24-bit key so the lookup is a switch over integers, not a string hash.
    let key = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
    guard let index = threeLetterKeys.firstIndex(of: key) else { return nil }
    return oneLetterCodes[index]
  }

  private static let threeLetterNames: [String] = [
    "Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met",
    "Phe", "Pro", "Ser", "Thr", "Trp", "Tyr", "Val", "Sec", "Pyl", "Asx", "Glx", "Xaa", "Ter",
  ]

  private static let oneLetterCodes: [UInt8] = Array("ARNDCQEGHILKMFPSTWYVUOBZX*".utf8)

  private static let threeLetterKeys: [UInt32] = threeLetterNames.map { name in
    name.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
  }
}
