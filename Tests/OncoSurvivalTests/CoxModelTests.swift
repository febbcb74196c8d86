import OncoSurvival
import Testing

/// Cox models against R `survival` 3.5.3.
///
/// The R calls (`Reference/make_reference.R`): `coxph(Surv(time, status) ~ sex + age, data = lung, ties = "efron" | "breslow")`, with a
/// stratum, with `Surv(entry, time, status)`, veteran's categorical `celltype` (sorted levels
/// and `relevel(ref = "squamous")`), ovarian and aml; the tests, `concordance`, and
/// `cox.zph(fit)$table`. Tolerance 1e-6 relative (1e-4 for p < 1e-10).
@Suite struct CoxModelTests {
  struct Case: Sendable, CustomStringConvertible {
    var csv: String
    var time: String
    var status: String
    var entry: String?
    var numeric: [String]
    var categorical: String?
    var reference: String?
    var strata: String?
    var json: String
    var key: String
    var eventCode: Double = 2
    var description: String { "\(json) \(key)" }
  }

  static let cases: [Case] = [
    Case(
      csv: "lung.csv", time: "time", status: "status", numeric: ["sex", "age"], json: "lung.json",
      key: "cox_efron"),
    Case(
      csv: "lung.csv", time: "time", status: "status", numeric: ["sex", "age"], json: "lung.json",
      key: "cox_breslow"),
    Case(
      csv: "lung.csv", time: "time", status: "status", numeric: ["sex", "age", "ph.karno"],
      json: "lung.json",
      key: "cox_three"),
    Case(
      csv: "lung.csv", time: "time", status: "status", numeric: ["sex", "age"], strata: "ph.ecog",
      json: "lung.json", key: "cox_strata"),
    Case(
      csv: "lung.csv", time: "time", status: "status", entry: "entry", numeric: ["sex", "age"],
      json: "lung_entry.json", key: "cox_efron"),
    Case(
      csv: "lung.csv", time: "time", status: "status", entry: "entry", numeric: ["sex", "age"],
      json: "lung_entry.json", key: "cox_breslow"),
    Case(
      csv: "lung.csv", time: "time", status: "status", entry: "entry", numeric: ["sex", "age"],
      strata: "ph.ecog", json: "lung_entry.json", key: "cox_strata"),
    Case(
      csv: "veteran.csv", time: "time", status: "status", numeric: ["trt", "karno"],
      categorical: "celltype",
      json: "veteran.json", key: "cox_celltype", eventCode: 1),
    Case(
      csv: "veteran.csv", time: "time", status: "status", numeric: ["trt", "karno"],
      categorical: "celltype",
      reference: "squamous", json: "veteran.json", key: "cox_celltype_squamous", eventCode: 1),
    Case(
      csv: "ovarian.csv", time: "futime", status: "fustat", numeric: ["age", "ecog.ps", "rx"],
      json: "ovarian.json", key: "cox_efron", eventCode: 1),
    Case(
      csv: "ovarian.csv", time: "futime", status: "fustat", numeric: ["age", "ecog.ps", "rx"],
      json: "ovarian.json", key: "cox_breslow", eventCode: 1),
    Case(
      csv: "aml.csv", time: "time", status: "status", numeric: [], categorical: "x",
      json: "aml.json",
      key: "cox_efron", eventCode: 1),
    Case(
      csv: "aml.csv", time: "time", status: "status", numeric: [], categorical: "x",
      json: "aml.json",
      key: "cox_breslow", eventCode: 1),
  ]

  static func fit(_ reference: Case) throws -> (CoxModel, ReferenceRows, SurvivalData) {
    let used =
      [reference.time, reference.status] + reference.numeric
      + [reference.entry, reference.categorical, reference.strata].compactMap { $0 }
    let rows = try ReferenceRows(reference.csv, using: used)
    let data = try rows.survival(
      time: reference.time, status: reference.status, entry: reference.entry,
      eventCode: reference.eventCode)
    var covariates = reference.numeric.map {
      CoxDesign.Covariate.numeric(name: $0, values: rows.numbers($0))
    }
    if let name = reference.categorical {
      let position = name == "celltype" ? covariates.count : 0
      covariates.insert(
        .categorical(name: name, values: rows.strings(name), reference: reference.reference),
        at: position)
    }
    let ties: CoxModel.Ties = reference.key.hasSuffix("breslow") ? .breslow : .efron
    let model = try CoxModel(
      data, design: try CoxDesign(covariates), strata: reference.strata.map { rows.codes($0) },
      ties: ties)
    return (model, rows, data)
  }

