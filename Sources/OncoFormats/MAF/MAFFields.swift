import Glibc
import OncoModel

/// The tab-separated fields of one MAF line, as byte ranges into the line (no copies).
///
/// One value is reused for every line of a file so that splitting allocates nothing.
struct MAFFields {
  private(set) var starts: [Int] = []
  private(set) var ends: [Int] = []
  private var base: UnsafePointer<UInt8>?

  var count: Int { starts.count }

  /// Splits `line` at tabs; the buffer must stay valid while the fields are read.
  mutating func split(_ line: UnsafeBufferPointer<UInt8>) {
    starts.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    base = line.baseAddress
    guard let pointer = line.baseAddress else {
      starts.append(0)
      ends.append(0)
      return
    }
    var position = 0
    while true {
      starts.append(position)
      let remaining = line.count - position
      guard remaining > 0, let tab = memchr(pointer + position, 0x09, remaining) else {
        ends.append(line.count)
        return
      }
      let tabIndex = pointer.distance(to: tab.assumingMemoryBound(to: UInt8.self))
      ends.append(tabIndex)
      position = tabIndex + 1
    }
  }

  /// The 1-based byte column where field `index` starts, for diagnostics.
  func column(_ index: Int) -> Int {
    index < starts.count ? starts[index] + 1 : (ends.last ?? 0) + 1
  }

  /// The bytes of field `index`; empty when the column is absent from the file.
  func bytes(_ index: Int?) -> UnsafeBufferPointer<UInt8> {
    guard let index, index < starts.count, let base else { return UnsafeBufferPointer(start: nil, count: 0) }
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
