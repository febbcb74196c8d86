import Foundation

/// How an event column is coded, found from its values: 0/1, R's 1/2 (1 censored, 2 event),
/// TRUE/FALSE, or cBioPortal's `1:DECEASED` / `0:LIVING` (the number before the colon).
enum EventCoding {
  /// The event indicator of each row in `rows`.
  ///
  /// - Throws: ``TableError`` at the first value that fits no coding, or when the column mixes
  ///   0 and 2 (ambiguous between 0/1 and 1/2).
  static func decode(_ table: DelimitedTable, rows: [Int], slot: Int, name: String) throws -> [Bool] {
    var codes: [Int] = []
    codes.reserveCapacity(rows.count)
    for row in rows {
      let text = table.values[slot][row] ?? ""
      guard let code = Self.code(text) else {
        throw TableError(
          at: table.location(row: row, slot: slot), "event column '\(name)' has an unknown value",
          expected: "0/1, 1/2, TRUE/FALSE or 1:DECEASED/0:LIVING", found: text)
      }
      codes.append(code)
    }
    let used = Set(codes)
    if used.isSubset(of: [0, 1]) { return codes.map { $0 == 1 } }
    if used.isSubset(of: [1, 2]) { return codes.map { $0 == 2 } }
    let index = codes.firstIndex { used.contains(0) ? $0 == 2 : !(1...2).contains($0) } ?? 0
    throw TableError(
      at: table.location(row: rows[index], slot: slot),
      "event column '\(name)' mixes codings", expected: "only 0/1 or only 1/2",
      found: table.values[slot][rows[index]] ?? "",
      hint: "0/1 means censored/event; R's 1/2 means censored/event")
  }

  /// The numeric code of one value, or `nil`.
  static func code(_ text: String) -> Int? {
    switch text.uppercased() {
    case "TRUE", "T": return 1
    case "FALSE", "F": return 0
    default: break
    }
    let number = text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? text
    if let value = Int(number.trimmingCharacters(in: .whitespaces)) { return value }
    if let value = Double(number), value == value.rounded(), abs(value) < 10 { return Int(value) }
    return nil
  }
}
