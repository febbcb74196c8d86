import Foundation

/// Normal forms for label and synonym lookup, and the edit distance behind "did you mean".
enum TextKey {
  /// The lookup key of a label: lower-cased, accents removed, runs of white space collapsed.
  ///
  /// `"Mélanome  malin"` and `"MELANOME MALIN"` share the key `"melanome malin"`.
  static func normalized(_ text: String) -> String {
    if isNormalizedASCII(text) { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if byte >= 0x80 { return slowNormalized(text) }
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether `text` is already its own key: ASCII without capitals, tabs, line breaks or
  /// doubled, leading or trailing spaces (most labels), so no copy is needed.
  private static func isNormalizedASCII(_ text: String) -> Bool {
    var previous: UInt8 = 0x20
    for byte in text.utf8 {
      if byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) || byte < 0x20 { return false }
      if byte == 0x20, previous == 0x20 { return false }
      previous = byte
    }
    return previous != 0x20
  }

  /// Accented Latin letters folded without Foundation (the common case in French labels).
  private static let latinFolds: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = [:]
    let groups: [(String, String)] = [
      ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
      ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝ", "y"), ("æÆ", "ae"), ("œŒ", "oe"),
      ("ß", "ss"),
    ]
    for (letters, folded) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = folded }
    }
    return table
  }()

  private static func slowNormalized(_ text: String) -> String {
    var ascii = ""
    ascii.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        ascii.unicodeScalars.append(scalar)
      } else if let folded = latinFolds[scalar] {
        ascii += folded
      } else {
        return foundationNormalized(text)
      }
    }
    return normalized(ascii)
  }

  private static func foundationNormalized(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .lowercased()
    return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The Levenshtein distance between `a` and `b`, or `nil` when it exceeds `limit`.
  ///
  /// - Complexity: O(|a| × |b|) at worst, stopping as soon as a row exceeds `limit`.
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return nil }
      swap(&previous, &current)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }
}
