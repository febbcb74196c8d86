/// The SQL meaning of each mutation class over an `alterations` row aliased `a`.
///
/// A class is read from `protein_change_kind` when the row has one (the normalised protein
/// change is the most precise), else from the MAF `variant_class`, else from the Sequence
/// Ontology `consequence`; rows are always `kind = 'mutation'`.
extension MutationClass {
  /// Protein-change kinds, MAF classes and SO consequences that make up a simple class.
  struct Vocabulary {
    var kinds: [String]
    var variantClasses: [String]
    var consequences: [String]
  }

  /// The vocabulary of the OQL classes (`nil` for the composite and exon-level ones).
  var vocabulary: Vocabulary? {
    switch self {
    case .missense:
      Vocabulary(
        kinds: ["missense"], variantClasses: ["Missense_Mutation"], consequences: ["missense_variant"])
    case .nonsense:
      Vocabulary(kinds: ["nonsense"], variantClasses: ["Nonsense_Mutation"], consequences: ["stop_gained"])
    case .nonstart:
      Vocabulary(
        kinds: ["start_loss"], variantClasses: ["Translation_Start_Site"], consequences: ["start_lost"])
    case .nonstop:
      Vocabulary(kinds: ["stop_loss"], variantClasses: ["Nonstop_Mutation"], consequences: ["stop_lost"])
    case .frameshift:
      Vocabulary(
        kinds: ["frameshift"], variantClasses: ["Frame_Shift_Del", "Frame_Shift_Ins"],
        consequences: ["frameshift_variant"])
    case .inframe:
      Vocabulary(
        kinds: ["inframe_deletion", "inframe_insertion", "duplication", "delins"],
        variantClasses: ["In_Frame_Del", "In_Frame_Ins"],
        consequences: ["inframe_deletion", "inframe_insertion", "protein_altering_variant"])
    case .splice:
      Vocabulary(
        kinds: ["splice"], variantClasses: ["Splice_Site", "Splice_Region"],
        consequences: ["splice_acceptor_variant", "splice_donor_variant", "splice_region_variant"])
    case .promoter:
      Vocabulary(kinds: [], variantClasses: ["5'Flank"], consequences: ["upstream_gene_variant"])
    case .inframeInsertion:
      Vocabulary(
        kinds: ["inframe_insertion", "duplication"], variantClasses: ["In_Frame_Ins"],
        consequences: ["inframe_insertion"])
    case .truncating, .inframeDeletion, .exonDeletion, .exonInsertion, .exonSkipping: nil
    }
  }

  /// The condition a row of this class meets, for an atom of `gene`.
  func condition(gene: String, dialect: some SQLDialect) -> String {
    if self == .inframeDeletion { return Self.inframeDeletion(dialect) }
    if let vocabulary { return Self.condition(vocabulary, dialect: dialect) }
    switch self {
    case .truncating:
      let parts: [MutationClass] = [.nonsense, .frameshift, .nonstart, .nonstop, .splice]
      return "(" + parts.map { $0.condition(gene: gene, dialect: dialect) }.joined(separator: " OR ") + ")"
    case .exonDeletion(let exon):
      return "(\(Self.inframeDeletion(dialect)) AND \(Self.inExon(exon, gene: gene)))"
    case .exonInsertion(let exon):
      let insertion = MutationClass.inframeInsertion.condition(gene: gene, dialect: dialect)
      return "(\(insertion) AND \(Self.inExon(exon, gene: gene)))"
    case .exonSkipping(let exon):
      return Self.exonSkipping(exon, gene: gene, dialect: dialect)
    default:
      return "1 = 0"
    }
  }

  /// Kind first, then MAF class, then consequence.
  static func condition(_ vocabulary: Vocabulary, dialect: some SQLDialect) -> String {
    let byKind =
      vocabulary.kinds.isEmpty ? "1 = 0" : "a.protein_change_kind IN \(dialect.list(vocabulary.kinds))"
    return "(\(byKind) OR (a.protein_change_kind IS NULL AND (a.variant_class IN "
      + "\(dialect.list(vocabulary.variantClasses)) OR (a.variant_class IS NULL AND a.consequence IN "
      + "\(dialect.list(vocabulary.consequences))))))"
  }

  /// In-frame deletions, including a deletion-insertion that removes more than one residue
  /// (`L747_P753delinsS`, common in EGFR exon 19).
  static func inframeDeletion(_ dialect: some SQLDialect) -> String {
    let plain = condition(
      Vocabulary(
        kinds: ["inframe_deletion"], variantClasses: ["In_Frame_Del"], consequences: ["inframe_deletion"]),
      dialect: dialect)
    return "(\(plain) OR (a.protein_change_kind = 'delins' AND a.protein_end > a.protein_start))"
  }

  /// The row lies in `exon`: by its exon annotation, else by the residues of
  /// ``ExonCoordinates`` when the gene's exon is known there.
  static func inExon(_ exon: Int, gene: String) -> String {
    let annotated = "(a.exon IS NOT NULL AND a.exon <= \(exon) AND COALESCE(a.exon_last, a.exon) >= \(exon))"
    guard let residues = ExonCoordinates.range(gene: gene, exon: exon) else { return annotated }
    return "(\(annotated) OR (a.exon IS NULL AND a.protein_start <= \(residues.upperBound) "
      + "AND COALESCE(a.protein_end, a.protein_start) >= \(residues.lowerBound)))"
  }

  /// Splice variants at the exon's boundaries (in the exon, or in the introns on either side),
  /// and deletions annotated with both the exon and a flanking intron (they remove a boundary).
  static func exonSkipping(_ exon: Int, gene: String, dialect: some SQLDialect) -> String {
    let splice = MutationClass.splice.condition(gene: gene, dialect: dialect)
    var atBoundary = "a.exon = \(exon) OR a.intron IN (\(exon - 1), \(exon))"
    if let residues = ExonCoordinates.range(gene: gene, exon: exon) {
      let (first, last) = (residues.lowerBound, residues.upperBound)
      atBoundary +=
        " OR (a.exon IS NULL AND a.intron IS NULL AND a.protein_start IN "
        + "(\(first - 1), \(first), \(last), \(last + 1)))"
    }
    let deletion = "(a.alt = '-' OR LENGTH(a.ref) > LENGTH(a.alt))"
    let spanning =
      "(a.exon IS NOT NULL AND a.intron IS NOT NULL AND a.exon <= \(exon) "
      + "AND COALESCE(a.exon_last, a.exon) >= \(exon) AND (a.intron IN (\(exon - 1), \(exon)) "
      + "OR a.intron_last IN (\(exon - 1), \(exon))))"
    return "((\(splice) AND (\(atBoundary))) OR (\(deletion) AND \(spanning)))"
  }
}
