/// Where each field sits in the entries of one annotation INFO tag (VEP `CSQ`, SnpEff `ANN`,
/// old SnpEff `EFF`), read from the header's field list.
struct AnnotationLayout: Sendable, Hashable {
  /// Which tool wrote the entries, which decides how their alleles are matched to ALTs.
  enum Style: Sendable, Hashable {
    /// Ensembl VEP: `Allele` drops the first base shared by all alleles of an indel.
    case vep
    /// SnpEff `ANN`: `Allele` is the ALT itself, or `ALT-OTHER` in cancer mode.
    case snpEff
    /// SnpEff `EFF`: `Effect(Impact|…|Genotype_Number)`, fixed layout.
    case classicSnpEff
  }

  var tag: String
  var tagBytes: [UInt8]
  var style: Style
  /// The number of `|`-separated fields an entry has.
  var fieldCount: Int
  var allele: Int?
  var consequence: Int?
  var impact: Int?
  var symbol: Int?
  var geneID: Int?
  var feature: Int?
  var biotype: Int?
  var exon: Int?
  var intron: Int?
  /// SnpEff `Rank`: the exon or intron number, depending on the effect.
  var rank: Int?
  var hgvsc: Int?
  var hgvsp: Int?
  var canonical: Int?
  var maneSelect: Int?
  var mane: Int?
  var pick: Int?
  var alleleNumber: Int?

  /// The layout from a list of field names (`Allele|Consequence|IMPACT|…`).
  init(tag: String, style: Style, fields: [String]) {
    self.tag = tag
    tagBytes = Array(tag.utf8)
    self.style = style
    fieldCount = fields.count
    func find(_ names: String...) -> Int? {
      fields.firstIndex { names.contains($0) }
    }
    allele = find("Allele")
    consequence = find("Consequence", "Annotation")
    impact = find("IMPACT", "Annotation_Impact")
    symbol = find("SYMBOL", "Gene_Name")
    geneID = find("Gene", "Gene_ID")
    feature = find("Feature", "Feature_ID")
    biotype = find("BIOTYPE", "Transcript_BioType")
    exon = find("EXON")
    intron = find("INTRON")
    rank = find("Rank")
    hgvsc = find("HGVSc", "HGVS.c")
    hgvsp = find("HGVSp", "HGVS.p")
    canonical = find("CANONICAL")
    maneSelect = find("MANE_SELECT")
    mane = find("MANE")
    pick = find("PICK")
    alleleNumber = find("ALLELE_NUM")
  }

  /// SnpEff's `ANN` layout, used when the tag is present but not declared.
  static let snpEffFields = [
    "Allele", "Annotation", "Annotation_Impact", "Gene_Name", "Gene_ID", "Feature_Type",
    "Feature_ID", "Transcript_BioType", "Rank", "HGVS.c", "HGVS.p", "cDNA.pos / cDNA.length",
    "CDS.pos / CDS.length", "AA.pos / AA.length", "Distance", "ERRORS / WARNINGS / INFO",
  ]

  /// SnpEff's `EFF` layout inside the parentheses (the effect name comes before them).
  static let classicFields = [
    "Annotation_Impact", "Functional_Class", "Codon_Change", "HGVS.p", "Amino_Acid_Length",
    "Gene_Name", "Transcript_BioType", "Gene_Coding", "Feature_ID", "Rank", "Allele",
  ]

  /// The annotation tag of a header, in order of preference.
  ///
  /// The first VEP-style tag (any name: `CSQ`, `vep`, `ANN` with VEP's `Format:`), else SnpEff
  /// `ANN`, else `EFF`.
  static func find(in header: VCFHeader) -> AnnotationLayout? {
    var snpEff: AnnotationLayout?
    var classic: AnnotationLayout?
    for id in header.infoOrder {
      guard let description = header.info[id]?.description else { continue }
      if let range = description.firstRange(of: "Format:") {
        let fields = fieldNames(description[range.upperBound...])
        if fields.contains("Allele"), fields.contains("Consequence") {
          return AnnotationLayout(tag: id, style: .vep, fields: fields)
        }
      }
      if description.contains("'Allele | Annotation"), snpEff == nil,
        let quote = description.firstIndex(of: "'")
      {
        let fields = fieldNames(description[description.index(after: quote)...])
        snpEff = AnnotationLayout(tag: id, style: .snpEff, fields: fields)
      } else if id == "EFF", classic == nil {
        classic = AnnotationLayout(tag: id, style: .classicSnpEff, fields: classicFields)
      }
    }
    return snpEff ?? classic
  }

  /// The layout for an undeclared tag that has a well-known layout (`ANN`, `EFF`).
  static func wellKnown(tag: String) -> AnnotationLayout? {
    switch tag {
    case "ANN": return AnnotationLayout(tag: tag, style: .snpEff, fields: snpEffFields)
    case "EFF": return AnnotationLayout(tag: tag, style: .classicSnpEff, fields: classicFields)
    default: return nil
    }
  }

  /// Splits `Allele|Consequence|…` (possibly quoted, with spaces) into trimmed names.
  private static func fieldNames(_ text: Substring) -> [String] {
    var list = text.trimmingCharacters(" '\"")
    if let quote = list.firstIndex(of: "'") { list = String(list[..<quote]) }
    return list.split(separator: "|", omittingEmptySubsequences: false).map {
      String($0).trimmingSpaces
    }
  }
}

extension Substring {
  /// The text without the given characters at either end.
  func trimmingCharacters(_ characters: String) -> String {
    let set = Set(characters)
    guard let first = firstIndex(where: { !set.contains($0) }),
      let last = lastIndex(where: { !set.contains($0) })
    else { return "" }
    return String(self[first...last])
  }
}
