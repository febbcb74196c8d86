import OncoQuery

// Short builders so that expected trees in the tables read like the text they come from.

func gene(_ name: String, _ atoms: AlterationAtom...) -> AlterationExpression {
  .gene(GeneQuery(gene: name, alterations: atoms))
}

func atom(
  _ kind: AlterationAtom.Kind, _ modifiers: AlterationModifier..., thresholds: [Threshold] = []
) -> AlterationAtom {
  AlterationAtom(kind, modifiers: modifiers, thresholds: thresholds)
}

func change(_ text: String, negated: Bool = false) -> AlterationAtom.Kind {
  .proteinChange(text, negated: negated)
}

func mutationClass(_ value: MutationClass) -> AlterationAtom.Kind { .mutationClass(value) }

func copyNumber(_ level: CopyNumberLevel, _ comparison: Comparison = .equal) -> AlterationAtom.Kind {
  .copyNumber(comparison, level)
}

func range(_ start: Int?, _ end: Int?, overlapping: Bool = false) -> AlterationModifier {
  .range(ProteinRange(start: start, end: end, includesOverlapping: overlapping))
}

func parse(_ text: String) -> ExpressionParser.Result {
  ExpressionParser().parse(text)
}
