import Foundation
import OncoModel

/// Reads clinical tables (CSV/TSV) described by a YAML mapping file: patients, diagnoses,
/// samples, treatments, events and follow-up.
///
/// The mapping names each table's file (relative to the mapping), delimiter, date format and
/// which column is which; `docs/clinical-tables.md` documents it with a full example. Fields
/// may be quoted as RFC 4180 says (doubled quotes, embedded line breaks; a record's location is
/// the line it starts on). A file that is not valid UTF-8 is read as Latin-1, with a warning.
/// Partial dates (`2021-03`) are placed mid-period with a warning. A row naming a patient that
/// the patients table does not list is rejected.
public struct ClinicalTableReader: SourceReader, Sendable {
  /// The path of the YAML mapping file.
  public let mapping: String

  /// Creates a reader of the tables that `mapping` describes.
  public init(mapping: String) {
    self.mapping = mapping
  }

  /// Relative when every dated table writes bare day numbers (`date_format: days` without
  /// `days_from`), day 0 being named after the mapping file; calendar otherwise.
  public var axis: Day.Axis {
    guard let description = try? ClinicalTableMapping.load(mapping) else { return .calendar }
    let formats = description.tables.values.compactMap { table in
      table.dateFormat.map { ($0.lowercased(), table.daysFrom) }
    }
    guard !formats.isEmpty, formats.allSatisfy({ $0.0 == "days" && $0.1 == nil }) else { return .calendar }
    return .relative(origin: "clinical-tables:\((mapping as NSString).lastPathComponent) day 0")
  }

  /// Reads every table of the mapping, patients first.
  ///
  /// - Throws: ``FormatError`` when the mapping cannot be read or is not valid.
  public func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    let description = try ClinicalTableMapping.load(mapping)
    let folder = (mapping as NSString).deletingLastPathComponent
    let source =
      description.source ?? ((mapping as NSString).lastPathComponent as NSString).deletingPathExtension
    var missing = TableColumns.standardMissingValues
    for value in description.missingValues ?? [] { missing.insert(value.lowercased()) }
    return try withoutActuallyEscaping(record) { record in
      try withoutActuallyEscaping(diagnostic) { diagnostic in
        var session = ClinicalTableSession(
          source: source, missingValues: missing, emit: record, report: diagnostic)
        var reports: [FileReadReport] = []
        for kind in ClinicalTableMapping.kinds {
          guard let table = description.tables[kind] else { continue }
          let path =
            table.file.hasPrefix("/") ? table.file : (folder as NSString).appendingPathComponent(table.file)
          var counts = ReadCounts()
          do {
            counts = try session.read(kind: kind, table: table, path: path)
          } catch let error as FormatError {
            diagnostic(error.diagnostic)
          }
          reports.append(
            FileReadReport(
              path: path, format: "clinical-\(kind.replacingOccurrences(of: "_", with: "-"))", counts: counts)
          )
        }
        return reports
      }
    }
  }
}
