import OncoModel
import OncoQuery
import Testing

@Suite("QueryFileReader: keys to CohortQuery values")
struct QueryFileReaderTests {
  @Test func minimalFileIsValid() throws {
    let result = QueryFiles.read(
      """
      version: 1
      name: BRCA2 carriers
      alterations:
        require: "BRCA2: MUT"
      """)
    #expect(result.diagnostics.isEmpty)
    let query = try #require(result.query)
    #expect(query.name == "BRCA2 carriers")
    #expect(query.criteria.count == 1)
    let criterion = try #require(query.criteria.first)
    #expect(
      criterion.kind
        == .requireAlterations(.gene(GeneQuery(gene: "BRCA2", alterations: [AlterationAtom(.anyMutation)]))))
    #expect(criterion.label == "require: BRCA2: MUT")
    // `  require: ` is 11 characters: the quoted value starts at column 12 of line 4.
    #expect(criterion.location == TextLocation(file: "query.yaml", line: 4, column: 12))
    #expect(query.samples == SampleSelection())
    #expect(query.index == .diagnosis)
    #expect(query.report == ReportSettings())
    #expect(result.reading?.hasPrefix("Patients whose selected samples show BRCA2 mutated.") == true)
  }

  @Test func versionAndNameAreRequired() {
    let result = QueryFiles.read("description: nothing else\n")
    #expect(result.query == nil)
    #expect(result.errorMessages == ["'version' is required", "'name' is required"])
    #expect(QueryFiles.read("version: 2\nname: x\n").errorMessages == ["unsupported query file version 2"])
  }

  @Test func everyKeyOfTheFullExample() throws {
    let result = QueryFiles.reader.read(path: QueryFiles.fixture("full.yaml"))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
    let query = try #require(result.query)
    #expect(query.description == "Advanced NSCLC with KRAS G12C, public versus private sources")
    let kinds = query.criteria.map(\.kind)
    let stk11 = AlterationExpression.gene(
      GeneQuery(gene: "STK11", alterations: [AlterationAtom(.anyMutation)]))
    let keap1 = AlterationExpression.gene(
      GeneQuery(gene: "KEAP1", alterations: [AlterationAtom(.anyMutation)]))
    let expected: [CohortCriterion.Kind] = [
      .sources(["hospital", "industry"]),
      .diagnosis(concepts: ["NCIT:C2926"]),
      .stage(["IV", "IIIB"]),
      .ageAtDiagnosis(min: 18, max: nil),
      .sex([.female, .male]),
      .diagnosedBetween(from: Day(year: 2015, month: 1, day: 1), to: Day(year: 2022, month: 12, day: 31)),
      .attribute(name: "smoking_status", comparison: .notEqual, value: "never"),
      .requireAlterations(
        .gene(GeneQuery(gene: "KRAS", alterations: [AlterationAtom(.proteinChange("G12C", negated: false))]))),
      .excludeAlterations(.or(stk11, keap1)),
      .biomarker(BiomarkerCondition(name: "TMB", comparison: .greaterOrEqual, value: .number(10))),
      .treatment(TreatmentCriterion(requirement: .required, concepts: ["ATC:L01XX73"], timing: .afterIndex)),
      .treatment(TreatmentCriterion(requirement: .excluded, concepts: ["ATC:L01FF"], timing: .beforeIndex)),
    ]
    #expect(kinds == expected)
    // File order: line of each criterion's key (or value, for expressions).
    #expect(query.criteria.map { $0.location?.line ?? 0 } == [5, 8, 9, 10, 11, 12, 14, 21, 22, 27, 29, 31])
    #expect(
      query.samples
        == SampleSelection(
          policy: .nearestBeforeIndex, types: [.primary, .metastasis], windowFrom: -90, windowTo: 30))
    #expect(query.index == .advancedDiagnosis)
    #expect(
      query.alterationDefaults
        == AlterationDefaults(minVAF: 0.05, minDepth: 100, origin: .somatic, filter: .pass))
    #expect(
      query.grouping
        == .expressions(
          [
            NamedGroup(name: "STK11 co-mutated", expression: stk11),
            NamedGroup(name: "KEAP1 co-mutated", expression: keap1),
          ], overlapAllowed: true))
    // 5 years = 5 × 365.25 = 1826.25 days, rounded down.
    #expect(
      query.outcomes == [
        OutcomeDefinition(name: "overall_survival"),
        OutcomeDefinition(
          name: "rwpfs", kind: .progressionFreeSurvival, origin: .lineStart, line: 1,
          entry: .firstMolecularReport, maxFollowUpDays: 1826),
      ])
    #expect(query.carePathway.preset == "hess2021-nsclc")
    #expect(
      query.carePathway.overrides == [
        "discontinuation_gap_days": .number(90), "count_maintenance": .flag(false),
      ])
    #expect(query.carePathway.topRegimens == 3)
    let therapy = try #require(query.carePathway.targetedTherapies.first)
    #expect(therapy.drugConcepts == ["ATC:L01XX73", "ATC:L01XX77"])
    #expect(
      therapy.expression
        == .gene(
          GeneQuery(gene: "KRAS", alterations: [AlterationAtom(.proteinChange("G12C", negated: false))])))
    // 6 months = 6 × 30.4375 = 182.625 → 182; 1 year = 365.25 → 365; 2 years = 730.5 → 730.
    #expect(
      query.report
        == ReportSettings(
          minCellCount: 5, landmarkDays: [182, 365, 730], covariates: ["age", "sex", "stage"],
          rmstHorizonDays: 730))
  }

  @Test func labelsAndSynonymsResolveToConceptIds() throws {
    let result = QueryFiles.read(
      """
      version: 1
      name: labels
      population:
        diagnosis: [lung non-small cell carcinoma, NCIT:C3512]
      index:
        first_exposure: osimertinib
      """)
    let query = try #require(result.query)
    #expect(query.criteria.first?.kind == .diagnosis(concepts: ["NCIT:C2926", "NCIT:C3512"]))
    #expect(query.index == .firstExposure(concepts: ["ATC:L01EB04"]))
    #expect(
      query.criteria.first?.label
        == "diagnosis: Lung Non-Small Cell Carcinoma (NCIT:C2926) or Lung Adenocarcinoma (NCIT:C3512) or a descendant"
    )
  }

  @Test func groupsBySourceAndIndexLineStart() throws {
    let query = try #require(
      QueryFiles.read("version: 1\nname: g\ngroups: {by: source}\nindex: {line_start: 2}\n").query)
    #expect(query.grouping == .bySource)
    #expect(query.index == .lineStart(2))
    let attribute = try #require(
      QueryFiles.read("version: 1\nname: g\ngroups:\n  by: smoking_status\n").query)
    #expect(attribute.grouping == .byAttribute("smoking_status"))
  }

  @Test func includeAndDefinitionsExpandIntoTheTree() throws {
    let result = QueryFiles.read(
      """
      version: 1
      name: definitions
      definitions:
        egfr_common: "EGFR: L858R OR EGFR: EXON19_DEL"
        resistant: "@egfr_common AND EGFR: T790M"
      alterations:
        require: "@resistant"
      """)
    let query = try #require(result.query)
    let l858r = AlterationExpression.gene(
      GeneQuery(gene: "EGFR", alterations: [AlterationAtom(.proteinChange("L858R", negated: false))]))
    let exon19 = AlterationExpression.gene(
      GeneQuery(gene: "EGFR", alterations: [AlterationAtom(.mutationClass(.exonDeletion(19)))]))
    let t790m = AlterationExpression.gene(
      GeneQuery(gene: "EGFR", alterations: [AlterationAtom(.proteinChange("T790M", negated: false))]))
    #expect(query.criteria.first?.kind == .requireAlterations(.and(.or(l858r, exon19), t790m)))
  }
}

