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
    var fields: [String] = []
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
            fields.reserveCapacity(state.fieldCount)
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
        guard let startLine else { return nil }
        if inQuotes { state.unterminatedQuoteLine = startLine }
        fields.append(decode(field))
        return Row(fields: fields, line: startLine)
      }
      if !continues, let startLine {
        if splitWhole { return Row(fields: fields, line: startLine) }
        fields.append(decode(field))
        return Row(fields: fields, line: startLine)
      }
    }
  }

  /// Splits a line without quotes at each delimiter; the last field goes into `fields` too.
  private func splitPlain(_ bytes: UnsafeBufferPointer<UInt8>, into fields: inout [String]) {
    var start = 0
    var index = 0
    while index < bytes.count {
      if bytes[index] == delimiter {
        fields.append(decode(UnsafeBufferPointer(rebasing: bytes[start..<index])))
        start = index + 1
      }
      index += 1
    }
    fields.append(decode(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])))
  }

  private func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    state.usedLatin1Fallback = true
    var text = ""
    text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
    return text
  }

  private func decode(_ bytes: [UInt8]) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    state.usedLatin1Fallback = true
    var text = ""
    text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
    return text
  }
}
