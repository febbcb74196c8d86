import OncoModel

/// A streaming reader for Mutation Annotation Format files (GDC/TCGA MAF and the subset
/// cBioPortal imports), plain or gzip-compressed, in constant memory.
///
/// Columns are found by name in any order (see ``columns``); `#` lines (such as
/// `#version 2.4`, even followed by tabs) are comments. Each data row gives one
/// ``OncoModel/Alteration``:
///
/// | column | field |
/// |---|---|
/// | `Tumor_Sample_Barcode` (required, non-empty) | `sampleID` |
/// | `Hugo_Symbol` (`Unknown` means none) | `gene` |
/// | `Variant_Classification` (`Fusion` makes the kind `.structural`) | `variantClass`, `kind` |
/// | `HGVSp_Short`, else `HGVSp`, `Protein_Change`, `Amino_Acid_Change` | `proteinChange` |
/// | `Chromosome`, `Start_Position`, `Reference_Allele`, `Tumor_Seq_Allele2` | `position`, `ref`, `alt` (MAF `-` kept) |
/// | `t_ref_count`, `t_alt_count` | `vaf` = alt / (ref + alt), `nil` if either is missing |
/// | `t_depth`, else `t_ref_count` + `t_alt_count` | `depth` |
/// | `Mutation_Status` | `origin` (`Somatic`, `Germline`, else unknown) |
/// | `HGVSc`, `Consequence` (first term), `IMPACT`, `Transcript_ID` or `Feature`, `Exon_Number`, `INTRON`, `FILTER` | the same-named fields |
///
/// Empty fields, `.` and `NA` are missing values. A row with the wrong number of fields, an
/// empty barcode, or a position or count that is not a number is rejected with an error
/// diagnostic; an exon number that is not one (a spreadsheet date such as `19-Feb`) is a
/// warning and `nil`. Blank lines are not records.
///
/// Required columns follow cBioPortal's importer rather than the GDC specification (which
/// marks every column required, unlike files in the wild): `Tumor_Sample_Barcode`, and either
/// a gene (`Hugo_Symbol` or `Entrez_Gene_Id`) or the full locus (`Chromosome`,
/// `Start_Position`, `Reference_Allele`, `Tumor_Seq_Allele2`). vcf2maf's minimal input has only
/// the locus and the barcode, and reads with a `nil` gene and class. `Variant_Classification`
/// is optional. Names are matched exactly first, then ignoring case; unknown columns stay in
/// ``columns`` and are not read.
public final class MAFReader {
  /// The header's column names, in file order (unknown columns included).
  public var columns: [String] { layout.names }

  private let input: LineReader
  private let layout: MAFColumns
  private let options: VariantReadOptions

  /// Opens `path` and reads up to the header row.
  ///
  /// - Throws: ``FormatError``: `.fileNotFound`/`.unreadable`, `.emptyFile`, `.binaryContent`,
  ///   `.missingHeader` (only comments), or `.missingColumn` at the header line naming the column.
  public init(path: String, options: VariantReadOptions = .init()) throws {
    input = try LineReader(path: path)
    self.options = options
    let head = try input.peekContent(4096)
    guard !head.isEmpty else {
      throw FormatError(
        .emptyFile, at: TextLocation(file: path), "the file is empty",
        hint: "a MAF starts with a header line naming its columns")
    }
    guard !head.contains(0) else {
      throw FormatError(
        .binaryContent, at: TextLocation(file: path, line: 1), "the file is binary, not a MAF",
        hint: "MAF files are tab-separated text (optionally gzip-compressed)")
    }
    layout = try MAFReader.readHeader(input)
  }

  /// Reads every data row, calling `alteration` for each accepted one and `diagnostic` for
  /// each problem.
  ///
  /// With ``VariantReadOptions/tumorSample`` set, rows of other barcodes are skipped before
  /// they are decoded and are not counted as read; a row whose field count is wrong is
  /// counted (and rejected) whatever its sample, since its barcode cannot be trusted.
  /// - Returns: the counts, with `read == accepted + rejected`.
  /// - Throws: ``FormatError`` for a read failure (a truncated gzip stream), or what
  ///   `alteration` throws.
  public func read(
    alteration: (Alteration) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> ReadCounts {
    try read(handing: { try alteration($0) }, diagnostic: diagnostic)
  }

  /// The same, handing each alteration over to `alteration` rather than lending it: a caller
  /// that keeps it (in a `SourceRecord`) takes it without copying its strings' references.
  func read(
    handing alteration: (consuming Alteration) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> ReadCounts {
    var counts = ReadCounts()
    var decoder = MAFRowDecoder(columns: layout, path: input.path, tumorSample: options.tumorSample)
    // The alteration is a local of the line's closure, moved out of its optional and handed
    // over: a value captured from outside the closure would be copied (every string retained),
    // and a placeholder alteration to decode into would be built and destroyed on every row.
    while let outcome = try input.withNextLine({ line -> MAFRowDecoder.Outcome in
      var current: Alteration?
      let outcome = decoder.decode(line, lineNumber: input.lineNumber, into: &current, diagnostic: diagnostic)
      if let decoded = current.take() { try alteration(decoded) }
      return outcome
    }) {
      switch outcome {
      case .skipped:
        continue
      case .accepted:
        counts.read += 1
        counts.accepted += 1
      case .rejected:
        counts.read += 1
        counts.rejected += 1
      }
    }
    return counts
  }

  /// Skips comments and blank lines, then reads the header row.
  private static func readHeader(_ input: LineReader) throws -> MAFColumns {
    while let line = try input.nextLine() {
      var text = Substring(line)
      if input.lineNumber == 1, text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
      let trimmed = text.trimmingCharacters(in: " \t")
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let names = text.split(separator: "\t", omittingEmptySubsequences: false).map {
        String($0.trimmingCharacters(in: " "))
      }
      return try MAFColumns(header: names, location: input.location())
    }
    throw FormatError(
      .missingHeader, at: TextLocation(file: input.path, line: input.lineNumber),
      "no header line before the end of the file",
      hint: "a MAF names its columns on the first line that is not a '#' comment")
  }
}

extension StringProtocol {
  /// The text without leading and trailing characters from `set` (no Foundation needed).
  fileprivate func trimmingCharacters(in set: String) -> Substring {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text = text.dropFirst() }
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return text
  }
}
