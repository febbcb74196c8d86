/// What `_DRIVER` means without a knowledge base: rules a reader can check by hand.
///
/// An alteration is a putative driver when it is
/// - a truncating mutation (nonsense, frameshift, splice, start or stop loss) of a tumour
///   suppressor in ``tumourSuppressors``;
/// - a mutation at a recurrent hotspot residue in ``hotspots`` (Chang et al., Nat Biotechnol
///   2016, the most recurrent residues);
/// - an amplification (`AMP`) or deep deletion (`HOMDEL`);
/// - a fusion.
///
/// OncoKB or a site's own annotation would be finer; these rules are deliberately small and
/// documented in `docs/cohort-engine.md`.
enum DriverRules {
  /// Tumour suppressors whose truncating mutations count as drivers.
  static let tumourSuppressors: Set<String> = [
    "APC", "ARID1A", "ARID2", "ATM", "BAP1", "BRCA1", "BRCA2", "CDH1", "CDKN2A", "CHEK2", "CIC",
    "CREBBP", "FAT1", "FBXW7", "KDM6A", "KEAP1", "KMT2D", "MLH1", "MSH2", "MSH6", "NF1", "NF2",
    "NOTCH1", "PALB2", "PBRM1", "PMS2", "PTCH1", "PTEN", "RAD51C", "RB1", "SETD2", "SMAD4",
    "SMARCA4", "SMARCB1", "STK11", "TP53", "TSC1", "TSC2", "VHL", "WT1",
  ]

  /// Recurrent hotspot residues by gene.
  static let hotspots: [String: [Int]] = [
    "AKT1": [17], "BRAF": [466, 469, 594, 600], "CTNNB1": [32, 33, 34, 37, 41, 45],
    "EGFR": [719, 768, 790, 858, 861], "ERBB2": [310, 755, 777], "FGFR3": [249, 370],
    "GNAS": [201, 227], "HRAS": [12, 13, 61], "IDH1": [132], "IDH2": [140, 172],
    "KIT": [560, 816], "KRAS": [12, 13, 61, 117, 146], "MAP2K1": [57], "NRAS": [12, 13, 61],
    "PDGFRA": [842], "PIK3CA": [542, 545, 1047], "SF3B1": [625, 700],
    "TP53": [175, 245, 248, 249, 273, 282],
  ]
}
