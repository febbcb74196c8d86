import OncoSurvival

/// The most altered genes of the cohort and the co-occurrence of the query genes.
public struct AlterationLandscape: Sendable, Hashable {
  /// Genes by decreasing frequency; each counts only patients whose panel covered the gene.
  public var genes: [GeneFrequency]
  /// Pairs of query genes with their 2 × 2 tables and tests.
  public var pairs: [CooccurrencePair]

  /// Creates a landscape.
  public init(genes: [GeneFrequency], pairs: [CooccurrencePair]) {
    self.genes = genes
    self.pairs = pairs
  }
}

/// How often one gene is altered among the patients whose panel covered it.
public struct GeneFrequency: Sendable, Hashable {
  /// The HGNC symbol.
  public var gene: String
  /// Patients with an alteration of the gene.
  public var altered: ReportCount
  /// Patients whose panel covered the gene: the denominator.
  public var assessed: ReportCount

  /// Creates a frequency.
  public init(gene: String, altered: ReportCount, assessed: ReportCount) {
    self.gene = gene
    self.altered = altered
    self.assessed = assessed
  }
}

/// Whether two genes tend to be altered together or apart.
public enum Tendency: String, Sendable, Hashable {
  /// More patients with both alterations than independence predicts (ad > bc).
  case cooccurrence = "co_occurrence"
  /// Fewer (ad < bc).
  case mutualExclusivity = "mutual_exclusivity"
  /// Exactly as many (ad = bc).
  case none

  /// The words shown in tables.
  public var label: String {
    switch self {
    case .cooccurrence: return "co-occurrence"
    case .mutualExclusivity: return "mutual exclusivity"
    case .none: return "none"
    }
  }
}

/// The 2 × 2 table of two genes among patients assessed for both, with Fisher's exact test.
public struct CooccurrencePair: Sendable, Hashable {
  /// The first gene.
  public var geneA: String
  /// The second gene.
  public var geneB: String
  /// Altered in both (a).
  public var both: ReportCount
  /// Altered in A only (b).
  public var onlyA: ReportCount
  /// Altered in B only (c).
  public var onlyB: ReportCount
  /// Altered in neither (d).
  public var neither: ReportCount
  /// Patients assessed for both genes: a + b + c + d.
  public var assessed: ReportCount
  /// Two-sided Fisher exact p-value (R: `fisher.test`).
  public var pValue: Double?
  /// Benjamini–Hochberg adjusted p-value over all pairs of the report (R: `p.adjust(method = "BH")`).
  public var adjustedPValue: Double?
  /// The direction of the association.
  public var tendency: Tendency

  /// Builds the pairs from their 2 × 2 tables: runs Fisher's exact test on each and adjusts
  /// the p-values together with Benjamini–Hochberg.
  ///
  /// - Parameter tables: Per pair, the genes and the counts a (both), b (A only), c (B only),
  ///   d (neither), all ≥ 0.
  /// - Throws: ``SurvivalError`` if a count is negative.
  public static func tested(_ tables: [(geneA: String, geneB: String, a: Int, b: Int, c: Int, d: Int)])
    throws -> [CooccurrencePair]
  {
    let tests = try tables.map { try FisherExactTest(a: $0.a, b: $0.b, c: $0.c, d: $0.d) }
    let adjusted = BenjaminiHochberg.adjust(tests.map(\.pValue))
    return tables.indices.map { index in
      let t = tables[index]
      let cross = t.a * t.d - t.b * t.c
      return CooccurrencePair(
        geneA: t.geneA, geneB: t.geneB, both: ReportCount(t.a), onlyA: ReportCount(t.b),
        onlyB: ReportCount(t.c), neither: ReportCount(t.d), assessed: ReportCount(t.a + t.b + t.c + t.d),
        pValue: tests[index].pValue, adjustedPValue: adjusted[index],
        tendency: cross > 0 ? .cooccurrence : cross < 0 ? .mutualExclusivity : .none)
    }
  }
}
