import OncoModel

/// The one place where the HGVS text of an annotation becomes a ``OncoModel/ProteinChange``.
enum ProteinChangeText {
  /// Normalises the entry's HGVSp (`ENSP00000256078.4:p.Gly12Cys` → `G12C`; the accession is
  /// dropped); a splice-site entry without HGVSp uses its HGVSc (`c.3028+1G>A` → `splice`).
  static func normalize(_ annotation: borrowing TranscriptAnnotation) -> ProteinChange? {
    if let hgvsp = annotation.hgvsp, !hgvsp.isEmpty,
      let change = ProteinChangeNormalizer.normalize(hgvsp)
    {
      return change
    }
    guard let hgvsc = annotation.hgvsc,
      annotation.consequences.contains(where: {
        $0 == "splice_donor_variant" || $0 == "splice_acceptor_variant"
      })
    else { return nil }
    return ProteinChangeNormalizer.normalize(hgvsc)
  }
}
