import OncoModel

extension Alteration {
  /// The alteration's only transcript annotation, when it says nothing about the transcript
  /// that the alteration's stored columns do not already say, or `nil`.
  ///
  /// Such an annotation (every MAF row's, a VCF's annotated with VEP `--pick`) is stored in the
  /// alteration's row rather than as a `transcript_annotations` row: the same gene (as stored,
  /// after harmonisation), transcript, impact, HGVS c., exon and intron, and its first
  /// consequence term the alteration's `consequence`. Only what the alteration lacks is kept.
  func primaryAnnotation(storedGene: String?) -> PrimaryAnnotation? {
    guard annotations.count == 1 else { return nil }
    let only = annotations[0]
    guard only.gene == storedGene, only.transcript == transcript, only.impact == impact,
      only.hgvsc == hgvsc, only.exon == exon, only.intron == intron,
      only.consequences.first == consequence
    else { return nil }
    return PrimaryAnnotation(annotation: only)
  }
}

/// What an alteration's only transcript annotation adds to the alteration's own columns.
struct PrimaryAnnotation {
  var hgvsp: String?
  var biotype: String?
  var consequences: [String]
  /// `annotation_flags`: 1 canonical, 2 MANE Select, 4 picked by VEP; 0 when none.
  var flags: Int

  init(annotation: TranscriptAnnotation) {
    hgvsp = annotation.hgvsp
    biotype = annotation.biotype
    consequences = annotation.consequences
    flags =
      (annotation.isCanonical ? 1 : 0) | (annotation.isManeSelect ? 2 : 0) | (annotation.isPicked ? 4 : 0)
  }
}
