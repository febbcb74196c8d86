import Glibc
import OncoModel

/// Reads a delimited text table (TSV, CSV) row by row in constant memory.
///
/// With `quoting`, fields follow RFC 4180: a field that starts with `"` runs to the next lone
/// `"`, a doubled `""` inside it is one quote, and it may hold delimiters and line breaks, so a
/// row can span several lines; ``Row/line`` is the line the row starts on. Without `quoting`
/// (cBioPortal files), a line is a row and quotes are ordinary characters.
///
/// Bytes are decoded as UTF-8; a file that is not valid UTF-8 is decoded as Latin-1 (ISO 8859-1)
/// from the first invalid field on, and ``usedLatin1Fallback`` turns true so the caller can warn.
struct DelimitedReader {
  /// One row of a table: its fields and the 1-based line it starts on.
  struct Row {
    var fields: [String]
    var line: Int
  }

  let lines: LineReader
  let delimiter: UInt8
  let quoting: Bool
  private let state = State()

  /// Mutable flags shared by copies of the reader.
  private final class State {
    var usedLatin1Fallback = false
    var unterminatedQuoteLine: Int?
    /// The previous row's field count, to size the next row's array once.
    var fieldCount = 0
  }

  var path: String { lines.path }
  /// True once a field was not valid UTF-8 and was decoded as Latin-1.
  var usedLatin1Fallback: Bool { state.usedLatin1Fallback }
  /// The line of a quoted field still open at the end of the file, if any.
  var unterminatedQuoteLine: Int? { state.unterminatedQuoteLine }

  init(path: String, delimiter: UInt8 = UInt8(ascii: "\t"), quoting: Bool = false) throws {
    lines = try LineReader(path: path)
    self.delimiter = delimiter
    self.quoting = quoting
  }

  /// The next row, or `nil` at the end of the file.
  func next() throws -> Row? {
    var row = Row(fields: [], line: 0)
    return try next(into: &row) ? row : nil
  }

  /// Reads the next row into `row`, reusing its field array's storage; `false` at the end of
  /// the file (`row` is then left empty).
  ///
  /// A reader of millions of rows saves an array allocation and free per row this way.
  func next(into row: inout Row) throws -> Bool {
    row.fields.removeAll(keepingCapacity: true)
    // The array is moved out and back so that appending to it never copies it.
    var fields = row.fields
    row.fields = []
    defer { row.fields = fields }
    var field: [UInt8] = []
    var inQuotes = false
    var startLine: Int?
    var splitWhole = false
    while true {
      let more: Bool? = try lines.withNextLine { bytes -> Bool in
        if startLine == nil {
          startLine = lines.lineNumber
          // The usual row: one line with no quote. Its fields are cut out of the buffer
          // directly, not copied byte by byte.
          if !quoting || bytes.baseAddress.map({ memchr($0, 0x22, bytes.count) == nil }) ?? true {
            if fields.capacity < state.fieldCount { fields.reserveCapacity(state.fieldCount) }
            splitPlain(bytes, into: &fields)
            splitWhole = true
            state.fieldCount = fields.count
            return false
          }
        }
        var index = 0
        if inQuotes { field.append(UInt8(ascii: "\n")) }
        while index < bytes.count {
          let byte = bytes[index]
          if inQuotes {
            if byte == UInt8(ascii: "\"") {
              if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                field.append(byte)
                index += 1
              } else {
                inQuotes = false
              }
            } else {
              field.append(byte)
            }
          } else if byte == delimiter {
            fields.append(decode(field))
            field.removeAll(keepingCapacity: true)
          } else if quoting, byte == UInt8(ascii: "\""), field.isEmpty {
            inQuotes = true
          } else {
            field.append(byte)
          }
          index += 1
        }
        return inQuotes
      }
      guard let continues = more else {
        guard let startLine else { return false }
        if inQuotes { state.unterminatedQuoteLine = startLine }
        fields.append(decode(field))
        row.line = startLine
        return true
      }
      if !continues, let startLine {
        if !splitWhole { fields.append(decode(field)) }
        row.line = startLine
        return true
      }
    }
  }

  /// Splits a line without quotes at each delimiter; the last field goes into `fields` too.
  ///
  /// A line of ASCII bytes (nearly every line) is checked once, and its fields are made with
  /// `String(decoding:as:)`, which cannot repair anything in ASCII; the general
  /// `String(validating:as:)` is generic over the encoding and, unspecialised, costs a metadata
  /// lookup per field.
  private func splitPlain(_ bytes: UnsafeBufferPointer<UInt8>, into fields: inout [String]) {
    let ascii = DelimitedReader.isASCII(bytes)
    func cut(_ range: Range<Int>) -> String {
      let field = UnsafeBufferPointer(rebasing: bytes[range])
      return ascii ? String(decoding: field, as: UTF8.self) : decode(field)
    }
    var start = 0
    var index = 0
    while index < bytes.count {
      if bytes[index] == delimiter {
        fields.append(cut(start..<index))
        start = index + 1
      }
      index += 1
    }
    fields.append(cut(start..<bytes.count))
  }

  /// True when every byte is below 0x80, eight bytes at a time.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var index = 0
    var high: UInt64 = 0
    while index + 8 <= bytes.count {
      high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      index += 8
    }
    while index < bytes.count {
      high |= UInt64(bytes[index])
      index += 1
    }
    return high & 0x8080_8080_8080_8080 == 0
  }

  private func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if DelimitedReader.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    state.usedLatin1Fallback = true
    var text = ""
    text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
    return text
  }

  private func decode(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { decode($0) }
  }

}
