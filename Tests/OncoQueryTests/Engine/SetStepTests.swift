import Testing

@testable import OncoQuery

/// The attrition counts and index days of steps run as set operations (``PatientSets``), on a
/// warehouse built for their edge cases: a call outside the sample's panel, a diagnosis matched
/// by its raw code only, one matched twice, a patient with several matching diagnoses.
///
/// Rows (hospital, calendar axis; panel PA covers KRAS and STK11, PB KRAS, PC EGFR):
/// - P1: NSCLC (NCIT:C2926) day 100, adenocarcinoma (NCIT:C3512) day 300, breast (NCIT:C4872)
///   day 50; sample S1 (PA): KRAS G12C, STK11 Q37* nonsense.
/// - P2: a diagnosis coded `NCIT:C2926` whose concept was not mapped (NULL), day 200; S2 (PB):
///   KRAS G12C.
/// - P3: breast day 10. P4: a diagnosis with an unmapped code `ICD:X`. P5: no diagnosis.
/// - P6: NSCLC day 400, coded `NCIT:C2926` with the concept `NCIT:C2926` (both branches
///   match); S6 (PA): KRAS G12C, STK11 silent.
/// - P7: adenocarcinoma day 500; S7 (PA) without calls. P8: adenocarcinoma day 600, no sample.
/// - P9: adenocarcinoma day 700; S9 (PC): KRAS G12C and STK11 Q37* (both off the panel).
@Suite struct SetStepTests {
  let fixture: TestWarehouse

  init() throws {
    let w = try TestWarehouse()
    try w.panel("PA", genes: ["KRAS", "STK11"])
    try w.panel("PB", genes: ["KRAS"])
    try w.panel("PC", genes: ["EGFR"])
    try w.closure("NCIT", ancestor: "NCIT:C2926", descendant: "NCIT:C3512", depth: 1)
    let p = try (1...9).map { try w.patient("P\($0)") }
    try w.diagnosis(p[0], day: 300, concept: "NCIT:C3512")
    try w.diagnosis(p[0], day: 100, concept: "NCIT:C2926")
    try w.diagnosis(p[0], day: 50, concept: "NCIT:C4872")
    try w.diagnosis(p[1], day: 200, concept: nil, code: "NCIT:C2926")
    try w.diagnosis(p[2], day: 10, concept: "NCIT:C4872")
    try w.diagnosis(p[3], day: 20, concept: nil, code: "ICD:X")
    try w.diagnosis(p[5], day: 400, concept: "NCIT:C2926", code: "NCIT:C2926")
    for (number, day) in [(6, 500), (7, 600), (8, 700)] {
      try w.diagnosis(p[number], day: day, concept: "NCIT:C3512")
    }
    let s1 = try w.sample("S1", patient: p[0], panel: "PA")
    let s2 = try w.sample("S2", patient: p[1], panel: "PB")
    let s6 = try w.sample("S6", patient: p[5], panel: "PA")
    try w.sample("S7", patient: p[6], panel: "PA")
    let s9 = try w.sample("S9", patient: p[8], panel: "PC")
    for sample in [s1, s2, s6, s9] { try w.alteration(sample, "KRAS", change: "G12C", start: 12) }
    for sample in [s1, s9] {
      try w.alteration(sample, "STK11", change: "Q37*", start: 37, variantClass: "Nonsense_Mutation")
    }
    try w.alteration(s6, "STK11", change: "L10=", changeKind: "synonymous", start: 10, variantClass: "Silent")
    fixture = w
  }

  func step(_ kind: CohortCriterion.Kind, _ label: String) -> CohortCriterion {
    CohortCriterion(kind: kind, label: label)
  }

  func build(_ criteria: [CohortCriterion]) throws -> Cohort {
    try CohortBuilder(warehouse: fixture.warehouse).build(CohortQuery(name: "t", criteria: criteria))
  }

