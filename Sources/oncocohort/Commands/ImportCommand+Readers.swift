import Foundation
import OncoFormats
import OncoModel

extension ImportCommand {
  /// The reader of one source's files and folders.
  ///
  /// For now: VCF and MAF files (plain or compressed), recognised from their content by
  /// `VariantFiles`. When `SourceFiles.reader(for:mapping:)` (cBioPortal folders, FHIR, clinical
  /// tables, VCF/MAF) is in OncoFormats, this body becomes a call to it.
  static func reader(for paths: [String]) throws -> any SourceReader {
    try VariantFilesReader(paths: paths)
  }
}

/// A source made of variant files only: each VCF or MAF gives alterations of its samples.
struct VariantFilesReader: SourceReader {
  let paths: [String]

  /// Checks up front that every path is a VCF or MAF file, so that nothing is imported otherwise.
  init(paths: [String]) throws {
    for path in paths {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
        throw FormatError(
          .unknownFormat, at: TextLocation(file: path), "a folder cannot be imported yet",
          hint: "this build imports VCF and MAF files; name them one by one")
      }
      _ = try VariantFileFormat.detect(path: path)
    }
    self.paths = paths
  }

  func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    try paths.map { path in
      let summary = try VariantFiles.read(
        path: path, alteration: { try record(.alteration($0)) }, diagnostic: diagnostic)
      return FileReadReport(path: path, format: summary.format.rawValue, counts: summary.counts)
    }
  }
}
