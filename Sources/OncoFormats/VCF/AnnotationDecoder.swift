import OncoModel

/// One annotation entry, decoded and tied to the ALT allele it describes.
struct AnnotationEntry {
  var annotation: TranscriptAnnotation
  /// The 0-based ALT index, or `nil` when the entry's allele matches no ALT.
  var alleleIndex: Int?
  /// The entry's allele as written, for diagnostics.
  var alleleText: String
  /// SnpEff cancer mode `ALT-OTHER`: the effect relative to another ALT, not to REF.
  var isDerived = false
  /// Severity rank of the most severe consequence (vcf2maf priorities; lower is worse).
  var rank: Int
  /// Position in the INFO value, to keep the tool's own order on ties.
  var order: Int
}

/// Decodes the entries of a VEP/SnpEff annotation INFO value into transcript annotations.
struct AnnotationDecoder {
  let layout: AnnotationLayout
  private var interner = StringInterner()
  private var fields: [Bytes] = []

  init(layout: AnnotationLayout) {
    self.layout = layout
    fields.reserveCapacity(max(layout.fieldCount, 16))
  }

  /// Decodes every entry of `value` (the text after `CSQ=`).
  ///
  /// Entries are split at commas; a piece with fewer `|` than the layout declares is joined to
  /// the entry before it (VEP plugins such as LoF write commas inside a field).
  mutating func decode(_ value: Bytes, alleles: AlleleKeys, into entries: inout [AnnotationEntry]) {
    let separator = layout.style == .classicSnpEff ? ASCII.comma : ASCII.comma
    let wanted = layout.style == .classicSnpEff ? 0 : max(0, layout.fieldCount - 1)
    var start = 0
    var end = 0
    var order = 0
    while start < value.count {
      end = value.index(of: separator, from: end) ?? value.count
      // Join pieces until the entry has the declared number of fields.
      while end < value.count, value.slice(start..<end).occurrences(of: ASCII.pipe) < wanted {
        end = value.index(of: separator, from: end + 1) ?? value.count
      }
      let entry = value.slice(start..<end)
      if !entry.isEmpty, var decoded = decodeEntry(entry, alleles: alleles) {
        decoded.order = order
        order += 1
        entries.append(decoded)
      }
      start = end + 1
      end = start
    }
  }

  private mutating func decodeEntry(_ entry: Bytes, alleles: AlleleKeys) -> AnnotationEntry? {
    var text = entry
    var effectName: Bytes?
    if layout.style == .classicSnpEff {
      guard let open = entry.index(of: UInt8(ascii: "(")) else { return nil }
      effectName = entry.slice(0..<open)
      let close = entry.last == UInt8(ascii: ")") ? entry.count - 1 : entry.count
      text = entry.slice((open + 1)..<max(open + 1, close))
    }
    fields.removeAll(keepingCapacity: true)
    text.forEachPiece(separatedBy: ASCII.pipe) { piece, _ in
      fields.append(piece)
      return true
    }
    var annotation = TranscriptAnnotation()
    var consequences = consequenceTerms(effectName ?? field(layout.consequence))
    if consequences.count > 1 {
      consequences = consequences.enumerated().sorted {
        ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset)
      }.map(\.element)
    }
    annotation.consequences = consequences.map(\.term)
    let rank = consequences.first?.rank ?? Consequences.unknownRank
    annotation.impact = interner.optional(field(layout.impact))
    annotation.gene = interner.optional(field(layout.symbol)) ?? interner.optional(field(layout.geneID))
    annotation.transcript = interner.optional(field(layout.feature))
    annotation.biotype = interner.optional(field(layout.biotype))
    annotation.hgvsc = optionalString(field(layout.hgvsc))
    annotation.hgvsp = optionalString(field(layout.hgvsp))
    if layout.style == .classicSnpEff, let change = annotation.hgvsp,
      let slash = change.firstIndex(of: "/")
    {
      // EFF writes `p.Gly12Cys/c.34G>T` in Amino_Acid_Change.
      annotation.hgvsc = annotation.hgvsc ?? String(change[change.index(after: slash)...])
      annotation.hgvsp = String(change[..<slash])
    }
    annotation.exon = featureNumber(field(layout.exon))
    annotation.intron = featureNumber(field(layout.intron))
    if let rankNumber = featureNumber(field(layout.rank)) {
      let term = annotation.consequences.first ?? ""
      if term.contains("intron") || term.hasPrefix("splice_donor") || term.hasPrefix("splice_acceptor") {
        annotation.intron = rankNumber
      } else {
        annotation.exon = rankNumber
      }
    }
    annotation.isCanonical = field(layout.canonical).map { $0.equals("YES") || $0.equals("1") } ?? false
    annotation.isManeSelect =
      (field(layout.maneSelect).map { !$0.isMissing } ?? false)
      || (field(layout.mane).map { $0.string.contains("MANE_Select") } ?? false)
    annotation.isPicked = field(layout.pick).map { $0.equals("1") } ?? false

    let allele = field(layout.allele) ?? Bytes(start: nil, count: 0)
    var match = alleles.match(allele, style: layout.style, alleleNumber: field(layout.alleleNumber))
    return AnnotationEntry(
      annotation: annotation, alleleIndex: match.index, alleleText: allele.string,
      isDerived: match.isDerived, rank: rank, order: 0)
  }

  private func field(_ index: Int?) -> Bytes? {
    guard let index, index < fields.count else { return nil }
    return fields[index]
  }

  private func optionalString(_ bytes: Bytes?) -> String? {
    guard let bytes, !bytes.isMissing else { return nil }
    return bytes.percentDecoded()
  }

  private func featureNumber(_ bytes: Bytes?) -> FeatureNumber? {
    guard let bytes, !bytes.isMissing else { return nil }
    return FeatureNumber(bytes.string)
  }

  /// The `&`-joined (old SnpEff: `+`-joined) consequence terms with their severity ranks.
  private mutating func consequenceTerms(_ bytes: Bytes?) -> [(term: String, rank: Int)] {
    guard let bytes, !bytes.isMissing else { return [] }
    var terms: [(term: String, rank: Int)] = []
    var start = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == ASCII.ampersand || bytes[index] == ASCII.plus {
      if index > start {
        var term = interner.string(bytes.slice(start..<index))
        if layout.style == .classicSnpEff, let mapped = Consequences.snpEffClassic[term] {
          term = mapped
        }
        terms.append((term, Consequences.rank(term)))
      }
      start = index + 1
    }
    return terms
  }
}
