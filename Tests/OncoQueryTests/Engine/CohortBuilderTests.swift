import OncoModel
import OncoQuery
import Testing

/// Population criteria, sample selection, index, groups and the attrition table, on ``EngineFixture``.
@Suite struct CohortBuilderTests {
  let fixture: TestWarehouse
  init() throws { fixture = try EngineFixture.make() }

  func build(_ query: CohortQuery) throws -> Cohort {
    try CohortBuilder(warehouse: fixture.warehouse).build(query)
  }

  func step(_ kind: CohortCriterion.Kind, _ label: String = "step") -> CohortCriterion {
    CohortCriterion(kind: kind, label: label)
  }

  @Test func diagnosisWithDescendantsCountsUnmappedAndMissingAsNotAssessed() throws {
    let cohort = try build(
      CohortQuery(name: "nsclc", criteria: [step(.diagnosis(concepts: ["NCIT:C2926"]), "NSCLC")]))
    #expect(Set(cohort.patients.map(\.id)) == ["H1", "H2"])
    #expect(
      cohort.attrition == [
        AttritionStep(label: "patients in the warehouse", remaining: 10, excluded: 0, notAssessed: 0),
        AttritionStep(label: "NSCLC", remaining: 2, excluded: 8, notAssessed: 7),
      ])
  }

  @Test(arguments: [
    (CohortCriterion.Kind.stage(["IV"]), ["H1"], 7),
    (.stage(["I"]), [], 7),
    (.stage(["III", "II"]), ["H2", "H3"], 7),
    (.ageAtDiagnosis(min: 40, max: 60), ["H1"], 8),
    (.ageAtDiagnosis(min: 70, max: nil), ["H2"], 8),
    (.sex([.female]), ["H1", "H3"], 7),
    (.diagnosedBetween(from: Day(17500), to: Day(18050)), ["H1"], 6),
    (.sources(["lab"]), ["L1", "L2"], 0),
    (.origin(.private), ["L1", "L2"], 0),
    (.attribute(name: "smoking", comparison: .equal, value: "CURRENT"), ["H1"], 8),
    (.treatment(TreatmentCriterion(requirement: .required, concepts: ["ATC:L01EB"])), ["H1"], 2),
    (
      .treatment(TreatmentCriterion(requirement: .excluded, concepts: ["ATC:L01EB"])),
      ["H2", "H3", "H4", "H5", "H6", "H7", "H8"], 2
    ),
    (.biomarker(BiomarkerCondition(name: "tmb", comparison: .greaterOrEqual, value: .number(10))), ["L1"], 8),
    (
      .excludeAlterations(
        .gene(GeneQuery(gene: "KRAS", alterations: [AlterationAtom(.proteinChange("G12C", negated: false))]))),
      ["H2", "H3", "H4", "H5", "H7", "H8", "L1"], 1
    ),
  ])
  func criterion(_ kind: CohortCriterion.Kind, _ expected: [String], _ notAssessed: Int) throws {
    let cohort = try build(CohortQuery(name: "t", criteria: [step(kind)]))
    #expect(Set(cohort.patients.map(\.id)) == Set(expected))
    #expect(cohort.attrition.last?.notAssessed == notAssessed)
    #expect(cohort.attrition.last?.excluded == 10 - expected.count)
  }

  @Test func attritionRunsInOrderAndAddsUp() throws {
    let require = try ExpressionParser().parseOrThrow("KRAS")
    let exclude = try ExpressionParser().parseOrThrow("STK11: MUT")
    let query = CohortQuery(
      name: "t",
      criteria: [
        step(.sources(["hospital"]), "hospital"), step(.requireAlterations(require), "KRAS"),
        step(.excludeAlterations(exclude), "no STK11"),
      ])
    let cohort = try build(query)
    #expect(cohort.attrition.map(\.label) == ["patients in the warehouse", "hospital", "KRAS", "no STK11"])
    #expect(cohort.attrition.map(\.remaining) == [10, 8, 2, 1])
    #expect(cohort.attrition.map(\.notAssessed) == [0, 0, 1, 0])
    for (previous, next) in zip(cohort.attrition, cohort.attrition.dropFirst()) {
      #expect(previous.remaining == next.remaining + next.excluded)
    }
    #expect(cohort.patients.map(\.id) == ["H1"])
    #expect(cohort.patients.first?.sampleIDs == ["S1"])
    #expect(cohort.patients.first?.indexDay == 18000)
    #expect(cohort.patients.first?.coverageAssumed == false)
  }

  @Test func coverageAssumedIsReported() throws {
    let cohort = try build(
      CohortQuery(
        name: "t", criteria: [step(.requireAlterations(try ExpressionParser().parseOrThrow("ERBB2: AMP")))]))
    #expect(cohort.patients.map(\.id) == ["H7"])
    #expect(cohort.patients.first?.coverageAssumed == true)
  }

  @Test func sampleTypesRestrictWhatIsAssessed() throws {
    var query = CohortQuery(name: "t")
    query.samples = SampleSelection(types: [.metastasis])
    let split = try fixture.split("KRAS: G12C OR BRAF: V600", query: query)
    #expect(split.altered == ["H4"])
    #expect(split.notAssessed == EngineFixture.everyone.subtracting(["H4"]))
  }

  @Test func windowAndIndexStep() throws {
    var query = CohortQuery(
      name: "t", criteria: [step(.requireAlterations(try ExpressionParser().parseOrThrow("KRAS")), "KRAS")])
    query.samples = SampleSelection(windowFrom: 0, windowTo: 15)
    let cohort = try build(query)
    // The index step (diagnosis day known: H1–H4) comes before the alteration step; only S1 is
    // within 15 days of its diagnosis (H2's sample is 20 days after).
    #expect(cohort.attrition.map(\.label) == ["patients in the warehouse", "index date: diagnosis", "KRAS"])
    #expect(cohort.attrition.map(\.remaining) == [10, 4, 1])
    #expect(cohort.attrition[2].notAssessed == 2)  // H2 and H3: no sample in the window
  }

  @Test func treatmentAfterIndex() throws {
    let exposure = TreatmentCriterion(requirement: .required, concepts: ["ATC:L01EB"], timing: .afterIndex)
    let cohort = try build(CohortQuery(name: "t", criteria: [step(.treatment(exposure))]))
    #expect(cohort.patients.map(\.id) == ["H1"])
    #expect(cohort.attrition.map(\.remaining) == [10, 4, 1])
  }

  @Test func indexDefinitions() throws {
    var query = CohortQuery(name: "t", index: .firstMolecularReport)
    var days = Dictionary(uniqueKeysWithValues: try build(query).patients.map { ($0.id, $0.indexDay) })
    #expect(days == ["H1": 18010, "H2": 18120, "H3": 17050, "H4": 16010, "H5": 15000])
    query.index = .firstExposure(concepts: ["ATC:L01EB"])
    days = Dictionary(uniqueKeysWithValues: try build(query).patients.map { ($0.id, $0.indexDay) })
    #expect(days == ["H1": 18100])
    query.index = .lineStart(2)
    let error = #expect(throws: CohortBuildError.self) { try build(query) }
    #expect(error?.code == .needsCarePathway)
  }

  @Test func namedGroupsAndOverlap() throws {
    let parser = ExpressionParser()
    var query = CohortQuery(name: "t", criteria: [step(.sources(["hospital"]))])
    query.grouping = .expressions(
      [
        NamedGroup(name: "KRAS", expression: try parser.parseOrThrow("KRAS")),
        NamedGroup(name: "BRAF", expression: try parser.parseOrThrow("BRAF: V600")),
      ], overlapAllowed: false)
    let groups = Dictionary(uniqueKeysWithValues: try build(query).patients.map { ($0.id, $0.groups) })
    #expect(groups["H1"] == ["KRAS"] && groups["H2"] == ["KRAS"] && groups["H4"] == ["BRAF"])
    #expect(groups["H5"] == [] && groups["H6"] == [])
    query.grouping = .expressions(
      [
        NamedGroup(name: "KRAS", expression: try parser.parseOrThrow("KRAS")),
        NamedGroup(name: "G12C", expression: try parser.parseOrThrow("KRAS: G12C")),
      ], overlapAllowed: false)
    let error = #expect(throws: CohortBuildError.self) { try build(query) }
    #expect(error?.code == .overlappingGroups)
    #expect(error?.message.contains("H1") == true)
    query.grouping = .expressions(
      [
        NamedGroup(name: "KRAS", expression: try parser.parseOrThrow("KRAS")),
        NamedGroup(name: "G12C", expression: try parser.parseOrThrow("KRAS: G12C")),
      ], overlapAllowed: true)
    let h1 = try build(query).patients.first { $0.id == "H1" }
    #expect(h1?.groups == ["KRAS", "G12C"])
  }

  @Test func groupsBySourceOriginAndAttribute() throws {
    var query = CohortQuery(name: "t")
    query.grouping = .bySource
    #expect(Set(try build(query).patients.map { $0.groups.first ?? "-" }) == ["hospital", "lab"])
    query.grouping = .byOrigin
    #expect(try build(query).patients.filter { $0.groups == ["private"] }.map(\.id) == ["L1", "L2"])
    query.grouping = .byAttribute("smoking")
    let smoking = try build(query).patients.filter { !$0.groups.isEmpty }.map { "\($0.id)=\($0.groups[0])" }
    #expect(smoking == ["H1=current", "H2=former"])
  }

  @Test func errorsPointAtTheCriterion() throws {
    let location = TextLocation(file: "q.yaml", line: 7, column: 12)
    let query = CohortQuery(
      name: "t",
      criteria: [
        CohortCriterion(kind: .requireAlterations(.reference("egfr")), label: "x", location: location)
      ])
    let error = #expect(throws: CohortBuildError.self) { try build(query) }
    #expect(error?.location == location)
    #expect(error?.description.hasPrefix("q.yaml:7:12: error:") == true)
  }
}
