import OncoQuery
import Testing

@Suite struct ExpressionParserTests {
  /// OQL as cBioPortal documents it, each with the tree it must give.
  static let oqlForms: [(String, AlterationExpression)] = [
    ("KRAS", gene("KRAS")),
    ("KRAS: MUT", gene("KRAS", atom(.anyMutation))),
    ("KRAS: G12C", gene("KRAS", atom(change("G12C")))),
    ("KRAS: MUT = G12C", gene("KRAS", atom(change("G12C")))),
    ("KRAS: p.Gly12Cys", gene("KRAS", atom(change("p.Gly12Cys")))),
    (
      "BRAF: V600",
      gene("BRAF", atom(.position(ProteinPosition(residue: "V", position: 600), negated: false)))
    ),
    ("BRAF: MUT != V600E", gene("BRAF", atom(change("V600E", negated: true)))),
    (
      "BRAF: MUT != V600",
      gene("BRAF", atom(.position(ProteinPosition(residue: "V", position: 600), negated: true)))
    ),
    ("EGFR: E746_A750del", gene("EGFR", atom(change("E746_A750del")))),
    ("TP53: R213*", gene("TP53", atom(change("R213*")))),
    ("TP53: MUT = MISSENSE", gene("TP53", atom(mutationClass(.missense)))),
    (
      "TP53: MISSENSE NONSENSE NONSTART NONSTOP FRAMESHIFT INFRAME SPLICE TRUNC PROMOTER",
      gene(
        "TP53", atom(mutationClass(.missense)), atom(mutationClass(.nonsense)),
        atom(mutationClass(.nonstart)), atom(mutationClass(.nonstop)), atom(mutationClass(.frameshift)),
        atom(mutationClass(.inframe)), atom(mutationClass(.splice)), atom(mutationClass(.truncating)),
        atom(mutationClass(.promoter)))
    ),
    ("BRCA2: MUT_GERMLINE", gene("BRCA2", atom(.anyMutation, .germline))),
    ("BRCA2: GERMLINE", gene("BRCA2", atom(.anyMutation, .germline))),
    ("TP53: MISSENSE_SOMATIC_DRIVER", gene("TP53", atom(mutationClass(.missense), .somatic, .driver))),
    ("BRAF: V600E_GERMLINE", gene("BRAF", atom(change("V600E"), .germline))),
    ("EGFR: MUT_(746-750)", gene("EGFR", atom(.anyMutation, range(746, 750)))),
    ("EGFR: (746-750*)", gene("EGFR", atom(.anyMutation, range(746, 750, overlapping: true)))),
    ("EGFR: MUT_(746-)", gene("EGFR", atom(.anyMutation, range(746, nil)))),
    ("EGFR: MUT_(-750)", gene("EGFR", atom(.anyMutation, range(nil, 750)))),
    (
      "EGFR: MISSENSE_(746-750)_GERMLINE",
      gene("EGFR", atom(mutationClass(.missense), range(746, 750), .germline))
    ),
    (
      "ERBB2: AMP GAIN HETLOSS HOMDEL",
      gene(
        "ERBB2", atom(copyNumber(.amplification)), atom(copyNumber(.gain)),
        atom(copyNumber(.shallowDeletion)), atom(copyNumber(.deepDeletion)))
    ),
    ("MYC: CNA >= GAIN", gene("MYC", atom(copyNumber(.gain, .greaterOrEqual)))),
    ("CDKN2A: CNA <= HETLOSS", gene("CDKN2A", atom(copyNumber(.shallowDeletion, .lessOrEqual)))),
    ("ERBB2: AMP_DRIVER", gene("ERBB2", atom(copyNumber(.amplification), .driver))),
    ("ALK: FUSION", gene("ALK", atom(.fusion))),
    ("EML4::ALK", .fusion(FusionQuery(fivePrime: "EML4", threePrime: "ALK"))),
    ("KIF5B::", .fusion(FusionQuery(fivePrime: "KIF5B", threePrime: nil))),
    ("::RET", .fusion(FusionQuery(fivePrime: nil, threePrime: "RET"))),
    ("KRAS: G12C AMP", gene("KRAS", atom(change("G12C")), atom(copyNumber(.amplification)))),
    ("KRAS; NRAS", .or(gene("KRAS"), gene("NRAS"))),
    ("KRAS\nNRAS\r\nHRAS\n", .or(.or(gene("KRAS"), gene("NRAS")), gene("HRAS"))),
    ("KRAS: G12C # the common one\nNRAS", .or(gene("KRAS", atom(change("G12C"))), gene("NRAS"))),
    ("HLA-A: MUT", gene("HLA-A", atom(.anyMutation))),
    ("KIF5B::\nRET", .or(.fusion(FusionQuery(fivePrime: "KIF5B", threePrime: nil)), gene("RET"))),
    ("BRAF: V600E\n\n  # comment line\n\nNRAS", .or(gene("BRAF", atom(change("V600E"))), gene("NRAS"))),
  ]

  @Test(arguments: oqlForms)
  func oqlForm(text: String, expected: AlterationExpression) {
    let result = parse(text)
    #expect(result.issues == [])
    #expect(result.expression == expected)
  }

