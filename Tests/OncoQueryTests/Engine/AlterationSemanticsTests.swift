import OncoQuery
import Testing

/// Each form of the alteration language against ``EngineFixture``, with answers read off its rows.
@Suite struct AlterationSemanticsTests {
  let fixture: TestWarehouse
  init() throws { fixture = try EngineFixture.make() }

  /// Expression → patients for whom it is altered (every other assessed patient is not altered).
  @Test(arguments: [
    ("KRAS: G12C", ["H1", "L2"]),
    ("KRAS: p.Gly12Cys", ["H1", "L2"]),
    ("KRAS: MUT = G12C", ["H1", "L2"]),
    ("KRAS", ["H1", "H2", "L2"]),
    ("KRAS: MUT", ["H1", "H2", "L2"]),
    ("KEAP1: MUT", ["H4"]),
    ("BRAF: V600", ["H4"]),
    ("BRAF: V600E", []),
    ("BRAF: MUT != V600E", ["H4"]),
    ("KRAS: MUT != G12C", ["H2"]),
    ("KRAS: MISSENSE", ["H1", "H2", "L2"]),
    ("STK11: NONSENSE", ["H2"]),
    ("STK11: TRUNC", ["H2"]),
    ("PTEN: TRUNC", ["L2"]),
    ("PTEN: FRAMESHIFT", ["L2"]),
    ("PTEN: NONSENSE", []),
    ("EGFR: INFRAME", ["H3", "L2"]),
    ("EGFR: INFRAME_DEL", ["H3", "L2"]),
    ("EGFR: EXON19_DEL", ["H3", "L2"]),
    ("EGFR: EXON20_INS", []),
    ("EGFR: MUT_EXON(20)", ["H3"]),
    ("EGFR: MUT_(746-750)", ["H3"]),
    ("EGFR: (746-750*)", ["H3", "L2"]),
    ("EGFR: (790-)", ["H3"]),
    ("EGFR: (-760)", ["H3", "L2"]),
    ("TP53: MUT_GERMLINE", ["H8"]),
    ("TP53: GERMLINE", ["H8"]),
    ("TP53: MUT_SOMATIC", []),
    ("TP53: DRIVER", ["H8"]),
    ("STK11: TRUNC_DRIVER", ["H2"]),
    ("KRAS: MISSENSE_DRIVER", ["H1", "H2", "L2"]),
    ("BRAF: DRIVER", ["H4"]),  // V600 is a hotspot
    ("KEAP1: DRIVER", []),
    ("ERBB2: AMP", ["H7"]),
    ("CDKN2A: HOMDEL", ["H7"]),
    ("MYC: GAIN", ["H7"]),
    ("MYC: AMP", []),
    ("MYC: CNA >= GAIN", ["H7"]),
    ("CDKN2A: CNA <= HETLOSS", ["H7"]),
    ("ERBB2", ["H7"]),
    ("ALK: FUSION", ["H8"]),
    ("EML4::ALK", ["H8"]),
    ("ALK::EML4", []),
    ("EML4::", ["H8"]),
    ("::ALK", ["H8"]),
    ("ALK", ["H8"]),
    ("MET: EXON14_SKIP", ["H8"]),
    ("MET: SPLICE", ["H8"]),
    ("KRAS: G12C[vaf>=0.1]", ["H1"]),
    ("KRAS: MUT[depth>=100]", ["H1"]),
    ("KRAS: G12C[alt_count>=50]", ["H1"]),
    ("TMB >= 10", ["L1"]),
    ("MSI = MSI-H", ["L1"]),
    ("KRAS: G12C; BRAF: V600", ["H1", "H4", "L2"]),
    ("KRAS: G12C AND NOT STK11: MUT", ["H1", "L2"]),
    ("KRAS: MUT AND STK11: TRUNC", ["H2"]),
  ])
  func altered(_ text: String, _ expected: [String]) throws {
    #expect(try fixture.split(text).altered == Set(expected), "\(text)")
  }

