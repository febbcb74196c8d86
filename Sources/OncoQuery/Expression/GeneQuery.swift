/// One OQL gene statement: a gene symbol and the alterations that count for it.
///
/// Several alterations after the colon are alternatives (OR): `KRAS: G12C AMP` is a G12C
/// mutation or an amplification of KRAS.
public struct GeneQuery: Sendable, Hashable {
  /// The gene symbol as written (checked against HGNC at validation).
  public var gene: String
  /// The alterations after the colon, empty for a bare gene (`KRAS`).
  public var alterations: [AlterationAtom]

  /// Creates a gene statement.
  public init(gene: String, alterations: [AlterationAtom] = []) {
    self.gene = gene
    self.alterations = alterations
  }

  /// What OQL means by a bare gene: `MUT FUSION AMP HOMDEL`.
  public static let defaultAlterations: [AlterationAtom] = [
    AlterationAtom(.anyMutation), AlterationAtom(.fusion),
    AlterationAtom(.copyNumber(.equal, .amplification)),
    AlterationAtom(.copyNumber(.equal, .deepDeletion)),
  ]

  /// The alterations that count: those written, or ``defaultAlterations`` for a bare gene.
  public var effectiveAlterations: [AlterationAtom] {
    alterations.isEmpty ? Self.defaultAlterations : alterations
  }
}
