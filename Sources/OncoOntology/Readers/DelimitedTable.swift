import Foundation

/// A small tab-separated table with a header row, for the TSV ontology formats (OncoTree, HGNC).
///
/// These files are a few megabytes at most, so the table is read whole.
struct DelimitedTable {
  /// One data row with its 1-based line number.
  struct Row {
    var line: Int
    var cells: [Substring]

    /// The trimmed cell at `index`, or `nil` when it is absent or empty.
    func cell(_ index: Int) -> String? {
      guard index < cells.count else { return nil }
      var value = String(cells[index]).trimmed
      if value.count >= 2, value.first == "\"", value.last == "\"" {
        value = String(value.dropFirst().dropLast())
      }
      return value.isEmpty ? nil : value
    }
  }

  /// Lower-cased header names.
  let header: [String]
  /// The data rows; blank lines and `#` comments are skipped.
  let rows: [Row]

  init(path: String, data: Data) throws {
    let text = String(decoding: data, as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .map { (line: $0.offset + 1, text: $0.element.hasSuffix("\r") ? $0.element.dropLast() : $0.element) }
      .filter { !$0.text.isEmpty && !$0.text.hasPrefix("#") }
    guard !lines.isEmpty else {
      throw OntologyError(.malformedRecord, file: path, "the file is empty")
    }
    let first = lines.removeFirst()
    header = first.text.split(separator: "\t", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    rows = lines.map {
      Row(line: $0.line, cells: $0.text.split(separator: "\t", omittingEmptySubsequences: false))
    }
  }

  /// The index of the column with this (lower-case) name.
  func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}
