import OncoFormats
import OncoModel

extension ImportCommand {
  /// The reader of one source's files and folders.
  ///
  /// The readers of issue 4 (cBioPortal folders, FHIR, clinical tables, VCF/MAF) come through
  /// `SourceFiles.reader(for:mapping:)` in OncoFormats; until it is on main, no format can be
  /// imported and this says so.
  static func reader(for paths: [String]) throws -> any SourceReader {
    throw FormatError(
      .unknownFormat, at: TextLocation(file: paths.first ?? "-"),
      "this build has no reader for data sources yet",
      hint: "the source readers (SourceFiles.reader(for:mapping:)) are not part of this build")
  }
}
