import OncoModel

/// Reads the header lines of a VCF, tolerating what real files do: a log line before or inside
/// the header (SnpEff `-cancer`), no `##fileformat`, no `#CHROM` line (the first record then
/// ends the header and the file is read without samples).
struct HeaderScan {
  let path: String
  var header = VCFHeader()
  var diagnostics: [Diagnostic] = []
  /// The first record when the header had no `#CHROM` line.
  var firstRecord: (bytes: [UInt8], line: Int)?
  /// The line of `#CHROM` (or of the header's end), for file-level messages.
  var columnHeaderLine: Int?
  /// A `##source` or `##content` line mentions somatic calls.
  var mentionsSomatic = false

  /// How many non-VCF lines may come before the header is given up as not a VCF.
  static let strayLineLimit = 20

  init(path: String) {
    self.path = path
  }

  /// Reads lines up to the `#CHROM` line (or the first record).
  ///
  /// - Throws: ``FormatError`` for an empty, binary or non-VCF file.
  mutating func run(_ lines: LineReader) throws {
    let head = try lines.peekContent(4096)
    guard !head.isEmpty else {
      throw FormatError(
        .emptyFile, at: TextLocation(file: path), "the file is empty", hint: "expected a VCF header")
    }
    if head.contains(0) {
      throw FormatError(
        .binaryContent, at: TextLocation(file: path, line: 1), "the file is binary, not a VCF",
        hint: "expected text starting with ##fileformat=VCFv4.x")
    }
    var sawMeta = false
    var strayLines = 0
    while let line = try lines.nextLine() {
      let number = lines.lineNumber
      if line.hasPrefix("##") {
        sawMeta = true
        header.addMetaLine(line, at: TextLocation(file: path, line: number)) { diagnostics.append($0) }
      } else if line.hasPrefix("#CHROM") {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        header.sampleNames = columns.dropFirst(9).map(String.init)
        header.hasColumnHeader = true
        columnHeaderLine = number
        break
      } else if line.hasPrefix("#") || line.isEmpty {
        continue
      } else if Self.looksLikeRecord(line) {
        firstRecord = (Array(line.utf8), number)
        columnHeaderLine = number
        diagnostics.append(
          Diagnostic(
            .warning, at: TextLocation(file: path, line: number), "no #CHROM header line",
            hint: "reading the records as a sites-only VCF (no samples)"))
        break
      } else {
        strayLines += 1
        guard sawMeta || strayLines <= Self.strayLineLimit else { break }
        diagnostics.append(
          Diagnostic(
            .warning, at: TextLocation(file: path, line: number), "line is not part of a VCF header",
            found: line, hint: "the line was skipped"))
      }
    }
    guard sawMeta || header.hasColumnHeader || firstRecord != nil else {
      throw FormatError(
        .unknownFormat, at: TextLocation(file: path, line: 1), "not a VCF file",
        hint: "expected '##fileformat=VCFv4.x' and a '#CHROM' line")
    }
    checkVersion()
    mentionsSomatic = header.other.contains { line in
      (line.key == "source" || line.key == "content") && line.value.lowercased().contains("somatic")
    }
  }

  private mutating func checkVersion() {
    let location = TextLocation(file: path, line: 1)
    guard let version = header.version else {
      if header.fileFormat == nil {
        diagnostics.append(
          Diagnostic(
            .warning, at: location, "no ##fileformat line", hint: "reading the file as VCF 4.2"))
      } else if header.fileFormat?.isEmpty == false {
        diagnostics.append(
          Diagnostic(
            .warning, at: location, "unknown ##fileformat", expected: "VCFv4.x",
            found: header.fileFormat, hint: "reading the file as VCF 4.2"))
      }
      return
    }
    if !["4.0", "4.1", "4.2", "4.3", "4.4", "4.5"].contains(version) {
      diagnostics.append(
        Diagnostic(
          .warning, at: location, "VCF version \(version) is not one this reader was built for",
          expected: "VCFv4.1 to VCFv4.4", hint: "reading it as VCF 4.4"))
    }
  }

  /// A data line: at least 8 tab-separated columns and a numeric POS.
  static func looksLikeRecord(_ line: String) -> Bool {
    let columns = line.split(separator: "\t", maxSplits: 8, omittingEmptySubsequences: false)
    return columns.count >= 8 && Int(columns[1]) != nil
  }
}
