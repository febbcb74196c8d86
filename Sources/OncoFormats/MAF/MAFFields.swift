import Glibc
import OncoModel

/// The tab-separated fields of one MAF line, as byte ranges into the line (no copies).
///
/// One value is reused for every line of a file so that splitting allocates nothing.
struct MAFFields {
  /// Where each field starts and ends; only the first ``count`` entries belong to this line.
  private var starts: [Int] = []
  private var ends: [Int] = []
  private var fieldCount = 0
  private var base: UnsafePointer<UInt8>?

  /// The number of fields of the line last split.
  var count: Int { fieldCount }

  /// Splits `line` at tabs; the buffer must stay valid while the fields are read.
  ///
  /// Tabs are found eight bytes at a time (a MAF row has dozens of short fields, and a
  /// `memchr` call per field cost more than the search), and the bounds are written through
  /// pointers into arrays kept from the previous line, grown when a line has more fields.
  mutating func split(_ line: UnsafeBufferPointer<UInt8>) {
    base = line.baseAddress
    guard let pointer = line.baseAddress else {
      fieldCount = 1
      if starts.isEmpty { reserve(1) }
      starts[0] = 0
      ends[0] = 0
      return
    }
    while true {
      let found = starts.withUnsafeMutableBufferPointer { starts in
        ends.withUnsafeMutableBufferPointer { ends in
          MAFFields.findTabs(pointer, count: line.count, starts: starts, ends: ends)
        }
      }
      fieldCount = found
      if found <= starts.count { return }
      reserve(found)
    }
  }

  /// Writes the bounds of the fields of `count` bytes at `pointer` into `starts` and `ends` while
  /// they have room, and returns how many fields there are (more than their room: call again).
  private static func findTabs(
    _ pointer: UnsafePointer<UInt8>, count: Int, starts: UnsafeMutableBufferPointer<Int>,
    ends: UnsafeMutableBufferPointer<Int>
  ) -> Int {
    var field = 0
    @inline(__always) func tab(at index: Int) {
      if field < ends.count { ends[field] = index }
      field += 1
      if field < starts.count { starts[field] = index + 1 }
    }
    if !starts.isEmpty { starts[0] = 0 }
    let raw = UnsafeRawPointer(pointer)
    var index = 0
    while index + 8 <= count {
      // A byte of `word` is zero where the line has a tab; `zeros` gets 0x80 in exactly those
      // bytes (no borrow between bytes, unlike the shorter `(x - 0x01…) & ~x` test).
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) ^ tabs
      var zeros = ~(((word & low7) &+ low7) | word | low7)
      while zeros != 0 {
        tab(at: index + zeros.trailingZeroBitCount >> 3)
        zeros &= zeros &- 1
      }
      index += 8
    }
    while index < count {
      if pointer[index] == 0x09 { tab(at: index) }
      index += 1
    }
    if field < ends.count { ends[field] = count }
    return field + 1
  }

  private static let tabs: UInt64 = 0x0909_0909_0909_0909
  private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  /// Makes room for the bounds of `count` fields.
  private mutating func reserve(_ count: Int) {
    starts = [Int](repeating: 0, count: count)
    ends = [Int](repeating: 0, count: count)
  }

  /// The 1-based byte column where field `index` starts, for diagnostics.
  func column(_ index: Int) -> Int {
    index < fieldCount ? starts[index] + 1 : (fieldCount > 0 ? ends[fieldCount - 1] : 0) + 1
  }

  /// The bytes of field `index`; empty when the column is absent from the file.
  func bytes(_ index: Int?) -> UnsafeBufferPointer<UInt8> {
    guard let index, index < fieldCount, let base else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base + starts[index], count: ends[index] - starts[index])
  }

  /// Field `index` as text, or `nil` when it is absent or a missing-value marker
  /// (empty, `.`, `NA`).
  func text(_ index: Int?) -> String? {
    let field = bytes(index)
    guard !MAFFields.isMissing(field) else { return nil }
    return String(decoding: field, as: UTF8.self)
  }

  /// Field `index` as text, kept unless empty (alleles, where `-` and `.` mean something).
  func verbatim(_ index: Int?) -> String? {
    let field = bytes(index)
    return field.isEmpty ? nil : String(decoding: field, as: UTF8.self)
  }

  /// A non-negative integer field: `.value(nil)` when missing, `.invalid` when not a number.
  func integer(_ index: Int?) -> Parsed<Int> {
    let field = bytes(index)
    if MAFFields.isMissing(field) { return .value(nil) }
    guard field.count <= 18 else { return .invalid }
    var value = 0
    for byte in field {
      guard byte >= 0x30, byte <= 0x39 else { return .invalid }
      value = value * 10 + Int(byte - 0x30)
    }
    return .value(value)
  }

  /// An exon or intron number (`19`, `19/28`, `18-19/28`) read from bytes: `.value(nil)` when
  /// missing, `.invalid` for anything else (a spreadsheet date such as `19-Feb`).
  func featureNumber(_ index: Int?) -> Parsed<FeatureNumber> {
    let field = bytes(index)
    if MAFFields.isMissing(field) { return .value(nil) }
    var numbers: [Int?] = [nil, nil, nil]  // first, last, total
    var slot = 0
    var digits = 0
    for byte in field {
      switch byte {
      case 0x30...0x39:
        guard digits < 9 else { return .invalid }
        numbers[slot] = (numbers[slot] ?? 0) * 10 + Int(byte - 0x30)
        digits += 1
      case UInt8(ascii: "-") where slot == 0 && digits > 0:
        slot = 1
        digits = 0
      case UInt8(ascii: "/") where slot < 2 && digits > 0:
        slot = 2
        digits = 0
      default:
        return .invalid
      }
    }
    guard digits > 0, let first = numbers[0] else { return .invalid }
    return .value(FeatureNumber(number: first, last: numbers[1], total: numbers[2]))
  }

  /// True when the field is exactly `literal`.
  func equals(_ index: Int?, _ literal: StaticString) -> Bool {
    let field = bytes(index)
    guard field.count == literal.utf8CodeUnitCount else { return false }
    guard let start = field.baseAddress else { return field.isEmpty }
    return memcmp(start, literal.utf8Start, field.count) == 0
  }

  /// True when the field equals `literal`, ignoring ASCII case.
  func equals(_ index: Int?, ignoringCase literal: StaticString) -> Bool {
    let field = bytes(index)
    guard field.count == literal.utf8CodeUnitCount else { return false }
    let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    for (byte, other) in zip(field, expected) where byte | 0x20 != other | 0x20 {
      return false
    }
    return true
  }

  /// The empty field and the markers MAF writers use for "no value": `.`, `NA`.
  static func isMissing(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    switch field.count {
    case 0: return true
    case 1: return field[0] == UInt8(ascii: ".")
    case 2: return field[0] == UInt8(ascii: "N") && field[1] == UInt8(ascii: "A")
    default: return false
    }
  }

  /// A field read as a number: a value (possibly absent) or text that is not a number.
  enum Parsed<Value> {
    case value(Value?)
    case invalid
  }
}
