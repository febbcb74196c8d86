import OncoModel

/// What the variant does: protein change, HGVS c., consequence, exon and intron, transcript.
extension MAFRowDecoder {
  func fillEffect(
    _ alteration: inout Alteration, here: (Int) -> TextLocation, diagnostic: (Diagnostic) -> Void
  ) {
    var proteinText: String?
    for index in columns.proteinChanges where !MAFFields.isMissing(fields.bytes(index)) {
      let field = fields.bytes(index)
      proteinText = proteinText ?? String(decoding: field, as: UTF8.self)
      if let change = ProteinChangeNormalizer.normalize(bytes: Array(field)) {
        alteration.proteinChange = change
        break
      }
    }
    if alteration.kind == .structural, let proteinText {
      alteration.fusionPartners = MAFRowDecoder.fusionPartners(proteinText)
    }
    alteration.hgvsc = fields.text(columns.hgvsc)
    let consequences = fields.text(columns.consequence).map(MAFRowDecoder.consequenceTerms) ?? []
    alteration.consequence = consequences.first
    alteration.impact = fields.text(columns.impact)
    alteration.transcript = fields.text(columns.transcript)
    alteration.exon = featureNumber(columns.exon, here: here, diagnostic: diagnostic)
    alteration.intron = featureNumber(columns.intron, here: here, diagnostic: diagnostic)
    guard alteration.transcript != nil || alteration.hgvsc != nil else { return }
    alteration.annotations = [
      TranscriptAnnotation(
        gene: alteration.gene, transcript: alteration.transcript, consequences: consequences,
        impact: alteration.impact, hgvsc: alteration.hgvsc,
        hgvsp: fields.text(columns.hgvsp) ?? proteinText, exon: alteration.exon,
        intron: alteration.intron, biotype: fields.text(columns.biotype),
        isCanonical: fields.equals(columns.canonical, ignoringCase: "YES"))
    ]
  }

  /// `19/28` or `18-19/28`; anything else (a spreadsheet date such as `19-Feb`) is a warning
  /// and `nil`, never a rejection.
  private func featureNumber(
    _ index: Int?, here: (Int) -> TextLocation, diagnostic: (Diagnostic) -> Void
  ) -> FeatureNumber? {
    guard let index, let text = fields.text(index) else { return nil }
    if let number = FeatureNumber(text) { return number }
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
  static func consequenceTerms(_ text: String) -> [String] {
    text.split { $0 == "&" || $0 == "," }.map(String.init)
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