  @Test func diagnosisThenRequireThenExclude() throws {
    let parser = ExpressionParser()
    let cohort = try build([
      step(.diagnosis(concepts: ["NCIT:C2926"]), "NSCLC"),
      step(.requireAlterations(try parser.parseOrThrow("KRAS: G12C")), "KRAS"),
      step(.excludeAlterations(try parser.parseOrThrow("STK11: MUT")), "no STK11"),
    ])
    // NSCLC: P1 P2 (raw code) P6 P7 P8 P9 kept; P3 excluded; P4 (unmapped) and P5 not assessed.
    // KRAS on those 6: P1 P2 P6 P9 altered (P9's call is off its panel); P7 not altered; P8 no sample.
    // No STK11 on those 4: P1 and P9 altered (excluded), P6 only silent on PA (kept), P2's PB
    // lacks STK11 (not assessed).
    #expect(
      cohort.attrition == [
        AttritionStep(label: "patients in the warehouse", remaining: 9, excluded: 0, notAssessed: 0),
        AttritionStep(label: "NSCLC", remaining: 6, excluded: 3, notAssessed: 2),
        AttritionStep(label: "KRAS", remaining: 4, excluded: 2, notAssessed: 1),
        AttritionStep(label: "no STK11", remaining: 1, excluded: 3, notAssessed: 1),
      ])
    #expect(cohort.patients.map(\.id) == ["P6"])
    #expect(cohort.patients.first?.indexDay == 400)
    #expect(cohort.patients.first?.sampleIDs == ["S6"])
  }

  @Test func indexDayIsTheFirstMatchingDiagnosis() throws {
    let nsclc = step(.diagnosis(concepts: ["NCIT:C2926"]), "NSCLC")
    let days = Dictionary(uniqueKeysWithValues: try build([nsclc]).patients.map { ($0.id, $0.indexDay) })
    // P1: day 100 (NSCLC) before 300, not the breast diagnosis of day 50; P8 has no sample but
    // an index all the same.
    #expect(days == ["P1": 100, "P2": 200, "P6": 400, "P7": 500, "P8": 600, "P9": 700])
    // With a second diagnosis criterion the index is the first diagnosis matching either.
    let both = try build([nsclc, step(.diagnosis(concepts: ["NCIT:C4872"]), "breast")])
    #expect(both.patients.map(\.id) == ["P1"])
    #expect(both.patients.first?.indexDay == 50)
  }

  @Test func negatedSetsAfterAnotherStep() throws {
    let parser = ExpressionParser()
    // `require NOT KRAS: G12C` first (a negated set step on every patient), then the diagnosis.
    let cohort = try build([
      step(.requireAlterations(try parser.parseOrThrow("NOT KRAS: G12C")), "not G12C"),
      step(.diagnosis(concepts: ["NCIT:C2926"]), "NSCLC"),
    ])
    // not G12C: P1 P2 P6 P9 altered (excluded); P7 (PA, no call) kept; P3 P4 P5 P8 have no sample.
    // NSCLC on P7: kept, index day 500.
    #expect(cohort.attrition.map(\.remaining) == [9, 1, 1])
    #expect(cohort.attrition.map(\.notAssessed) == [0, 4, 0])
    #expect(cohort.patients.first?.indexDay == 500)
  }

  @Test func stepsFromTheSamplesAgreeWithStepsFromTheGene() throws {
    let parser = ExpressionParser()
    let query = CohortQuery(
      name: "t",
      criteria: [
        step(.diagnosis(concepts: ["NCIT:C2926"]), "NSCLC"),
        step(.requireAlterations(try parser.parseOrThrow("KRAS: G12C")), "KRAS"),
        step(.excludeAlterations(try parser.parseOrThrow("STK11: MUT")), "no STK11"),
        step(.requireAlterations(try parser.parseOrThrow("KRAS: MUT AND NOT STK11: MUT")), "mixed"),
      ])
    var fromGene = CohortBuilder(warehouse: fixture.warehouse)
    fromGene.sampleDrivenLimit = 0
    var fromSamples = CohortBuilder(warehouse: fixture.warehouse)
    fromSamples.sampleDrivenLimit = .max
    let plans = try fromSamples.explain(query).joined(separator: "\n")
    #expect(plans.contains("alterations_sample (sample_key=? AND gene=? AND kind=?)"))
    #expect(!(try fromGene.explain(query).joined(separator: "\n")).contains("alterations_sample"))
    let gene = try fromGene.build(query)
    let samples = try fromSamples.build(query)
    #expect(gene.attrition == samples.attrition)
    #expect(gene.patients == samples.patients)
    #expect(samples.patients.map(\.id) == ["P6"])
  }
}
