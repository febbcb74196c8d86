import OncoModel

/// A table header: finds columns by name and reads a row's cells with missing values as `nil`.
struct TableColumns {
  /// The column names as written (trimmed).
  let names: [String]
  private let indexByName: [String: Int]
  /// Cell texts that mean "no value" (compared case-insensitively after trimming).
  let missingValues: Set<String>
  private let longestMissingValue: Int
  /// The first bytes of the missing spellings: a short cell starting with another ASCII byte
  /// (`1`, `T`, `CT`) is not missing, with no lower-casing or set lookup.
  private let missingFirstBytes: [Bool]

  /// Values cBioPortal and most clinical exports use for "no value"; any `[…]` text is missing too.
  static let standardMissingValues: Set<String> = ["", "na", "n/a", "nan", "null", "none"]

  init(_ header: [String], missingValues: Set<String> = TableColumns.standardMissingValues) {
    names = header.map { $0.trimmingSpaces }
    var index: [String: Int] = [:]
    for (position, name) in names.enumerated() where index[name] == nil {
      index[name] = position
      if index[name.uppercased()] == nil { index[name.uppercased()] = position }
    }
    indexByName = index
    self.missingValues = missingValues
    longestMissingValue = missingValues.map(\.utf8.count).max() ?? 0
    var firstBytes = [Bool](repeating: false, count: 128)
    for value in missingValues {
      if let first = value.utf8.first, first < 0x80 { firstBytes[Int(first)] = true }
    }
    missingFirstBytes = firstBytes
  }

  /// The position of a column, matched exactly, then case-insensitively.
  func index(of name: String) -> Int? {
    indexByName[name] ?? indexByName[name.uppercased()]
  }

  /// The trimmed cell of `column`, or `nil` when the column is absent or the cell is missing.
  func value(_ row: [String], _ column: String) -> String? {
    guard let position = index(of: column) else { return nil }
    return value(row, at: position)
  }

  /// The trimmed cell at `position`, or `nil` when the row is short or the cell is missing.
  func value(_ row: [String], at position: Int) -> String? {
    guard position < row.count else { return nil }
    let cell = row[position]
    switch glance(cell) {
    case .value: return cell
    case .missing: return nil
    case .undecided:
      let text = cell.trimmingSpaces
      return isMissing(text) ? nil : text
    }
  }

  /// What a cell's bytes tell at once, without trimming or lower-casing it.
  enum Glance {
    /// A value as written: no surrounding space, not a missing spelling.
    case value
    /// Empty: missing.
    case missing
    /// The trimming and missing-value checks must decide (spaces around it, a `[…]` text,
    /// a short cell that may be a missing spelling, a non-ASCII first byte).
    case undecided
  }

  /// The byte-level verdict on `cell`: the same answer as trimming it and calling
  /// ``isMissing(_:)``, where that answer is plain from its first and last bytes and length.
  func glance(_ cell: String) -> Glance {
    cell.utf8.withContiguousStorageIfAvailable { bytes -> Glance in
      guard let first = bytes.first, let last = bytes.last else { return .missing }
      if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return .undecided }
      if first == UInt8(ascii: "["), last == UInt8(ascii: "]") { return .undecided }
      if bytes.count > longestMissingValue { return .value }
      guard first < 0x80 else { return .undecided }
      let lower = first >= 0x41 && first <= 0x5A ? first + 0x20 : first
      return missingFirstBytes[Int(lower)] ? .undecided : .value
    } ?? .undecided
  }

  /// True when the cell holds nothing but spaces and tabs (the same as trimming it to empty).
  static func isBlank(_ cell: String) -> Bool {
    cell.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    } ?? cell.trimmingSpaces.isEmpty
  }

  /// True for a missing-value spelling (`NA`, `[Not Available]`, an empty cell …).
  func isMissing(_ text: String) -> Bool {
    if text.isEmpty { return true }
    if text.hasPrefix("["), text.hasSuffix("]") { return true }
    // Most cells are longer than any missing spelling: no need to lower-case them.
    guard text.utf8.count <= longestMissingValue else { return false }
    // An ASCII first byte lower-cases to an ASCII byte, which must start a missing spelling.
    if let first = text.utf8.first, first < 0x80 {
      let lower = first >= 0x41 && first <= 0x5A ? first + 0x20 : first
      guard missingFirstBytes[Int(lower)] else { return false }
    }
    return missingValues.contains(text.lowercased())
  }

  /// The 1-based column (in bytes) where field `position` starts, for diagnostics.
  static func column(of position: Int, in row: [String]) -> Int {
    1 + row.prefix(position).reduce(0) { $0 + $1.utf8.count + 1 }
  }
}

extension ReadCounts {
  /// Counts one record turned into model values.
  mutating func accept() {
    read += 1
    accepted += 1
  }

  /// Counts one record refused (the caller has emitted its error diagnostic).
  mutating func reject() {
    read += 1
    rejected += 1
  }
}

extension StringProtocol {
  /// True when `needle` (lower-case ASCII) occurs in the text, ignoring ASCII case.
  ///
  /// A byte-level search: Foundation's `contains` goes through `NSString` on Linux and costs
  /// more than the rest of a row.
  func containsIgnoringCase(_ needle: String) -> Bool {
    if let found = utf8.withContiguousStorageIfAvailable({ Self.search($0, needle) }) { return found }
    return Self.search(Array(utf8), needle)
  }

  private static func search(_ text: some RandomAccessCollection<UInt8>, _ needle: String) -> Bool {
    var needle = needle
    return needle.withUTF8 { pattern in
      guard text.count >= pattern.count else { return false }
      guard !pattern.isEmpty else { return true }
      var start = text.startIndex
      let last = text.index(text.endIndex, offsetBy: -pattern.count)
      while start <= last {
        var offset = 0
        var position = start
        while offset < pattern.count {
          let byte = text[position]
          let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
          guard lower == pattern[offset] else { break }
          offset += 1
          position = text.index(after: position)
        }
        if offset == pattern.count { return true }
        start = text.index(after: start)
      }
      return false
    }
  }

}
