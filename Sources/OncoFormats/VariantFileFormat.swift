import OncoModel

/// The variant file formats OncoCohort reads, recognised from content, not from the file name.
public enum VariantFileFormat: String, Sendable, Hashable, Codable, CaseIterable {
  case vcf
  case maf

  /// How many bytes of (decompressed) content are looked at to recognise a format.
  static let sniffLength = 64 << 10

  /// Recognises the format of a file from its first lines (after decompression).
  ///
  /// VCF: a `##fileformat=VCF` line, a `#CHROM` header, or (for headerless SnpEff output)
  /// data lines of at least eight tab-separated columns with a numeric second column.
  /// MAF: a tab-separated header naming `Tumor_Sample_Barcode` or `Hugo_Symbol`.
  /// - Throws: ``FormatError`` with code `emptyFile`, `binaryContent` or `unknownFormat`.
  public static func detect(path: String) throws -> VariantFileFormat {
    let reader = try LineReader(path: path)
    return try detect(head: reader.peekContent(sniffLength), path: path)
  }

  static func detect(head: [UInt8], path: String) throws -> VariantFileFormat {
    let location = TextLocation(file: path)
    guard !head.isEmpty else {
      throw FormatError(
        .emptyFile, at: location, "the file is empty",
        hint: "expected a VCF or MAF file; was it written completely?")
    }
    if let offset = binaryOffset(head) {
      throw FormatError(
        .binaryContent, at: location,
        "binary content at byte \(offset + 1): this is not a text variant file",
        hint: "OncoCohort reads VCF and MAF, plain or gzip/BGZF compressed; BCF and BAM are not supported")
    }
    let text = String(decoding: head, as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
      $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
    // The last line may be cut by the sniff window; it still says enough for the header tests.
    if lines.count > 200 { lines = Array(lines.prefix(200)) }
    for line in lines {
      if line.hasPrefix("##fileformat=VCF") || line.hasPrefix("#CHROM\t") { return .vcf }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      if fields.contains(where: { $0 == "Tumor_Sample_Barcode" || $0 == "Hugo_Symbol" }) {
        return .maf
      }
    }
    let dataLines = lines.filter { !$0.hasPrefix("#") }
    let looksLikeVCF = dataLines.prefix(20).filter { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      return fields.count >= 8 && Int(fields[1]) != nil
    }
    if !looksLikeVCF.isEmpty, looksLikeVCF.count * 2 >= min(dataLines.count, 20) { return .vcf }
    throw FormatError(
      .unknownFormat, at: TextLocation(file: path, line: 1),
      "not a recognised variant file: no VCF header and no MAF column header",
      hint:
        "a VCF starts with '##fileformat=VCFv4.x'; a MAF has a tab-separated header naming Hugo_Symbol and Tumor_Sample_Barcode"
    )
  }

  /// The offset of the first byte that text never holds (NUL, or most C0 controls), if any.
  static func binaryOffset(_ bytes: [UInt8]) -> Int? {
    bytes.firstIndex { byte in
      byte == 0 || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C)
    }
  }
}
