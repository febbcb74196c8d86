import OncoModel

/// A cBioPortal `key: value` file: a `meta_*.txt`, a case list or a gene-panel definition.
///
/// Keys are case-sensitive as cBioPortal writes them; the value is everything after the first
/// `:` with surrounding spaces trimmed. Lines without a `:` are ignored.
struct CBioPortalMetaFile {
  let path: String
  /// Values by key; a repeated key keeps its first value.
  let values: [String: String]
  /// The line each key was found on.
  let lines: [String: Int]

  init(path: String) throws {
    self.path = path
    let reader = try LineReader(path: path)
    var values: [String: String] = [:]
    var lines: [String: Int] = [:]
    while let line = try reader.nextLine() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = String(line[..<colon]).trimmingSpaces
      guard !key.isEmpty, values[key] == nil else { continue }
      values[key] = String(line[line.index(after: colon)...]).trimmingSpaces
      lines[key] = reader.lineNumber
    }
    self.values = values
    self.lines = lines
  }

  subscript(key: String) -> String? { values[key] }

  /// Where `key` sits, or the file itself when the key is absent.
  func location(of key: String) -> TextLocation {
    TextLocation(file: path, line: lines[key])
  }

  /// A tab-separated list value (`case_list_ids`, `gene_list`), empty items dropped.
  func list(_ key: String) -> [String] {
    (values[key] ?? "").split(separator: "\t").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
  }
}
