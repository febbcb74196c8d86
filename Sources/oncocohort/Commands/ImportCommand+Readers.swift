import OncoFormats
import OncoModel

extension ImportCommand {
  /// The reader of one source: `SourceFiles` chooses a reader per path (cBioPortal folder, FHIR,
  /// clinical tables with their mapping, VCF, MAF), and several paths are read one after another.
  ///
  /// When variant files come with a reader that declares samples and patients (FHIR, clinical
  /// tables, a cBioPortal study), the variant files declare none: their sample ids then name the
  /// samples those readers declared, which links each variant file to its patient.
  static func reader(for paths: [String], mapping: String?, source: String) throws -> any SourceReader {
    if let mapping, let first = paths.first {
      return try SourceFiles.reader(for: first, mapping: mapping, source: source)
    }
    var readers = try paths.map { try SourceFiles.reader(for: $0, source: source) }
    if readers.contains(where: { !($0 is VariantFileSourceReader) }) {
      readers = readers.map { reader in
        guard var variants = reader as? VariantFileSourceReader else { return reader }
        variants.declaresSamples = false
        return variants
      }
    }
    return readers.count == 1 ? readers[0] : SequentialSourceReader(readers: readers)
  }
}

/// Several readers of one source, read in turn; their file reports are put together.
struct SequentialSourceReader: SourceReader {
  let readers: [any SourceReader]

  /// The first relative axis among the readers (a cBioPortal study beside variant files, which
  /// carry no days), else calendar.
  var axis: Day.Axis {
    readers.lazy.map(\.axis).first { $0 != .calendar } ?? .calendar
  }

  func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    try readers.flatMap { try $0.read(record: record, diagnostic: diagnostic) }
  }
}
