import OncoModel

/// A streaming reader of VCF 4.1–4.4 files (plain, gzip or BGZF) that turns records into
/// ``OncoModel/Alteration`` values in constant memory.
///
/// Each ALT allele of a record gives one alteration per gene it touches (see
/// ``TranscriptChoice`` for the rule), described by that gene's canonical transcript from the
/// VEP `CSQ` (any tag with VEP's `Format:`), SnpEff `ANN` or `EFF` annotation; every entry stays
/// in ``OncoModel/Alteration/annotations``. An allele without annotation gives one alteration
/// with no gene. Symbolic alleles (`<DEL>`, `<DUP>`, `*`), breakends and records with an INFO
/// `SVTYPE` are `.structural`;
/// `<*>`/`<NON_REF>` and a missing ALT (`.`) give none.
///
/// The sample of the alterations is the tumour sample (``VariantReadOptions/tumorSample``, else
/// chosen as ``TumorSampleChoice`` documents). A file without samples (sites only) uses the
/// requested sample name, else the file's base name without `.vcf`/`.gz` (`calls.vcf.gz` →
/// `calls`), so its alterations still group by file.
///
/// VAF and depth come from the tumour sample's FORMAT values: first a fraction the caller wrote
/// (`AF` — `Number=A`, or one value per allele including REF as RADIA writes it —, Mutect `FA`,
/// VarScan `FREQ` percent), else counts (`AD` alt ÷ ΣAD, or ÷ `DP` when a count is `.`; VarScan
/// `AD`/`RD`; `AO`/`RO`; Strelka tier-1 `AU/CU/GU/TU` or `TAR/TIR`; Delly `RV/RR`, `DV/DR`).
/// Depth is `DP`, else ΣAD, else `RO + ΣAO`. Unreadable values are warnings and stay `nil`.
///
/// Origin is somatic for INFO `SOMATIC` or `SS=2`, germline for `SS=1`, else somatic when a
/// `##source`/`##content` header line says "somatic", else unknown.
///
/// Record-level problems (wrong column count, bad POS or QUAL, REF or ALT in no VCF syntax) are
/// error diagnostics with the byte column of the field, and the record counts as rejected.
///
///     let reader = try VCFReader(path: "calls.vcf.gz")
///     let counts = try reader.read(alteration: { print($0.gene ?? "-") },
///                                  diagnostic: { print($0.formatted) })
public final class VCFReader {
  /// The path as the caller named it.
  public let path: String
  /// The header, read when the reader was created.
  public let header: VCFHeader
  /// The sample read as the tumour, or `nil` for a file without samples.
  public let tumorSampleName: String?
  /// The sample id given to every alteration of the file.
  public let sampleID: String

  private let lines: LineReader
  private let tumorIndex: Int?
  private let originHint: Alteration.Origin
  private var headerDiagnostics: [Diagnostic]
  private var pendingRecord: (bytes: [UInt8], line: Int)?
  private var consumed = false

  /// Opens `path` and reads its header.
  ///
  /// - Throws: ``FormatError`` for a missing, empty, binary or non-VCF file, a broken
  ///   compressed stream, or a requested tumour sample that the file does not have.
  public init(path: String, options: VariantReadOptions = .init()) throws {
    self.path = path
    lines = try LineReader(path: path)
    var scan = HeaderScan(path: path)
    try scan.run(lines)
    header = scan.header
    headerDiagnostics = scan.diagnostics
    pendingRecord = scan.firstRecord
    let names = scan.header.sampleNames
    guard let choice = TumorSampleChoice.choose(names: names, requested: options.tumorSample)
    else {
      throw FormatError(
        .unknownSample, at: TextLocation(file: path, line: scan.columnHeaderLine),
        "sample '\(options.tumorSample ?? "")' is not in the file",
        hint: names.isEmpty ? "the file has no samples" : "samples: \(names.joined(separator: ", "))")
    }
    if let warning = choice.warning {
      headerDiagnostics.append(
        Diagnostic(
          .warning, at: TextLocation(file: path, line: scan.columnHeaderLine), warning,
          hint: "choose the tumour sample with --sample"))
    }
    tumorIndex = choice.index
    tumorSampleName = choice.index.map { names[$0] }
    sampleID = tumorSampleName ?? options.tumorSample ?? Self.baseName(path)
    originHint = scan.mentionsSomatic ? .somatic : .unknown
  }

  /// Streams the alterations of every record, then returns the counts.
  ///
  /// May be called once. Header warnings come first through `diagnostic`.
  /// - Parameters:
  ///   - alteration: called for each alteration, in file order; what it throws stops reading.
  ///   - diagnostic: called for each warning and for each rejected record (an error).
  /// - Returns: counts with `read == accepted + rejected`.
  /// - Throws: ``FormatError`` when the file cannot be read on (a truncated compressed
  ///   stream), or what `alteration` throws.
  public func read(
    alteration: (Alteration) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> ReadCounts {
    guard !consumed else {
      throw FormatError(.unreadable, at: TextLocation(file: path), "the file was already read")
    }
    consumed = true
    headerDiagnostics.forEach(diagnostic)
    var decoder = VCFRecordDecoder(
      path: path, header: header, sampleID: sampleID, tumorIndex: tumorIndex, originHint: originHint)
    var counts = ReadCounts()
    func take(_ line: Bytes, _ number: Int) throws {
      guard let first = line.first, first != ASCII.hash else { return }
      counts.read += 1
      switch try decoder.decode(line, lineNumber: number, emit: alteration, diagnostic: diagnostic) {
      case .accepted: counts.accepted += 1
      case .rejected: counts.rejected += 1
      }
    }
    if let pending = pendingRecord {
      try pending.bytes.withUnsafeBufferPointer { try take($0, pending.line) }
      pendingRecord = nil
    }
    while try lines.withNextLine({ try take($0, lines.lineNumber) }) != nil {}
    return counts
  }

  /// `calls` for `dir/calls.vcf.gz`.
  static func baseName(_ path: String) -> String {
    var name = path.split(separator: "/").last.map(String.init) ?? path
    for suffix in [".gz", ".bgz", ".vcf"] where name.hasSuffix(suffix) && name.count > suffix.count {
      name.removeLast(suffix.count)
    }
    return name
  }
}
