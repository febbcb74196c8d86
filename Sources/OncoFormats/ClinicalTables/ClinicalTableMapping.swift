import Foundation
import OncoModel
import Yams

/// The YAML mapping file of a set of clinical tables (see `docs/clinical-tables.md`).
struct ClinicalTableMapping: Decodable {
  /// One table: its file, how it is written, and which column is which.
  struct Table: Decodable {
    var file: String
    /// `,`, `;`, `tab` (or `\t`), `|`; by default `tab` for `.tsv`/`.txt`, else `,`.
    var delimiter: String?
    /// `iso` (default), `dd/mm/yyyy`, `mm/dd/yyyy`, `yyyymmdd` or `days`.
    var dateFormat: String?
    /// With `date_format: days`, the column holding the date the day numbers count from.
    var daysFrom: String?
    /// How `days_from` dates are written (default `iso`).
    var daysFromFormat: String?
    /// Field name (`patient_id`, `start_date` …) → column name.
    var columns: [String: String]
    /// Field name → written value → meaning (`sex: {"1": male, "2": female}`).
    var values: [String: [String: String]]?
    /// A CURIE prefix for diagnosis codes written bare (`ICD10`).
    var codePrefix: String?

    enum CodingKeys: String, CodingKey {
      case file, delimiter, columns, values
      case dateFormat = "date_format"
      case daysFrom = "days_from"
      case daysFromFormat = "days_from_format"
      case codePrefix = "code_prefix"
    }
  }

  var source: String?
  /// Extra cell texts that mean "no value", besides the empty cell and `NA`.
  var missingValues: [String]?
  var tables: [String: Table]

  enum CodingKeys: String, CodingKey {
    case source, tables
    case missingValues = "missing_values"
  }

  /// The table kinds, in the order they are read (patients first).
  static let kinds = ["patients", "diagnoses", "samples", "treatments", "events", "follow_up"]

  /// Reads and checks a mapping file.
  ///
  /// - Throws: ``FormatError`` with the YAML problem's line when there is one.
  static func load(_ path: String) throws -> ClinicalTableMapping {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw FormatError(.fileNotFound, at: TextLocation(file: path), "cannot open mapping file")
    }
    let mapping: ClinicalTableMapping
    do {
      mapping = try YAMLDecoder().decode(ClinicalTableMapping.self, from: text)
    } catch let error as YamlError {
      throw FormatError(.unknownFormat, at: TextLocation(file: path), "mapping is not valid YAML: \(error)")
    } catch let error as DecodingError {
      throw FormatError(
        .unknownFormat, at: TextLocation(file: path), "mapping file: \(describe(error))",
        hint: "see docs/clinical-tables.md for the mapping format")
    }
    for kind in mapping.tables.keys where !kinds.contains(kind) {
      throw FormatError(
        .unknownFormat, at: TextLocation(file: path), "unknown table kind '\(kind)'",
        hint: "table kinds are: \(kinds.joined(separator: ", "))")
    }
    return mapping
  }

  private static func describe(_ error: DecodingError) -> String {
    switch error {
    case .keyNotFound(let key, let context):
      let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
      return "'\(path)' is required"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      return "'\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }
}
