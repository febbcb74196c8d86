import Glibc
import OncoModel

/// A view of bytes inside a line buffer; valid only while the line is.
typealias Bytes = UnsafeBufferPointer<UInt8>

/// Byte constants of the VCF syntax.
enum ASCII {
  static let tab = UInt8(ascii: "\t")
  static let semicolon = UInt8(ascii: ";")
  static let colon = UInt8(ascii: ":")
  static let comma = UInt8(ascii: ",")
  static let equals = UInt8(ascii: "=")
  static let pipe = UInt8(ascii: "|")
  static let dot = UInt8(ascii: ".")
  static let hash = UInt8(ascii: "#")
  static let percent = UInt8(ascii: "%")
  static let minus = UInt8(ascii: "-")
  static let plus = UInt8(ascii: "+")
  static let ampersand = UInt8(ascii: "&")
  static let zero = UInt8(ascii: "0")
  static let nine = UInt8(ascii: "9")
}

extension UnsafeBufferPointer where Element == UInt8 {
  /// The sub-range `range` re-based at index 0.
  @inline(__always) func slice(_ range: Range<Int>) -> Bytes {
    Bytes(rebasing: self[range])
  }

  /// The bytes from `start` to the end.
  @inline(__always) func suffix(from start: Int) -> Bytes {
    Bytes(rebasing: self[Swift.min(start, count)...])
  }

  /// The bytes as a `String`, invalid UTF-8 repaired.
  var string: String { String(decoding: self, as: UTF8.self) }

  /// The VCF missing value: `.` (an empty field counts as missing too).
  var isMissing: Bool { isEmpty || (count == 1 && self[0] == ASCII.dot) }

  /// The index of the first `byte` at or after `start`, found with `memchr`.
  @inline(__always) func index(of byte: UInt8, from start: Int = 0) -> Int? {
    guard start < count, let base = baseAddress,
      let hit = memchr(base + start, Int32(byte), count - start)
    else { return nil }
    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
  }

