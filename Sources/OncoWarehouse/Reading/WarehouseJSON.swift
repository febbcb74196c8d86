import Foundation

/// The JSON documents of `oncocohort import` and `oncocohort summary` (DESIGN.md, command-line
/// contract): stable `snake_case` keys, absent values as `null`, keys sorted.
public enum WarehouseJSON {
  /// `{"schema": "oncocohort.import/1", "sources": [...], "totals": {...}}` for the sources an
  /// import touched; `totals` add up those sources; `linkage` is present when a linkage file
  /// was loaded.
  public static func importDocument(
    _ sources: [SourceReport], linkage: PatientLinkage.Report? = nil
  ) throws -> String {
    try encode(
      ImportDocument(
        schema: "oncocohort.import/1", sources: sources,
        totals: sources.map(\.counts).reduce(RecordTotals(), +), linkage: linkage))
  }

  /// `{"schema": "oncocohort.summary/1", "sources": [...], "totals": {...}, ...}`.
  public static func summaryDocument(_ summary: WarehouseSummary) throws -> String {
    try encode(SummaryDocument(schema: "oncocohort.summary/1", summary: summary))
  }

  static func encode(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }

  struct ImportDocument: Encodable {
    var schema: String
    var sources: [SourceReport]
    var totals: RecordTotals
    var linkage: PatientLinkage.Report?
  }

  struct SummaryDocument: Encodable {
    var schema: String
    var summary: WarehouseSummary

    enum CodingKeys: String, CodingKey { case schema }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(schema, forKey: .schema)
      try summary.encode(to: encoder)
    }
  }
}
