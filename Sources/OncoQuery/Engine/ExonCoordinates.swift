/// Protein residues of well-known exons, used when an alteration carries no exon annotation.
///
/// Many MAFs (cBioPortal's among them) give a protein change but no exon number; for the exon
/// classes researchers write most often the residues are fixed on the canonical transcript, so
/// `EGFR: EXON19_DEL` still finds `E746_A750del` there. Exon annotations, when present, win.
enum ExonCoordinates {
  /// First and last residue of an exon, by gene and exon number (canonical transcripts:
  /// EGFR NM_005228, MET NM_000245, ERBB2 NM_004448, KIT NM_000222).
  static let residues: [String: [Int: ClosedRange<Int>]] = [
    "EGFR": [18: 688...728, 19: 729...761, 20: 762...823, 21: 824...875],
    "MET": [14: 963...1010],
    "ERBB2": [20: 769...835],
    "KIT": [9: 449...514, 11: 550...591, 17: 788...828],
  ]

  /// The residues of `exon` of `gene`, or `nil` when the table does not know them.
  static func range(gene: String, exon: Int) -> ClosedRange<Int>? {
    residues[gene.uppercased()]?[exon]
  }
}