  /// OQL forms from the cBioPortal documentation ("Onco Query Language") and their spelled-out
  /// meaning select the same patients, with the same not-assessed ones.
  @Test(arguments: [
    ("KRAS", "KRAS: MUT FUSION AMP HOMDEL"),
    ("KRAS: MUT = G12C", "KRAS: G12C"),
    ("BRAF: V600", "BRAF: MUT = V600"),
    ("MYC: CNA >= GAIN", "MYC: GAIN AMP"),
    ("CDKN2A: CNA <= HETLOSS", "CDKN2A: HOMDEL HETLOSS"),
    ("STK11: TRUNC", "STK11: NONSENSE FRAMESHIFT NONSTART NONSTOP SPLICE"),
    ("KRAS: G12C AMP", "KRAS: G12C OR KRAS: AMP"),
    ("KRAS; BRAF", "KRAS OR BRAF"),
    ("TP53: GERMLINE", "TP53: MUT_GERMLINE"),
    ("EGFR: (746-750)", "EGFR: MUT_(746-750)"),
  ])
  func oqlForms(_ written: String, _ meaning: String) throws {
    #expect(try fixture.split(written) == (try fixture.split(meaning)), "\(written)")
  }

  @Test func aGeneOffThePanelIsNotAssessedUnlessAnAlterationWasRecorded() throws {
    let split = try fixture.split("KEAP1: MUT")
    #expect(split.altered == ["H4"])  // recorded off-panel: altered
    #expect(split.notAltered == ["H7", "L1", "L2"])  // samples without a known panel cover every gene
    #expect(split.notAssessed == ["H1", "H2", "H3", "H5", "H6", "H8"])  // P50 lacks KEAP1; H6 has no sample
  }

  @Test func aPatientWithoutSampleIsNeverWildType() throws {
    let split = try fixture.split("KRAS: G12C")
    #expect(split.notAssessed == ["H6"])
    #expect(split.notAltered == ["H2", "H3", "H4", "H5", "H7", "H8", "L1"])
  }

  @Test func kleeneLogic() throws {
    // OR: altered wins over not assessed; not altered OR not assessed is not assessed.
    let either = try fixture.split("KEAP1: MUT OR KRAS: G12C")
    #expect(either.altered == ["H1", "H4", "L2"])
    #expect(either.notAltered == ["H7", "L1"])
    // AND: not altered wins over not assessed.
    let both = try fixture.split("KEAP1: MUT AND KRAS: G12C")
    #expect(both.notAltered == ["H2", "H3", "H4", "H5", "H7", "H8", "L1", "L2"])
    #expect(both.notAssessed == ["H1", "H6"])
    // NOT keeps not assessed.
    let negated = try fixture.split("NOT KEAP1: MUT")
    #expect(negated.notAssessed == ["H1", "H2", "H3", "H5", "H6", "H8"])
    #expect(negated.altered == ["H7", "L1", "L2"])
  }

  @Test func biomarkersAreAssessedWhereMeasured() throws {
    let split = try fixture.split("TMB >= 10")
    #expect(split.notAltered == ["L2"])
    #expect(split.notAssessed == EngineFixture.everyone.subtracting(["L1", "L2"]))
  }

  @Test func queryDefaultsApplyUnlessTheAtomOverrides() throws {
    var query = CohortQuery(name: "t")
    query.alterationDefaults = AlterationDefaults(minVAF: 0.05)
    #expect(try fixture.split("KRAS: MUT", query: query).altered == ["H1", "L2"])  // H2 at 2 %; L2 has no VAF
    #expect(try fixture.split("EGFR: T790M", query: query).altered == [])
    #expect(try fixture.split("EGFR: T790M[vaf>=0.01]", query: query).altered == ["H3"])
    query.alterationDefaults = AlterationDefaults(origin: .somatic)
    #expect(try fixture.split("TP53: MUT", query: query).altered == [])
    #expect(try fixture.split("TP53: MUT_GERMLINE", query: query).altered == ["H8"])
    query.alterationDefaults = AlterationDefaults(filter: .any)
    #expect(try fixture.split("KRAS: G12C", query: query).altered == ["H1", "L1", "L2"])
  }

  @Test func consequencesExpandThroughTheResolver() throws {
    let resolver: ConsequenceResolver = { $0 == "SO:0001583" ? ["missense_variant"] : nil }
    #expect(try fixture.split("KRAS: CONSEQUENCE(SO:0001583)", consequences: resolver).altered == ["H1"])
    let error = #expect(throws: CohortBuildError.self) { try fixture.split("KRAS: CONSEQUENCE(SO:0001583)") }
    #expect(error?.code == .needsSequenceOntology)
  }

  @Test func expressionDataIsAClearError() throws {
    let error = #expect(throws: CohortBuildError.self) { try fixture.split("KRAS: EXP > 2") }
    #expect(error?.code == .noExpressionData)
    #expect(error?.message.contains("expression data") == true)
  }
}
