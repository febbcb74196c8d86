/// One molecular alteration of one gene in one sample: a mutation, a copy-number change or a
/// structural variant (fusion).
///
/// A multi-allelic VCF site gives one alteration per ALT allele, and an allele that touches
/// several genes gives one alteration per gene. Optional fields are `nil` when the source
/// does not say; nothing is filled with a sentinel.
public struct Alteration: Sendable, Hashable, Codable {
  /// The broad kind of alteration.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case mutation
    case copyNumber = "copy_number"
    case structural
  }

  /// Whether the alteration was inherited or arose in the tumour.
  public enum Origin: String, Sendable, Hashable, Codable, CaseIterable {
    case somatic, germline, unknown
  }

  /// A discrete copy-number level, as GISTIC and cBioPortal code it (−2 … 2).
  public enum CopyNumberLevel: Int, Sendable, Hashable, Codable, CaseIterable {
    case deepDeletion = -2
    case shallowDeletion = -1
    case neutral = 0
    case gain = 1
    case amplification = 2
  }

  public var sampleID: String
  public var kind: Kind
  /// The HUGO gene symbol, or `nil` for an intergenic variant.
  public var gene: String?
  public var position: GenomicPosition?
  /// Reference allele as in the source (VCF keeps the anchor base, MAF writes `-`).
  public var ref: String?
  public var alt: String?
  public var proteinChange: ProteinChange?
  public var hgvsc: String?
  /// The most severe Sequence Ontology consequence term name (`missense_variant`).
  public var consequence: String?
  public var variantClass: VariantClass?
  public var impact: String?
  public var transcript: String?
  public var exon: FeatureNumber?
  public var intron: FeatureNumber?
  /// Variant allele fraction in [0, 1].
  public var vaf: Double?
  /// Read depth at the site in the tumour sample.
  public var depth: Int?
  /// `PASS`, or the failed filter names joined by `;`; `nil` when the source did not filter.
  public var filter: String?
  public var origin: Origin
  public var copyNumber: CopyNumberLevel?
  /// Partner genes of a fusion or other structural variant, 5′ partner first when known.
  public var fusionPartners: [String]
  /// Breakend orientation or structural class as the source gives it (`5'-3'`, `DEL`, `BND`).
  public var structuralClass: String?
  /// Every transcript annotation the source gave for this allele and gene.
  public var annotations: [TranscriptAnnotation]
  public var location: TextLocation?

  @inlinable public init(
    sampleID: String, kind: Kind, gene: String?, position: GenomicPosition? = nil,
    ref: String? = nil, alt: String? = nil, proteinChange: ProteinChange? = nil,
    hgvsc: String? = nil, consequence: String? = nil, variantClass: VariantClass? = nil,
    impact: String? = nil, transcript: String? = nil, exon: FeatureNumber? = nil,
    intron: FeatureNumber? = nil, vaf: Double? = nil, depth: Int? = nil, filter: String? = nil,
    origin: Origin = .unknown, copyNumber: CopyNumberLevel? = nil, fusionPartners: [String] = [],
    structuralClass: String? = nil, annotations: [TranscriptAnnotation] = [],
    location: TextLocation? = nil
  ) {
    self.sampleID = sampleID
    self.kind = kind
    self.gene = gene
    self.position = position
    self.ref = ref
    self.alt = alt
    self.proteinChange = proteinChange
    self.hgvsc = hgvsc
    self.consequence = consequence
    self.variantClass = variantClass
    self.impact = impact
    self.transcript = transcript
    self.exon = exon
    self.intron = intron
    self.vaf = vaf
    self.depth = depth
    self.filter = filter
    self.origin = origin
    self.copyNumber = copyNumber
    self.fusionPartners = fusionPartners
    self.structuralClass = structuralClass
    self.annotations = annotations
    self.location = location
  }
}