  /// The extensions beyond OQL.
  static let extensions: [(String, AlterationExpression)] = [
    ("EGFR: EXON19_DEL", gene("EGFR", atom(mutationClass(.exonDeletion(19))))),
    ("EGFR: EXON20_INS", gene("EGFR", atom(mutationClass(.exonInsertion(20))))),
    ("MET: EXON14_SKIP", gene("MET", atom(mutationClass(.exonSkipping(14))))),
    (
      "EGFR: INFRAME_DEL INFRAME_INS",
      gene("EGFR", atom(mutationClass(.inframeDeletion)), atom(mutationClass(.inframeInsertion)))
    ),
    ("EGFR: EXON(19)", gene("EGFR", atom(.anyMutation, .exon(19)))),
    ("EGFR: INFRAME_DEL_EXON(19)", gene("EGFR", atom(mutationClass(.inframeDeletion), .exon(19)))),
    ("EGFR: MUT_EXON(19)_SOMATIC", gene("EGFR", atom(.anyMutation, .exon(19), .somatic))),
    ("KRAS: CONSEQUENCE(SO:0001818)", gene("KRAS", atom(.consequence("SO:0001818")))),
    (
      "KRAS: G12C[vaf>=0.05, depth>=100]",
      gene(
        "KRAS",
        atom(
          change("G12C"),
          thresholds: [Threshold(.vaf, .greaterOrEqual, 0.05), Threshold(.depth, .greaterOrEqual, 100)]))
    ),
    (
      "KRAS: MUT_SOMATIC [alt_count > 3]",
      gene("KRAS", atom(.anyMutation, .somatic, thresholds: [Threshold(.altCount, .greater, 3)]))
    ),
    (
      "TMB >= 10",
      .biomarker(BiomarkerCondition(name: "TMB", comparison: .greaterOrEqual, value: .number(10)))
    ),
    (
      "MSI = MSI-H",
      .biomarker(BiomarkerCondition(name: "MSI", comparison: .equal, value: .category("MSI-H")))
    ),
    ("@egfr_common", .reference("egfr_common")),
    (
      "KRAS: G12C AND NOT (STK11: MUT OR KEAP1: MUT)",
      .and(
        gene("KRAS", atom(change("G12C"))),
        .not(.or(gene("STK11", atom(.anyMutation)), gene("KEAP1", atom(.anyMutation)))))
    ),
  ]

  @Test(arguments: extensions)
  func extensionForm(text: String, expected: AlterationExpression) {
    let result = parse(text)
    #expect(result.issues == [])
    #expect(result.expression == expected)
  }

  /// `NOT` binds tighter than `AND`, which binds tighter than `OR`; all nest to the left.
  static let precedence: [(String, AlterationExpression)] = [
    ("A OR B AND C", .or(gene("A"), .and(gene("B"), gene("C")))),
    ("A AND B OR C", .or(.and(gene("A"), gene("B")), gene("C"))),
    ("NOT A AND B", .and(.not(gene("A")), gene("B"))),
    ("NOT NOT A", .not(.not(gene("A")))),
    ("A AND B OR C AND D", .or(.and(gene("A"), gene("B")), .and(gene("C"), gene("D")))),
    ("A OR B OR C", .or(.or(gene("A"), gene("B")), gene("C"))),
    ("A AND B AND C", .and(.and(gene("A"), gene("B")), gene("C"))),
    ("(A OR B) AND C", .and(.or(gene("A"), gene("B")), gene("C"))),
    ("A AND (B OR C)", .and(gene("A"), .or(gene("B"), gene("C")))),
    ("NOT (A AND B)", .not(.and(gene("A"), gene("B")))),
    ("A AND B; C", .or(.and(gene("A"), gene("B")), gene("C"))),
    ("A; B AND C", .or(gene("A"), .and(gene("B"), gene("C")))),
    ("A AND\nB", .and(gene("A"), gene("B"))),
    ("(A: MUT\n OR B) AND C", .and(.or(gene("A", atom(.anyMutation)), gene("B")), gene("C"))),
    ("(A; B) AND C", .and(.or(gene("A"), gene("B")), gene("C"))),
    ("a and not b or c", .or(.and(gene("a"), .not(gene("b"))), gene("c"))),
  ]

  @Test(arguments: precedence)
  func precedenceAndParentheses(text: String, expected: AlterationExpression) {
    #expect(parse(text).expression == expected)
  }

  @Test func bareGeneMeansOQLDefault() throws {
    let expression = try ExpressionParser().parseOrThrow("KRAS")
    guard case .gene(let query) = expression else {
      Issue.record("not a gene")
      return
    }
    #expect(query.effectiveAlterations.map(\.description) == ["MUT", "FUSION", "AMP", "HOMDEL"])
  }

  @Test(arguments: [("KRAS: EXP > 2", ExpressionMeasure.mrna, 2.0), ("KRAS: PROT < -1.5", .protein, -1.5)])
  func expressionDataParsesWithAClearIssue(text: String, measure: ExpressionMeasure, value: Double) {
    let result = parse(text)
    #expect(
      result.expression
        == gene("KRAS", atom(.expression(measure, measure == .mrna ? .greater : .less, value))))
    #expect(result.issues.count == 1)
    let issue = result.issues.first
    #expect(issue?.code == .noExpressionData)
    #expect(issue?.line == 1 && issue?.column == 7)
    #expect(issue?.message.contains("no expression data") == true)
  }

  @Test func genesAndReferencesAreListed() throws {
    let expression = try ExpressionParser().parseOrThrow(
      "KRAS: G12C AND NOT (EML4::ALK OR @x OR KRAS) OR TMB > 1 OR @x")
    #expect(expression.genes == ["KRAS", "EML4", "ALK"])
    #expect(expression.references == ["x"])
  }
}
