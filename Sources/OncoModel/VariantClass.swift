/// A variant classification in the MAF `Variant_Classification` vocabulary.
///
/// A struct over its raw string rather than an enum: files in the wild use values outside
/// the GDC list, and those must survive a round trip.
public struct VariantClass: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }

  public static let missense = VariantClass(rawValue: "Missense_Mutation")
  public static let nonsense = VariantClass(rawValue: "Nonsense_Mutation")
  public static let nonstop = VariantClass(rawValue: "Nonstop_Mutation")
  public static let silent = VariantClass(rawValue: "Silent")
  public static let frameShiftDeletion = VariantClass(rawValue: "Frame_Shift_Del")
  public static let frameShiftInsertion = VariantClass(rawValue: "Frame_Shift_Ins")
  public static let inFrameDeletion = VariantClass(rawValue: "In_Frame_Del")
  public static let inFrameInsertion = VariantClass(rawValue: "In_Frame_Ins")
  public static let spliceSite = VariantClass(rawValue: "Splice_Site")
  public static let spliceRegion = VariantClass(rawValue: "Splice_Region")
  public static let translationStartSite = VariantClass(rawValue: "Translation_Start_Site")
  public static let threePrimeUTR = VariantClass(rawValue: "3'UTR")
  public static let fivePrimeUTR = VariantClass(rawValue: "5'UTR")
  public static let threePrimeFlank = VariantClass(rawValue: "3'Flank")
  public static let fivePrimeFlank = VariantClass(rawValue: "5'Flank")
  public static let intron = VariantClass(rawValue: "Intron")
  public static let intergenic = VariantClass(rawValue: "IGR")
  public static let rna = VariantClass(rawValue: "RNA")
  public static let targetedRegion = VariantClass(rawValue: "Targeted_Region")
  public static let fusion = VariantClass(rawValue: "Fusion")
  public static let unknown = VariantClass(rawValue: "Unknown")

  /// Classes that change the protein sequence (the MAF "non-silent" set cBioPortal counts).
  public var isProteinAltering: Bool {
    switch self {
    case .missense, .nonsense, .nonstop, .frameShiftDeletion, .frameShiftInsertion,
      .inFrameDeletion, .inFrameInsertion, .spliceSite, .translationStartSite:
      return true
    default:
      return false
    }
  }
}
