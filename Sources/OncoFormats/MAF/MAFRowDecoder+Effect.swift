import OncoModel

/// What the variant does: protein change, HGVS c., consequence, exon and intron, transcript.
extension MAFRowDecoder {
  mutating func fillEffect(
    _ alteration: inout Alteration, here: (Int) -> TextLocation, diagnostic: (Diagnostic) -> Void
  ) {
    // The first non-empty protein column, kept as written for fusions and the annotation.
    var proteinColumn: Int?
    for index in columns.proteinChanges where !MAFFields.isMissing(fields.bytes(index)) {
      proteinColumn = proteinColumn ?? index
      if let change = ProteinChangeNormalizer.normalize(bytes: fields.bytes(index)) {
        alteration.proteinChange = change
        break
      }
    }
    if alteration.kind == .structural, let text = fields.text(proteinColumn) {
      alteration.fusionPartners = MAFRowDecoder.fusionPartners(text)
    }
    alteration.hgvsc = fields.text(columns.hgvsc)
    let consequences = consequenceTerms(columns.consequence)
    alteration.consequence = consequences.first
    alteration.impact = sharedText(columns.impact)
    alteration.transcript = sharedText(columns.transcript)
    alteration.exon = featureNumber(columns.exon, here: here, diagnostic: diagnostic)
    alteration.intron = featureNumber(columns.intron, here: here, diagnostic: diagnostic)
    guard alteration.transcript != nil || alteration.hgvsc != nil else { return }
    alteration.annotations = [
      TranscriptAnnotation(
        gene: alteration.gene, transcript: alteration.transcript, consequences: consequences,
        impact: alteration.impact, hgvsc: alteration.hgvsc,
        hgvsp: fields.text(columns.hgvsp) ?? fields.text(proteinColumn), exon: alteration.exon,
        intron: alteration.intron, biotype: sharedText(columns.biotype),
        isCanonical: fields.equals(columns.canonical, ignoringCase: "YES"))
    ]
  }

  /// How many distinct single consequence terms keep a shared array (SO has about 40).
  static let consequenceListCapacity = 4096

  /// `19/28` or `18-19/28`; anything else (a spreadsheet date such as `19-Feb`) is a warning
  /// and `nil`, never a rejection.
  private func featureNumber(
    _ index: Int?, here: (Int) -> TextLocation, diagnostic: (Diagnostic) -> Void
  ) -> FeatureNumber? {
    guard let index else { return nil }
    if case .value(let number) = fields.featureNumber(index) { return number }
    let text = String(decoding: fields.bytes(index), as: UTF8.self)
    let looksLikeDate = text.contains { $0.isLetter }
    diagnostic(
      Diagnostic(
        .warning, at: here(fields.column(index)),
        "\(columns.names[index]) is not an exon/intron number; kept as unknown",
        expected: "a number such as 19/28", found: text,
        hint: looksLikeDate
          ? "this looks like a value a spreadsheet turned into a date; export the MAF as text"
          : "assuming no exon number"))
    return nil
  }

  /// VEP writes several SO terms joined by `&` (vcf2maf by `,`), most severe first.
  private mutating func consequenceTerms(_ index: Int?) -> [String] {
    let field = fields.bytes(index)
    guard !MAFFields.isMissing(field) else { return [] }
    if !field.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: ",") }) {
      // The usual single term: no split, and the array is shared with earlier rows.
      guard field.count <= 64 else { return [sharedText(index) ?? ""] }
      let hash = ByteTable<[String]>.hash(field)
      if let terms = consequenceLists.value(for: field, hash: hash) { return terms }
      let terms = [sharedText(index) ?? ""]
      if consequenceLists.count < MAFRowDecoder.consequenceListCapacity {
        consequenceLists.insert(terms, for: field, hash: hash)
      }
      return terms
    }
    return field.split { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: ",") }
      .map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
  }

  /// `EML4-ALK fusion` → `["EML4", "ALK"]`; other text gives no partners.
  static func fusionPartners(_ text: String) -> [String] {
    var name = Substring(text)
    if name.lowercased().hasSuffix(" fusion") { name = name.dropLast(" fusion".count) }
    let parts = name.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else {
      return []
    }
    return parts.map(String.init)
  }
}
