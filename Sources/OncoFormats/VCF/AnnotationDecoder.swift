import OncoModel

/// One annotation entry, decoded and tied to the ALT allele it describes.
struct AnnotationEntry {
  var annotation: TranscriptAnnotation
  /// The 0-based ALT index, or `nil` when the entry's allele matches no ALT.
  var alleleIndex: Int?
  /// The entry's allele as written, for diagnostics.
  var alleleText: String
  /// The gene the entry groups under: the first of a SnpEff list (`EML4` for `EML4&ALK`),
  /// `nil` for an intergenic entry.
  var geneKey: String?
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
  private var interner = StringInterner(capacity: 16_384)
  private var fields: [Bytes] = []
  private var terms = ByteTable<(name: String, rank: Int)>(capacity: 256)
  private var termLists = ByteTable<(terms: [String], rank: Int)>(capacity: 256)

  init(layout: AnnotationLayout) {
    self.layout = layout
    fields.reserveCapacity(max(layout.fieldCount, 16))
  }

  /// Decodes every entry of `value` (the text after `CSQ=`).
  ///
  /// Entries are split at commas, but VEP plugins write commas inside a field (LoF's
  /// `PERCENTILE:…,GERP_DIST:…`): a piece without any `|` continues the entry before it, and so
  /// does any piece that follows an entry with fewer `|` than the layout declares.
  mutating func decode(_ value: Bytes, alleles: AlleleKeys, into entries: inout [AnnotationEntry]) {
    let wanted = layout.style == .classicSnpEff ? 0 : max(0, layout.fieldCount - 1)
    var entryStart = 0
    var entryPipes = 0
    var position = 0
    var order = 0
    func finish(_ end: Int) {
      let entry = value.slice(entryStart..<end)
      if !entry.isEmpty, var decoded = decodeEntry(entry, alleles: alleles) {
        decoded.order = order
        order += 1
        entries.append(consume decoded)
      }
    }
    while position <= value.count {
      let end = value.index(of: ASCII.comma, from: position) ?? value.count
      let pipes = value.slice(position..<end).occurrences(of: ASCII.pipe)
      let continues = position > entryStart && (pipes == 0 || entryPipes < wanted)
      if !continues, position > entryStart {
        finish(position - 1)
        entryStart = position
        entryPipes = 0
      }
      entryPipes += pipes
      position = end + 1
    }
    if value.count > entryStart { finish(value.count) }
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
    let (consequences, rank) = consequenceTerms(effectName ?? field(layout.consequence))
    annotation.consequences = consequences
    annotation.impact = interner.optional(field(layout.impact))
    let geneBytes =
      field(layout.symbol).flatMap { $0.isMissing ? nil : $0 }
      ?? field(layout.geneID).flatMap { $0.isMissing ? nil : $0 }
    annotation.gene = geneBytes.map { interner.string($0) }
    var geneKey = rank >= 19 ? nil : annotation.gene
    if geneKey != nil, let bytes = geneBytes, let ampersand = bytes.index(of: ASCII.ampersand) {
      geneKey = interner.string(bytes.slice(0..<ampersand))
    }
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
      || (field(layout.mane).map { $0.contains("MANE_Select") } ?? false)
    annotation.isPicked = field(layout.pick).map { $0.equals("1") } ?? false

    let allele = field(layout.allele) ?? Bytes(start: nil, count: 0)
    let match = alleles.match(allele, style: layout.style, alleleNumber: field(layout.alleleNumber))
    return AnnotationEntry(
      annotation: annotation, alleleIndex: match.index, alleleText: match.index == nil ? allele.string : "",
      geneKey: geneKey, isDerived: match.isDerived, rank: rank, order: 0)
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
    return bytes.featureNumber()
  }

  /// The `&`-joined (old SnpEff: `+`-joined) consequence terms, most severe first, and the
  /// rank of the most severe; a field met before (`missense_variant&splice_region_variant`)
  /// gives back the same shared array.
  private mutating func consequenceTerms(_ bytes: Bytes?) -> (terms: [String], rank: Int) {
    guard let bytes, !bytes.isMissing else { return ([], Consequences.unknownRank) }
    let hash = ByteTable<(terms: [String], rank: Int)>.hash(bytes)
    if let known = termLists.value(for: bytes, hash: hash) { return known }
    var terms: [String] = []
    var ranks: [Int] = []
    var start = 0
    for index in 0...bytes.count
    where index == bytes.count || bytes[index] == ASCII.ampersand || bytes[index] == ASCII.plus {
      if index > start {
        let term = self.term(bytes.slice(start..<index))
        terms.append(term.name)
        ranks.append(term.rank)
      }
      start = index + 1
    }
    var list = (terms: terms, rank: ranks.first ?? Consequences.unknownRank)
    if terms.count > 1 {
      let order = terms.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }
      list = (order.map { terms[$0] }, ranks[order[0]])
    }
    if termLists.count < 10_000 { termLists.insert(list, for: bytes, hash: hash) }
    return list
  }

  /// One consequence term, shared, with its severity rank (old `EFF` names mapped to SO terms).
  private mutating func term(_ bytes: Bytes) -> (name: String, rank: Int) {
    let hash = ByteTable<(name: String, rank: Int)>.hash(bytes)
    if let known = terms.value(for: bytes, hash: hash) { return known }
    var name = bytes.percentDecoded()
    if layout.style == .classicSnpEff, let mapped = Consequences.snpEffClassic[name] { name = mapped }
    let entry = (name: name, rank: Consequences.rank(name))
    if terms.count < 10_000 { terms.insert(entry, for: bytes, hash: hash) }
    return entry
  }
}
