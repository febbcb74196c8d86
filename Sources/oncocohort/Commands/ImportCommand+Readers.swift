import OncoFormats
import OncoModel

extension ImportCommand {
  /// The reader of one source's files and folders.
  ///
  /// For now: VCF and MAF files (plain or compressed), chosen by name. When
  /// `SourceFiles.reader(for:mapping:)` (cBioPortal folders, FHIR, clinical tables, VCF/MAF) is
  /// in OncoFormats, this body becomes a call to it.
  static func reader(for paths: [String]) throws -> any SourceReader {
    try VariantFilesReader(paths: paths)
  }
}

/// A source made of variant files only: each VCF or MAF gives alterations of its samples.
struct VariantFilesReader: SourceReader {
  enum Format: String {
    case vcf, maf
  }

  let files: [(path: String, format: Format)]

  /// Checks that every path is a VCF or MAF by its name (`.vcf`, `.vcf.gz`, `.vcf.bgz`, `.maf`,
  /// `.maf.gz`, `.maf.txt`).
  init(paths: [String]) throws {
    files = try paths.map { path in
      let name = path.lowercased()
      for (suffixes, format) in [
        ([".vcf", ".vcf.gz", ".vcf.bgz"], Format.vcf), ([".maf", ".maf.gz", ".maf.txt"], Format.maf),
      ] where suffixes.contains(where: name.hasSuffix) {
        return (path, format)
      }
      throw FormatError(
        .unknownFormat, at: TextLocation(file: path), "cannot tell the format of this file",
        hint: "this build imports VCF (.vcf, .vcf.gz) and MAF (.maf, .maf.gz) files")
    }
  }

  func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    try files.map { file in
      let emit: (Alteration) throws -> Void = { try record(.alteration($0)) }
      let counts: ReadCounts =
        switch file.format {
        case .vcf: try VCFReader(path: file.path).read(alteration: emit, diagnostic: diagnostic)
        case .maf: try MAFReader(path: file.path).read(alteration: emit, diagnostic: diagnostic)
        }
      return FileReadReport(path: file.path, format: file.format.rawValue, counts: counts)
    }
  }
}
