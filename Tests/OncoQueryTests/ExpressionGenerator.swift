import OncoQuery
import OncoTestSupport

extension SeededGenerator {
  mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

  mutating func chance() -> Bool { below(2) == 0 }
}

/// Random well-formed expression trees whose canonical text parses back to them.
struct ExpressionGenerator {
  var random: SeededGenerator

  init(seed: UInt64) { random = SeededGenerator(seed: seed) }

  mutating func expression(depth: Int) -> AlterationExpression {
    guard depth > 0, random.below(3) != 0 else { return leaf() }
    switch random.below(3) {
    case 0: return .and(expression(depth: depth - 1), expression(depth: depth - 1))
    case 1: return .or(expression(depth: depth - 1), expression(depth: depth - 1))
    default: return .not(expression(depth: depth - 1))
    }
  }

  private mutating func leaf() -> AlterationExpression {
    let genes = ["KRAS", "EGFR", "TP53", "HLA-A", "C1orf50", "ALK"]
    switch random.below(8) {
    case 0:
      let five = random.chance() ? random.pick(genes) : nil
      return .fusion(
        FusionQuery(fivePrime: five, threePrime: five == nil || random.chance() ? random.pick(genes) : nil))
    case 1:
      let value: BiomarkerCondition.Value =
        random.chance()
        ? .number(Double(random.below(4000) - 100) / 100) : .category(random.pick(["MSI-H", "MSS"]))
      return .biomarker(
        BiomarkerCondition(
          name: random.pick(["TMB", "MSI", "HRD"]), comparison: random.pick(Comparison.allCases), value: value
        ))
    case 2:
      return .reference(random.pick(["egfr_common", "x", "ras2"]))
    default:
      return .gene(
        GeneQuery(gene: random.pick(genes), alterations: (0..<random.below(4)).map { _ in atom() }))
    }
  }

  private mutating func atom() -> AlterationAtom {
    let kind = self.kind()
    if case .expression = kind { return AlterationAtom(kind) }
    let modifiers: [AlterationModifier] = (0..<random.below(3)).map { _ in modifier() }
    let thresholds = (0..<random.below(3)).map { _ in
      let measure = random.pick(Threshold.Measure.allCases)
      let value = measure == .vaf ? Double(random.below(100)) / 100 : Double(random.below(500))
      return Threshold(measure, random.pick(Comparison.allCases), value)
    }
    return AlterationAtom(kind, modifiers: modifiers, thresholds: thresholds)
  }

  private mutating func kind() -> AlterationAtom.Kind {
    let classes: [MutationClass] = [
      .missense, .nonsense, .nonstart, .nonstop, .frameshift, .inframe, .splice, .truncating, .promoter,
      .inframeDeletion, .inframeInsertion, .exonDeletion(1 + random.below(30)),
      .exonInsertion(1 + random.below(30)), .exonSkipping(1 + random.below(30)),
    ]
    switch random.below(9) {
    case 0: return .anyMutation
    case 1: return .mutationClass(random.pick(classes))
    case 2:
      let change = random.pick(["G12C", "E746_A750del", "p.Gly12Cys", "R213*", "L747fs", "X1010_splice"])
      return .proteinChange(change, negated: random.chance())
    case 3:
      let position = ProteinPosition(
        residue: random.chance() ? random.pick(["V", "G"]) : nil, position: random.below(2000))
      return .position(position, negated: random.chance())
    case 4: return .consequence(random.pick(["SO:0001818", "SO:0001583"]))
    case 5: return .copyNumber(random.pick(Comparison.allCases), random.pick(CopyNumberLevel.allCases))
    case 6: return .fusion
    case 7:
      return .expression(
        random.pick(ExpressionMeasure.allCases), random.pick(Comparison.allCases),
        Double(random.below(80) - 40) / 10)
    default: return .mutationClass(.truncating)
    }
  }

  private mutating func modifier() -> AlterationModifier {
    switch random.below(5) {
    case 0: return .germline
    case 1: return .somatic
    case 2: return .driver
    case 3: return .exon(1 + random.below(30))
    default:
      let start = random.chance() ? random.below(1000) : nil
      let end = start == nil || random.chance() ? (start ?? 0) + random.below(100) : nil
      return .range(ProteinRange(start: start, end: end, includesOverlapping: random.chance()))
    }
  }
}
