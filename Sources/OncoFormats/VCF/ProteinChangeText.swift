import OncoModel

/// The one place where the HGVS protein text of an annotation becomes a ``OncoModel/ProteinChange``.
enum ProteinChangeText {
  /// Normalises `ENSP00000256078.4:p.Gly12Cys` (the protein accession is dropped).
  ///
  /// Returns `nil` until the shared normaliser (`ProteinChangeNormalizer`, branch `wip-maf`)
  /// is merged; the HGVSp text itself stays in ``OncoModel/TranscriptAnnotation/hgvsp``.
  static func normalize(_ hgvsp: String?) -> ProteinChange? {
    guard let hgvsp, !hgvsp.isEmpty else { return nil }
    let change = hgvsp.firstIndex(of: ":").map { hgvsp[hgvsp.index(after: $0)...] } ?? hgvsp[...]
    _ = change
    return nil
  }
}
