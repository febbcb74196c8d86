/// What one annotation tool (VEP, SnpEff, a MAF) said about one alternate allele on one transcript.
public struct TranscriptAnnotation: Sendable, Hashable, Codable {
  public var gene: String?
  public var transcript: String?
  /// Sequence Ontology term names, most severe first (`missense_variant`, `splice_region_variant`).
  public var consequences: [String]
  /// `HIGH`, `MODERATE`, `LOW` or `MODIFIER`, as VEP and SnpEff grade.
  public var impact: String?
  public var hgvsc: String?
  /// The protein change as the tool wrote it (`ENSP…:p.Gly12Cys`).
  public var hgvsp: String?
  public var exon: FeatureNumber?
  public var intron: FeatureNumber?
  public var biotype: String?
  /// The tool flagged this transcript canonical (VEP `CANONICAL=YES`).
  public var isCanonical: Bool
  /// The transcript is MANE Select.
  public var isManeSelect: Bool
  /// VEP `--pick` chose it (`PICK=1`).
  public var isPicked: Bool

  @inlinable public init(
    gene: String? = nil, transcript: String? = nil, consequences: [String] = [],
    impact: String? = nil, hgvsc: String? = nil, hgvsp: String? = nil, exon: FeatureNumber? = nil,
    intron: FeatureNumber? = nil, biotype: String? = nil, isCanonical: Bool = false,
    isManeSelect: Bool = false, isPicked: Bool = false
  ) {
    self.gene = gene
    self.transcript = transcript
    self.consequences = consequences
    self.impact = impact
    self.hgvsc = hgvsc
    self.hgvsp = hgvsp
    self.exon = exon
    self.intron = intron
    self.biotype = biotype
    self.isCanonical = isCanonical
    self.isManeSelect = isManeSelect
    self.isPicked = isPicked
  }
}

/// An exon or intron number as annotators write it (`19/28`): the number and, when given, the total.
public struct FeatureNumber: Sendable, Hashable, Codable, CustomStringConvertible {
  public var number: Int
  /// The last number of the range when a variant spans several (`18-19/28`).
  public var last: Int?
  public var total: Int?

  @inlinable public init(number: Int, last: Int? = nil, total: Int? = nil) {
    self.number = number
    self.last = last
    self.total = total
  }

  /// Parses `19`, `19/28` or `18-19/28`; anything else gives `nil`.
  public init?(_ text: some StringProtocol) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count) else { return nil }
    let range = parts[0].split(separator: "-", omittingEmptySubsequences: false)
    guard (1...2).contains(range.count), let first = Int(range[0]) else { return nil }
    number = first
    if range.count == 2 {
      guard let lastNumber = Int(range[1]) else { return nil }
      last = lastNumber
    }
    if parts.count == 2 {
      guard let totalNumber = Int(parts[1]) else { return nil }
      total = totalNumber
    }
  }

  public var description: String {
    var text = String(number)
    if let last { text += "-\(last)" }
    if let total { text += "/\(total)" }
    return text
  }
}
