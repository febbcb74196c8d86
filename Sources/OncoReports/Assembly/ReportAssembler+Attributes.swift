import GRDB
import OncoWarehouse

extension ReportAssembler {
  /// Each clinical attribute's value for each patient key, in the order of `keys`.
  ///
  /// A name matches an attribute of that exact name, else one that differs only in case (a query
  /// may write `ecog` for a cBioPortal column `ECOG`); a patient without it gets `nil`. Names that
  /// no patient has are left out of the result.
  /// - Complexity: one indexed read per 500 patients.
  func attributeValues(_ names: [String], keys: [Int64]) throws -> [String: [String?]] {
    guard !names.isEmpty, !keys.isEmpty else { return [:] }
    let wanted = Set(names.map { $0.lowercased() })
    // Stored name → value, by patient key, for every attribute whose name matches in any case.
    var stored: [Int64: [String: String]] = [:]
    try warehouse.withConnection { db in
      for start in stride(from: 0, to: keys.count, by: 500) {
        let chunk = Array(keys[start..<min(start + 500, keys.count)])
        let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
        let rows = try Row.fetchCursor(
          db,
          sql:
            "SELECT patient_key, name, value FROM patient_attributes WHERE patient_key IN (\(placeholders))",
          arguments: StatementArguments(chunk))
        while let row = try rows.next() {
          let name: String = row["name"]
          guard wanted.contains(name.lowercased()) else { continue }
          stored[row["patient_key"], default: [:]][name] = row["value"]
        }
      }
    }
    var result: [String: [String?]] = [:]
    for name in names {
      let values = keys.map { key -> String? in
        guard let attributes = stored[key] else { return nil }
        return attributes[name]
          ?? attributes.first { $0.key.lowercased() == name.lowercased() }.map(\.value)
      }
      if values.contains(where: { $0 != nil }) { result[name] = values }
    }
    return result
  }
}
