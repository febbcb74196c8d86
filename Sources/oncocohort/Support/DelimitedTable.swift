import OncoFormats
import OncoModel

/// A CSV or TSV table read for a few named columns, as R's `write.csv` and spreadsheets write
/// it: a header line, fields split on `,` (or tab when the header has one), fields optionally
/// quoted with `"` (a doubled `""` inside is a quote), CRLF or LF line ends, gzip allowed.
///
/// Only the requested columns are kept, as strings, with `nil` for a missing value: empty,
/// `NA`, `NaN`, `.` (quoted or not). Every kept value remembers its line and column for errors.
/// A field that is not valid UTF-8 is read as Latin-1 (a French export from a spreadsheet), and
/// ``warnings`` says so at its first line rather than printing replacement characters.
struct DelimitedTable {
  /// The file as the user named it.
  let path: String
  /// The header fields.
  let header: [String]
  /// For each requested column, its values by row; `nil` is missing.
  private(set) var values: [[String?]]
  /// For each requested column, the 1-based byte column where each row's field starts.
  private(set) var fieldColumns: [[Int32]]
  /// The 1-based line number of each row.
  private(set) var lines: [Int]
  /// Warnings for the caller to print: the first field read as Latin-1.
  private(set) var warnings: [Diagnostic] = []

  /// The tokens read as a missing value.
  static let missingTokens: Set<String> = ["", "NA", "NaN", "."]

  /// Reads `columns` of the table at `path`.
  ///
  /// - Throws: ``FormatError`` for an unreadable file, an empty file or an unknown column
  ///   (with a did-you-mean hint); ``TableError`` for a row with too few fields or an
  ///   unterminated quote.
  init(path: String, columns requested: [String]) throws {
    self.path = path
    let reader = try LineReader(path: path)
    guard let headerLine = try reader.withNextLine({ Array($0) }) else {
      throw FormatError(
        .emptyFile, at: TextLocation(file: path), "the table is empty",
        hint: "the first line must name the columns")
    }
    // Control bytes other than tab and CR never occur in a text table: refuse before the header
    // is shown back as garbage in a did-you-mean hint.
    if let offset = headerLine.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0D }) {
      throw FormatError(
        .binaryContent, at: TextLocation(file: path, line: 1, column: offset + 1),
        "binary content: this is not a CSV or TSV table",
        hint: "give a text table (CSV or TSV, plain or gzip)")
    }
    let delimiter: UInt8 =
      headerLine.contains(UInt8(ascii: "\t")) ? UInt8(ascii: "\t") : UInt8(ascii: ",")
    let headerFields = try Self.split(headerLine, delimiter: delimiter, at: reader.location())
    var latin1Line: Int?
    func decode(_ bytes: [UInt8], line: Int) -> String {
      if let text = String(validating: bytes, as: UTF8.self) { return text }
      if latin1Line == nil { latin1Line = line }
      var text = ""
      text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
      return text
    }
    let header = headerFields.map { decode($0.bytes, line: 1) }
    self.header = header
    var indices: [Int] = []
    for name in requested {
      guard let index = header.firstIndex(of: name) else {
        let suggestion = header.min { ClosestName.distance($0, name) < ClosestName.distance($1, name) }
        throw FormatError(
          .missingColumn, at: TextLocation(file: path, line: 1), "no column named '\(name)'",
          hint: suggestion.map {
            "did you mean '\($0)'? columns are: \(header.joined(separator: ", "))"
          })
      }
      indices.append(index)
    }
    let needed = (indices.max() ?? -1) + 1
    var values: [[String?]] = Array(repeating: [], count: requested.count)
    var fieldColumns: [[Int32]] = Array(repeating: [], count: requested.count)
    var lines: [Int] = []
    while let fields = try reader.withNextLine({ line -> [Field]? in
      if line.isEmpty { return nil }
      return try Self.split(Array(line), delimiter: delimiter, at: reader.location())
    }) {
      guard let fields else { continue }  // blank line
      guard fields.count >= needed else {
        throw TableError(
          at: reader.location(),
          "the row has \(fields.count) fields; the header has \(header.count)",
          hint: "check the delimiter and quoting of this line")
      }
      lines.append(reader.lineNumber)
      for (slot, index) in indices.enumerated() {
        let field = fields[index]
        let text = decode(field.bytes, line: reader.lineNumber)
        values[slot].append(Self.missingTokens.contains(text) ? nil : text)
        fieldColumns[slot].append(Int32(field.column))
      }
    }
    self.values = values
    self.fieldColumns = fieldColumns
    self.lines = lines
    if let latin1Line {
      warnings.append(
        Diagnostic(
          .warning, at: TextLocation(file: path, line: latin1Line), "the table is not valid UTF-8",
          hint: "read as Latin-1 (ISO 8859-1); save it as UTF-8 to silence this"))
    }
  }

  /// The number of data rows.
  var rowCount: Int { lines.count }

  /// Where the value of requested column `slot` in `row` sits.
  func location(row: Int, slot: Int) -> TextLocation {
    TextLocation(file: path, line: lines[row], column: Int(fieldColumns[slot][row]))
  }

  /// One field: its unquoted bytes and the 1-based column where it starts.
  struct Field {
    var bytes: [UInt8]
    var column: Int
  }

  /// Splits one line into fields, honouring double quotes.
  static func split(_ line: [UInt8], delimiter: UInt8, at location: TextLocation) throws -> [Field] {
    let quote = UInt8(ascii: "\"")
    var fields: [Field] = []
    var index = 0
    while true {
      let start = index
      var bytes: [UInt8] = []
      if index < line.count, line[index] == quote {
        index += 1
        var closed = false
        while index < line.count {
          if line[index] == quote {
            if index + 1 < line.count, line[index + 1] == quote {
              bytes.append(quote)
              index += 2
              continue
            }
            index += 1
            closed = true
            break
          }
          bytes.append(line[index])
          index += 1
        }
        guard closed else {
          throw TableError(
            at: TextLocation(file: location.file, line: location.line, column: start + 1),
            "the quoted field is not closed on its line",
            hint: "quotes inside a quoted field are written twice (\"\"); fields cannot span lines")
        }
        // Anything between the closing quote and the delimiter is kept, as R does.
        while index < line.count, line[index] != delimiter {
          bytes.append(line[index])
          index += 1
        }
      } else {
        while index < line.count, line[index] != delimiter {
          bytes.append(line[index])
          index += 1
        }
      }
      fields.append(Field(bytes: bytes, column: start + 1))
      if index >= line.count { break }
      index += 1  // the delimiter
    }
    return fields
  }
}