@Suite("GeneDirectory: the shipped HGNC table")
struct GeneDirectoryTests {
  let genes = GeneDirectory(graph: QueryFiles.ontology)

  @Test func approvedPreviousAndAliasSymbols() {
    #expect(genes.count >= 250)
    #expect(genes.lookup("KRAS") == .approved("KRAS"))
    #expect(genes.lookup("kras") == .approved("KRAS"))
    #expect(genes.lookup("MLL2") == .previous(of: "KMT2D"))
    #expect(genes.lookup("HER2") == .alias(of: "ERBB2"))
    #expect(genes.lookup("PD-L1") == .alias(of: "CD274"))
    #expect(genes.lookup("KRSA") == .unknown(suggestion: "KRAS"))
    #expect(genes.lookup("ZZZZZZ") == .unknown(suggestion: nil))
  }

  @Test func previousSymbolInAQueryIsReplaced() throws {
    let result = QueryFiles.read("version: 1\nname: x\nalterations:\n  require: \"MLL2: TRUNC\"\n")
    #expect(result.diagnostics.map(\.message) == ["'MLL2' is a previous symbol of KMT2D; using KMT2D"])
    #expect(
      result.query?.criteria.first?.kind
        == .requireAlterations(
          .gene(GeneQuery(gene: "KMT2D", alterations: [AlterationAtom(.mutationClass(.truncating))]))))
  }
}
