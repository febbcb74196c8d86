extension AlterationExpression {
  /// The tree with every leaf replaced by `transform(leaf)` (gene, fusion, biomarker, reference).
  func replacingLeaves(_ transform: (AlterationExpression) -> AlterationExpression) -> AlterationExpression {
    switch self {
    case .and(let left, let right): .and(left.replacingLeaves(transform), right.replacingLeaves(transform))
    case .or(let left, let right): .or(left.replacingLeaves(transform), right.replacingLeaves(transform))
    case .not(let operand): .not(operand.replacingLeaves(transform))
    case .gene, .fusion, .biomarker, .reference: transform(self)
    }
  }

  /// The tree with gene symbols (of statements and fusion partners) renamed by `rename`.
  func renamingGenes(_ rename: (String) -> String) -> AlterationExpression {
    replacingLeaves { leaf in
      switch leaf {
      case .gene(var query):
        query.gene = rename(query.gene)
        return .gene(query)
      case .fusion(var query):
        query.fivePrime = query.fivePrime.map(rename)
        query.threePrime = query.threePrime.map(rename)
        return .fusion(query)
      default: return leaf
      }
    }
  }

  /// The tree with each `@name` replaced by its definition (left as is when `lookup` has none).
  func expandingReferences(_ lookup: (String) -> AlterationExpression?) -> AlterationExpression {
    replacingLeaves { leaf in
      if case .reference(let name) = leaf, let definition = lookup(name) { return definition }
      return leaf
    }
  }

  /// The sample-level biomarker conditions the expression names.
  var biomarkers: [BiomarkerCondition] {
    var found: [BiomarkerCondition] = []
    visitLeaves { if case .biomarker(let condition) = $0 { found.append(condition) } }
    return found
  }
}
