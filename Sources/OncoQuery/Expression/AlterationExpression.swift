/// A parsed alteration expression: OQL gene statements combined with `AND`, `OR`, `NOT`.
///
/// The tree is what the text says, not yet what it means for a patient: protein changes are
/// kept as written (normalised when the query is compiled), a bare gene keeps its empty
/// alteration list (see ``GeneQuery/effectiveAlterations``), and `;` or a new line between
/// statements is an ``or(_:_:)``. Binary operators nest to the left, as they are parsed.
public indirect enum AlterationExpression: Sendable, Hashable {
  /// One gene and the alterations that count for it (`KRAS: G12C AMP`).
  case gene(GeneQuery)
  /// A fusion named by its partners (`EML4::ALK`, `KIF5B::`, `::RET`).
  case fusion(FusionQuery)
  /// A sample-level measure compared with a value (`TMB >= 10`, `MSI = MSI-H`).
  case biomarker(BiomarkerCondition)
  /// A named definition of the query file (`@egfr_common`), resolved at validation.
  case reference(String)
  /// Both sides hold.
  case and(AlterationExpression, AlterationExpression)
  /// Either side holds; also what `;` and a new line between statements mean.
  case or(AlterationExpression, AlterationExpression)
  /// The operand does not hold (a not-assessed operand stays not assessed).
  case not(AlterationExpression)

  /// The gene symbols the expression names, in order of first appearance, without repeats.
  public var genes: [String] {
    var seen: Set<String> = []
    var ordered: [String] = []
    visitLeaves { leaf in
      let names: [String?]
      switch leaf {
      case .gene(let query): names = [query.gene]
      case .fusion(let query): names = [query.fivePrime, query.threePrime]
      default: names = []
      }
      for case let name? in names where seen.insert(name).inserted { ordered.append(name) }
    }
    return ordered
  }

  /// The names of the `@definitions` the expression refers to, in order, without repeats.
  public var references: [String] {
    var ordered: [String] = []
    visitLeaves { leaf in
      if case .reference(let name) = leaf, !ordered.contains(name) { ordered.append(name) }
    }
    return ordered
  }

  /// Calls `body` on every leaf (gene, fusion, biomarker, reference), left to right.
  func visitLeaves(_ body: (AlterationExpression) -> Void) {
    switch self {
    case .and(let left, let right), .or(let left, let right):
      left.visitLeaves(body)
      right.visitLeaves(body)
    case .not(let operand): operand.visitLeaves(body)
    case .gene, .fusion, .biomarker, .reference: body(self)
    }
  }
}