  /// How many times `byte` occurs.
  ///
  /// Eight bytes at a time: after XOR with the repeated byte, a matching byte is zero, and
  /// `((w & 0x7F…) + 0x7F…) | w` has the high bit of every non-zero byte set, without carries
  /// between bytes.
  func occurrences(of byte: UInt8) -> Int {
    guard let base = baseAddress else { return 0 }
    let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    var total = 0
    var index = 0
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ pattern
      let nonZero = (((word & low) &+ low) | word) & ~low
      total += 8 - nonZero.nonzeroBitCount
      index += 8
    }
    while index < count {
      if base[index] == byte { total += 1 }
      index += 1
    }
    return total
  }

  /// Byte-wise equality with an ASCII literal.
  @inline(__always) func equals(_ literal: StaticString) -> Bool {
    guard count == literal.utf8CodeUnitCount else { return false }
    guard let base = baseAddress else { return true }
    return memcmp(base, literal.utf8Start, count) == 0
  }

  /// Byte-wise equality with another byte view.
  @inline(__always) func equals(_ other: Bytes) -> Bool {
    guard count == other.count else { return false }
    guard let base = baseAddress, let otherBase = other.baseAddress else { return true }
    return memcmp(base, otherBase, count) == 0
  }

  /// Calls `body` with each piece between `separator`s and its offset; stops when `body` returns false.
  @inline(__always) func forEachPiece(
    separatedBy separator: UInt8, _ body: (Bytes, Int) throws -> Bool
  ) rethrows {
    var start = 0
    while true {
      let end = index(of: separator, from: start) ?? count
      guard try body(slice(start..<end), start), end < count else { return }
      start = end + 1
    }
  }

  /// The piece number `wanted` (0-based) between `separator`s, or `nil` past the last.
  func piece(_ wanted: Int, separatedBy separator: UInt8) -> Bytes? {
    var found: Bytes?
    var number = 0
    forEachPiece(separatedBy: separator) { piece, _ in
      if number == wanted {
        found = piece
        return false
      }
      number += 1
      return true
    }
    return found
  }

  /// A decimal integer with an optional sign; `nil` for anything else or on overflow.
  func parseInt() -> Int? {
    guard !isEmpty else { return nil }
    var index = 0
    var negative = false
    if self[0] == ASCII.minus || self[0] == ASCII.plus {
      negative = self[0] == ASCII.minus
      index = 1
      guard count > 1 else { return nil }
    }
    var value = 0
    while index < count {
      let digit = self[index] &- ASCII.zero
      guard digit < 10 else { return nil }
      let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowB) = times.addingReportingOverflow(Int(digit))
      guard !overflowA, !overflowB else { return nil }
      value = sum
      index += 1
    }
    return negative ? -value : value
  }

  /// A decimal floating-point number (`12`, `-0.5`, `1e-3`, `NaN`, `Inf`); `nil` for anything else.
  ///
  /// Short plain decimals are converted exactly from their digits; other forms go through the
  /// standard library's correctly rounded parser.
  func parseDouble() -> Double? {
    guard !isEmpty else { return nil }
    var index = 0
    var negative = false
    if self[0] == ASCII.minus || self[0] == ASCII.plus {
      negative = self[0] == ASCII.minus
      index = 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var fraction = 0
    var seenDot = false
    while index < count {
      let byte = self[index]
      let digit = byte &- ASCII.zero
      if digit < 10 {
        mantissa = mantissa &* 10 &+ UInt64(digit)
        digits += 1
        if seenDot { fraction += 1 }
      } else if byte == ASCII.dot, !seenDot {
        seenDot = true
      } else {
        return Double(string)  // exponent, NaN, Inf, or garbage (which gives nil)
      }
      index += 1
    }
    guard digits > 0 else { return nil }
    guard digits <= 15, fraction < Bytes.powersOfTen.count else { return Double(string) }
    let magnitude = Double(mantissa) / Bytes.powersOfTen[fraction]
    return negative ? -magnitude : magnitude
  }

  /// Exact powers of ten as doubles (10^0 … 10^22).
  static let powersOfTen: [Double] = (0...22).map { exponent in
    var value = 1.0
    for _ in 0..<exponent { value *= 10 }
    return value
  }

  /// True when `literal` occurs in the bytes.
  func contains(_ literal: StaticString) -> Bool {
    let length = literal.utf8CodeUnitCount
    guard length > 0 else { return true }
    guard length <= count, let base = baseAddress else { return false }
    let first = literal.utf8Start.pointee
    var from = 0
    while let hit = index(of: first, from: from), hit + length <= count {
      if memcmp(base + hit, literal.utf8Start, length) == 0 { return true }
      from = hit + 1
    }
    return false
  }

  /// An exon or intron number (`19`, `19/28`, `18-19/28`), parsed from the bytes.
  func featureNumber() -> FeatureNumber? {
    let slash = index(of: UInt8(ascii: "/"))
    let range = slash.map { slice(0..<$0) } ?? self
    var total: Int?
    if let slash {
      guard let parsed = suffix(from: slash + 1).parseInt() else { return nil }
      total = parsed
    }
    if let dash = range.index(of: ASCII.minus), dash > 0 {
      guard let first = range.slice(0..<dash).parseInt(), let last = range.suffix(from: dash + 1).parseInt()
      else { return nil }
      return FeatureNumber(number: first, last: last, total: total)
    }
    guard let number = range.parseInt() else { return nil }
    return FeatureNumber(number: number, total: total)
  }

  /// The text with VCF 4.3 percent-encoding (`%3A`, `%3B`, `%3D`, `%25`, `%2C`, …) decoded.
  ///
  /// A `%` not followed by two hexadecimal digits is kept as it is.
  func percentDecoded() -> String {
    guard index(of: ASCII.percent) != nil else { return string }
    var decoded: [UInt8] = []
    decoded.reserveCapacity(count)
    var index = 0
    while index < count {
      if self[index] == ASCII.percent, index + 2 < count,
        let high = Bytes.hexValue(self[index + 1]), let low = Bytes.hexValue(self[index + 2])
      {
        decoded.append(high << 4 | low)
        index += 3
      } else {
        decoded.append(self[index])
        index += 1
      }
    }
    return String(decoding: decoded, as: UTF8.self)
  }

  /// The value of one hexadecimal digit.
  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    default: return nil
    }
  }
}
