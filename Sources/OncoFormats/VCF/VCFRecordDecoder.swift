import OncoModel

/// Turns the bytes of one VCF data line into alterations, or into an error diagnostic when the
/// record cannot be used.
///
/// All the work happens on the line's bytes; strings are made only for the values an
/// ``OncoModel/Alteration`` keeps, and repeated ones (contigs, genes, terms) are shared.
struct VCFRecordDecoder {
  /// What decoding one line gave.
  enum Outcome { case accepted, rejected }

  /// A problem that rejects the record.
  struct Rejection: Error {
    var column: Int?
    var message: String
    var expected: String?
    var found: String?
    var hint: String?
  }

  let path: String
  let header: VCFHeader
  let sampleID: String
  let tumorIndex: Int?
  /// The column count every record must have, or `nil` (no `#CHROM` line) for "at least 8".
  let expectedColumns: Int?
  let originHint: Alteration.Origin
  var annotations: AnnotationDecoder?
  var formatLayout = FormatLayout()
  var metrics = SampleMetrics()
  var alleles = AlleleKeys()
  var interner = StringInterner(capacity: 1_024)
  var entries: [AnnotationEntry] = []
  var columns: [Int] = []
  /// The number of columns of the line last split (``splitColumns(_:limit:)``).
  var columnCount = 0
  var alternates: [Bytes] = []
  var syntaxes: [AlleleSyntax] = []
  var infoTags = TagRegistry()
  var formatTags = TagRegistry()

  init(path: String, header: VCFHeader, sampleID: String, tumorIndex: Int?, originHint: Alteration.Origin) {
    self.path = path
    self.header = header
    self.sampleID = sampleID
    self.tumorIndex = tumorIndex
    self.originHint = originHint
    expectedColumns =
      header.hasColumnHeader ? (header.sampleNames.isEmpty ? 8 : 9 + header.sampleNames.count) : nil
    annotations = AnnotationLayout.find(in: header).map(AnnotationDecoder.init)
    infoTags.declare(header.info.keys)
    formatTags.declare(header.format.keys)
  }

  /// Decodes one data line, calling `emit` for each alteration and `diagnostic` for problems.
  mutating func decode(
    _ line: Bytes, lineNumber: Int, emit: (Alteration) throws -> Void,
    diagnostic: (Diagnostic) -> Void
  ) throws -> Outcome {
    let location = TextLocation(file: path, line: lineNumber)
    do {
      let record = try parseFixedColumns(line, location: location, diagnostic: diagnostic)
      try buildAlterations(line, record: record, location: location, emit: emit, diagnostic: diagnostic)
      return .accepted
    } catch let rejection as Rejection {
      diagnostic(
        Diagnostic(
          .error, at: TextLocation(file: path, line: lineNumber, column: rejection.column),
          rejection.message, expected: rejection.expected, found: rejection.found,
          hint: rejection.hint ?? "the record was not read; correct this line and read the file again"))
      return .rejected
    }
  }

  /// Finds the columns of `line` and sets ``columnCount``.
  ///
  /// `columns` gets the start offset of each column up to column `limit`, then the end of the
  /// line (+ 1) when the line has no more. Tabs after column `limit` (the samples after the
  /// tumour's) are only counted.
  mutating func splitColumns(_ line: Bytes, limit: Int = .max) {
    columns.removeAll(keepingCapacity: true)
    columns.append(0)
    var from = 0
    while columns.count <= limit, let tab = line.index(of: ASCII.tab, from: from) {
      columns.append(tab + 1)
      from = tab + 1
    }
    if columns.count <= limit {
      columns.append(line.count + 1)
      columnCount = columns.count - 1
    } else {
      columnCount = limit + 1 + line.suffix(from: from).occurrences(of: ASCII.tab)
    }
  }

  /// The bytes of column `index` (0-based).
  func column(_ line: Bytes, _ index: Int) -> Bytes {
    line.slice(columns[index]..<(columns[index + 1] - 1))
  }

  /// The fixed fields of a record that passed the syntax checks.
  struct FixedColumns {
    var chromosome: String
    var position: Int
    var reference: Bytes
    var filter: String?
  }

  private mutating func parseFixedColumns(
    _ line: Bytes, location: TextLocation, diagnostic: (Diagnostic) -> Void
  ) throws -> FixedColumns {
    // Columns past the tumour sample's are never read: only counted.
    splitColumns(line, limit: tumorIndex.map { 10 + $0 } ?? .max)
    let count = columnCount
    let expected = expectedColumns.map { "\($0) tab-separated columns" } ?? "at least 8 tab-separated columns"
    if count < 8 || (expectedColumns.map { count != $0 } ?? false) {
      splitColumns(line)
      let column = count < 8 ? line.count + 1 : columns[min(count, expectedColumns ?? 8)] + 1
      throw Rejection(
        column: column, message: "wrong number of columns", expected: expected,
        found: "\(count) columns",
        hint: count < 8
          ? "are the columns separated by tabs?"
          : "every record needs one column per sample named on the #CHROM line")
    }
    let chromosome = column(line, 0)
    guard !chromosome.isEmpty, !chromosome.isMissing else {
      throw Rejection(
        column: 1, message: "CHROM is empty", expected: "a contig name", found: chromosome.string)
    }
    let positionBytes = column(line, 1)
    guard let position = positionBytes.parseInt(), position >= 0 else {
      throw Rejection(
        column: columns[1] + 1, message: "POS is not a position", expected: "a non-negative integer",
        found: positionBytes.string,
        hint: "POS is the 1-based position of REF's first base; look for a typing or conversion error")
    }
    let reference = column(line, 3)
    guard AlleleSyntax.isReference(reference) else {
      throw Rejection(
        column: columns[3] + 1, message: "REF is not a sequence of bases",
        expected: "bases such as A, C, G, T, N",
        found: reference.string)
    }
    try parseAlternates(column(line, 4), offset: columns[4])
    let quality = column(line, 5)
    guard quality.isMissing || quality.parseDouble() != nil else {
      throw Rejection(
        column: columns[5] + 1, message: "QUAL is not a number", expected: "a number or '.'",
        found: quality.string)
    }
    let filterBytes = column(line, 6)
    let filter = filterBytes.isMissing ? nil : interner.string(filterBytes)
    return FixedColumns(
      chromosome: interner.string(chromosome), position: position, reference: reference, filter: filter)
  }

  private mutating func parseAlternates(_ text: Bytes, offset: Int) throws {
    alternates.removeAll(keepingCapacity: true)
    syntaxes.removeAll(keepingCapacity: true)
    var failure: Rejection?
    text.forEachPiece(separatedBy: ASCII.comma) { allele, start in
      guard let syntax = AlleleSyntax.classify(allele), syntax != .missing || text.count == 1 else {
        failure = Rejection(
          column: offset + start + 1, message: "ALT allele has an unknown syntax",
          expected: "bases (A, C, G, T, N), '*', '<ID>', a breakend such as N]chr2:123] or '.'",
          found: allele.string)
        return false
      }
      alternates.append(allele)
      syntaxes.append(syntax)
      return true
    }
    if let failure { throw failure }
  }
}
