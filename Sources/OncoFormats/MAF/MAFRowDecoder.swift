import Glibc
import OncoModel

/// Turns one MAF data line into an ``OncoModel/Alteration``, or into diagnostics when the line
/// cannot be used.
///
/// The hot path works on the line's bytes: fields are byte ranges, numbers are parsed from
/// bytes, and only the columns the model keeps become `String`s.
struct MAFRowDecoder {
  /// What became of one line.
  enum Outcome {
    /// Not a record: a blank line, a `#` comment, or a row of another sample than the one asked.
    case skipped
    /// Decoded into the `alteration` passed in (which was `nil` and now holds it).
    case accepted
    /// Unusable; at least one error diagnostic was emitted.
    case rejected
  }

  let columns: MAFColumns
  let path: String
  let tumorSample: [UInt8]?
  var fields = MAFFields()
  /// Low-cardinality columns (class, consequence, transcript …) as shared strings: the thousandth
  /// `missense_variant` costs no allocation here, nor a free on the thread that stores it.
  var strings = StringInterner(decodesPercent: false)
  /// Single consequence terms as the one-element arrays the annotations hold, shared like
  /// ``strings`` (bounded the same way): no array allocation per row.
  var consequenceLists = ByteTable<[String]>(capacity: 64)
  /// The previous row's barcode and its string: a MAF lists a sample's rows together.
  private var sampleBytes: [UInt8] = []
  private var sample = ""

  init(columns: MAFColumns, path: String, tumorSample: String?) {
    self.columns = columns
    self.path = path
    self.tumorSample = tumorSample.map { Array($0.utf8) }
  }

  /// Decodes `line` into `alteration` (which should be `nil`) when the outcome is `.accepted`.
  ///
  /// Writing into a caller-owned value rather than returning one keeps the large
  /// `Alteration` from being copied through an enum payload on every row.
  mutating func decode(
    _ line: UnsafeBufferPointer<UInt8>, lineNumber: Int, into result: inout Alteration?,
    diagnostic: (Diagnostic) -> Void
  ) -> Outcome {
    if line.isEmpty || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line[0] == UInt8(ascii: "#") {
      return .skipped
    }
    fields.split(line)
    let path = self.path
    func here(_ column: Int) -> TextLocation {
      TextLocation(file: path, line: lineNumber, column: column)
    }
    guard fields.count == columns.names.count else {
      diagnostic(
        Diagnostic(
          .error, at: here(fields.column(min(fields.count, columns.names.count))),
          "MAF row has \(fields.count) fields but the header has \(columns.names.count)",
          expected: "\(columns.names.count) tab-separated fields", found: "\(fields.count)",
          hint: "a truncated line or a tab inside a value; every row needs one field per column"))
      return .rejected
    }
    let barcode = fields.bytes(columns.sample)
    if let tumorSample, !barcode.elementsEqual(tumorSample) { return .skipped }
    guard let sampleID = sampleText(barcode) else {
      diagnostic(
        Diagnostic(
          .error, at: here(fields.column(columns.sample)), "Tumor_Sample_Barcode is empty",
          expected: "a sample barcode", hint: "every MAF row needs the sample it was called in"))
      return .rejected
    }
    var isValid = true
    func integer(_ index: Int?, minimum: Int = 0) -> Int? {
      guard let index else { return nil }
      switch fields.integer(index) {
      case .value(let value?) where value >= minimum: return value
      case .value(nil): return nil
      case .value, .invalid:
        isValid = false
        diagnostic(
          Diagnostic(
            .error, at: here(fields.column(index)),
            "\(columns.names[index]) is not a \(minimum > 0 ? "positive integer" : "whole number")",
            expected: minimum > 0 ? "an integer ≥ \(minimum)" : "an integer ≥ 0",
            found: String(decoding: fields.bytes(index), as: UTF8.self),
            hint: "leave the field empty (or '.') when the value is unknown"))
        return nil
      }
    }
    let start = integer(columns.start, minimum: 1)
    let refCount = integer(columns.refCount)
    let altCount = integer(columns.altCount)
    let depth = integer(columns.depth)
    guard isValid else { return .rejected }

    // Built inside `result` (optional chaining mutates in place): a local alteration moved into
    // it at the end is copied and destroyed instead, every string retained and released.
    result = Alteration(sampleID: sampleID, kind: .mutation, gene: nil)
    result?.update { alteration in
      alteration.location = TextLocation(file: path, line: lineNumber)
      fillIdentity(&alteration, start: start)
      fillEffect(&alteration, here: here, diagnostic: diagnostic)
      if let refCount, let altCount, refCount + altCount > 0 {
        alteration.vaf = Double(altCount) / Double(refCount + altCount)
      }
      alteration.depth = depth ?? refCount.flatMap { ref in altCount.map { ref + $0 } }
    }
    return .accepted
  }

  /// The barcode as text (`nil` when missing), the previous row's string when it is the same.
  private mutating func sampleText(_ barcode: UnsafeBufferPointer<UInt8>) -> String? {
    guard !MAFFields.isMissing(barcode) else { return nil }
    let same =
      barcode.count == sampleBytes.count
      && sampleBytes.withUnsafeBufferPointer { stored in
        guard let storedBase = stored.baseAddress, let barcodeBase = barcode.baseAddress else { return false }
        return memcmp(storedBase, barcodeBase, barcode.count) == 0
      }
    if !same {
      sampleBytes = Array(barcode)
      sample = String(decoding: barcode, as: UTF8.self)
    }
    return sample
  }

  /// Field `index` as text, or `nil` when missing, shared with earlier equal values.
  mutating func sharedText(_ index: Int?) -> String? {
    let field = fields.bytes(index)
    guard !MAFFields.isMissing(field) else { return nil }
    // Up to 15 UTF-8 bytes a String is stored inline and allocates nothing anyway.
    return field.count <= 15 ? String(decoding: field, as: UTF8.self) : strings.string(field)
  }

  /// Gene, locus, alleles, origin, filter and kind.
  private mutating func fillIdentity(_ alteration: inout Alteration, start: Int?) {
    if !fields.equals(columns.gene, "Unknown") { alteration.gene = sharedText(columns.gene) }
    if let chromosome = sharedText(columns.chromosome), let start {
      alteration.position = GenomicPosition(chromosome: chromosome, position: start)
    }
    alteration.ref = fields.verbatim(columns.ref)
    alteration.alt = fields.verbatim(columns.alt)
    alteration.filter = sharedText(columns.filter)
    if fields.equals(columns.mutationStatus, ignoringCase: "Somatic") {
      alteration.origin = .somatic
    } else if fields.equals(columns.mutationStatus, ignoringCase: "Germline") {
      alteration.origin = .germline
    }
    alteration.variantClass = sharedText(columns.variantClass).map(VariantClass.init(rawValue:))
    if fields.equals(columns.variantClass, "Fusion") { alteration.kind = .structural }
  }
}

extension Alteration {
  /// Runs `body` on the alteration in place (`optional?.update { … }` changes an optional's
  /// value without copying it out).
  fileprivate mutating func update(_ body: (inout Alteration) -> Void) {
    body(&self)
  }
}