  @Test(arguments: cases) func matchesR(_ reference: Case) throws {
    let (model, _, _) = try Self.fit(reference)
    let r = try Reference.json(reference.json)[reference.key]
    #expect(model.terms.map(\.name) == r["names"].strings)
    #expect(model.count == r["n"].int)
    #expect(model.eventCount == r["events"].int)
    #expect(model.iterations == r["iterations"].int)
    expectClose(model.terms.map { Optional($0.coefficient) }, r["coef"].doubles, "coef")
    expectClose(model.terms.map { Optional($0.standardError) }, r["se"].doubles, "se")
    expectClose(model.covariance.map { Optional($0) }, r["var"].doubles, "var")
    expectClose(model.terms.map { Optional($0.z) }, r["z"].doubles, "z")
    expectClose(model.terms.map { Optional($0.pValue) }, r["p"].doubles, "p")
    expectClose(model.terms.map { Optional($0.lower) }, r["hr_lower"].doubles, "HR lower")
    expectClose(model.terms.map { Optional($0.upper) }, r["hr_upper"].doubles, "HR upper")
    expectClose(
      [model.initialLogLikelihood, model.finalLogLikelihood], r["loglik"].doubles, "loglik")
    for (test, key) in [
      (model.wald, "wald"), (model.likelihoodRatio, "lr"), (model.score, "score"),
    ] {
      expectClose(test.chiSquare, r[key]["chisq"].double, "\(key) chisq")
      #expect(test.degreesOfFreedom == r[key]["df"].int)
      expectClose(test.pValue, r[key]["p"].double, "\(key) p")
    }
    expectClose(model.concordance.value, r["concordance"].double, "concordance")

    let zph = try model.proportionalHazardsTest()
    let rows = zph.terms + [zph.global]
    #expect(rows.map(\.term) == r["zph"]["terms"].strings)
    expectClose(rows.map { Optional($0.chiSquare) }, r["zph"]["chisq"].doubles, "zph chisq")
    expectClose(
      rows.map { Optional(Double($0.degreesOfFreedom)) }, r["zph"]["df"].doubles, "zph df")
    expectClose(rows.map { Optional($0.pValue) }, r["zph"]["p"].doubles, "zph p")
  }

  @Test func separationIsAnErrorNotANumber() throws {
    // Deaths at 1, 3, 4, 6 all have x = 1, so the likelihood rises without bound in β. R:
    // coxph(Surv(t, s) ~ x) converges at iteration 20 with β = 21.8 and warns "Loglik
    // converged before variable 1; coefficient may be infinite". Here it is an error.
    let data = try SurvivalData(
      time: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      event: [true, false, true, true, false, true, false, true, true, false])
    let design = try CoxDesign([.numeric(name: "x", values: [1, 1, 1, 1, 1, 1, 0, 0, 0, 0])])
    let error = try #require(throws: SurvivalError.self) { try CoxModel(data, design: design) }
    #expect(error.code == .infiniteCoefficient)
    #expect(error.message.contains("'x'"))
  }

  @Test func completeSeparationRunsOutOfIterations() throws {
    // Every death has x = 1, every survivor x = 0: R stops at iter.max (iter = 21, "Ran out of
    // iterations and did not converge").
    let data = try SurvivalData(
      time: [1, 2, 3, 4, 5, 6, 7, 8], event: [true, true, true, true, false, false, false, false])
    let design = try CoxDesign([.numeric(name: "x", values: [1, 1, 1, 1, 0, 0, 0, 0])])
    let error = try #require(throws: SurvivalError.self) { try CoxModel(data, design: design) }
    #expect(error.code == .didNotConverge)
  }

  @Test func collinearCovariatesAreAnError() throws {
    let data = try SurvivalData(time: [1, 2, 3, 4, 5], event: [true, false, true, true, false])
    let design = try CoxDesign([
      .numeric(name: "a", values: [1, 2, 3, 4, 5]), .numeric(name: "b", values: [2, 4, 6, 8, 10]),
    ])
    let error = try #require(throws: SurvivalError.self) { try CoxModel(data, design: design) }
    #expect(error.code == .singularDesign)
  }

  @Test func fewIterationsIsNonConvergence() throws {
    let (_, rows, data) = try Self.fit(Self.cases[0])
    let design = try CoxDesign([.numeric(name: "age", values: rows.numbers("age"))])
    let error = try #require(throws: SurvivalError.self) {
      try CoxModel(data, design: design, options: .init(maximumIterations: 1))
    }
    #expect(error.code == .didNotConverge)
  }

  @Test func noEventIsAnError() throws {
    let data = try SurvivalData(time: [1, 2, 3], event: [false, false, false])
    let design = try CoxDesign([.numeric(name: "x", values: [1, 0, 1])])
    let error = try #require(throws: SurvivalError.self) { try CoxModel(data, design: design) }
    #expect(error.code == .noEvents)
  }

  @Test func unknownReferenceLevelIsAnError() {
    #expect(throws: SurvivalError.self) {
      try CoxDesign([.categorical(name: "g", values: ["a", "b"], reference: "c")])
    }
  }
}
