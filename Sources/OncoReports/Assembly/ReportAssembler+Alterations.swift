import OncoQuery

extension ReportAssembler {
  /// How many genes the landscape lists.
  static let landscapeGenes = 20
  /// How many genes the co-occurrence tests pair up at most.
  static let cooccurrenceGenes = 6

  /// The most altered genes (denominators: patients whose selected samples covered the gene) and
  /// the co-occurrence of the query's genes, topped up with the most altered genes when the
  /// query names fewer than two, tested with Fisher's exact test and BH-adjusted.
  func alterations(_ context: AssemblyContext) throws -> AlterationLandscape? {
    let molecular = context.molecular
    let patients = context.cohort.patients.map(\.key)
    var altered: [String: Int] = [:]
    for patient in patients {
      for gene in molecular.alteredGenes[patient] ?? [] { altered[gene, default: 0] += 1 }
    }
    guard !altered.isEmpty else { return nil }
    func assessedCount(_ gene: String) -> Int { patients.filter { molecular.assessed($0, gene: gene) }.count }
    let ranked = altered.keys.sorted { (altered[$0] ?? 0, $1) > (altered[$1] ?? 0, $0) }
    let genes = ranked.prefix(Self.landscapeGenes).map { gene in
      GeneFrequency(
        gene: gene, altered: ReportCount(altered[gene] ?? 0), assessed: ReportCount(assessedCount(gene)))
    }
    var paired = Self.queryGenes(context.query)
    for gene in ranked where paired.count < 2 && !paired.contains(gene) { paired.append(gene) }
    paired = Array(paired.prefix(Self.cooccurrenceGenes))
    var tables: [(geneA: String, geneB: String, a: Int, b: Int, c: Int, d: Int)] = []
    for (i, geneA) in paired.enumerated() {
      for geneB in paired[(i + 1)...] {
        var cells = (a: 0, b: 0, c: 0, d: 0)
        for patient in patients
        where molecular.assessed(patient, gene: geneA) && molecular.assessed(patient, gene: geneB) {
          let set = molecular.alteredGenes[patient] ?? []
          switch (set.contains(geneA), set.contains(geneB)) {
          case (true, true): cells.a += 1
          case (true, false): cells.b += 1
          case (false, true): cells.c += 1
          case (false, false): cells.d += 1
          }
        }
        tables.append((geneA, geneB, cells.a, cells.b, cells.c, cells.d))
      }
    }
    return AlterationLandscape(genes: genes, pairs: try CooccurrencePair.tested(tables))
  }

  /// The genes the query's alteration criteria and groups name, in order of appearance.
  static func queryGenes(_ query: CohortQuery) -> [String] {
    var expressions: [AlterationExpression] = query.criteria.compactMap { criterion in
      switch criterion.kind {
      case .requireAlterations(let expression), .excludeAlterations(let expression): expression
      default: nil
      }
    }
    if case .expressions(let groups, _) = query.grouping { expressions += groups.map(\.expression) }
    var genes: [String] = []
    for gene in expressions.flatMap(\.genes) where !genes.contains(gene) { genes.append(gene) }
    return genes
  }
}
