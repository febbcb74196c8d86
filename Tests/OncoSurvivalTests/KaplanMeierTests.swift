import OncoSurvival
import Testing

/// Kaplan–Meier curves, medians, quantiles and RMST against R `survival` 3.5.3.
///
/// The R calls (`Reference/make_reference.R`): `survfit(Surv(time, status) ~ sex, data = lung,
/// conf.type = ...)`, `print(fit, rmean = tau)`, `quantile(fit, c(.25, .5, .75))`.
/// Tolerance 1e-6 relative.
@Suite struct KaplanMeierTests {
  /// A reference set: CSV, columns, the JSON block and R's stratum labels.
  struct Case: Sendable, CustomStringConvertible {
    var csv: String
    var time: String
    var status: String
    var entry: String?
    var group: String?
    var json: String
    var key: String
    var eventCode: Double = 2
    var description: String { "\(json) \(key)" }
  }

  static let cases: [Case] = [
    Case(
      csv: "lung.csv", time: "time", status: "status", group: "sex", json: "lung.json",
      key: "km_sex"),
    Case(
      csv: "lung.csv", time: "time", status: "status", group: "sex", json: "lung.json",
      key: "km_sex_90"),
    Case(csv: "lung.csv", time: "time", status: "status", json: "lung.json", key: "km_all"),
    Case(
      csv: "lung.csv", time: "time", status: "status", entry: "entry", group: "sex",
      json: "lung_entry.json", key: "km_sex"),
    Case(
      csv: "veteran.csv", time: "time", status: "status", group: "trt", json: "veteran.json",
      key: "km_trt", eventCode: 1),
    Case(
      csv: "ovarian.csv", time: "futime", status: "fustat", group: "rx", json: "ovarian.json",
      key: "km_rx", eventCode: 1),
    Case(
      csv: "aml.csv", time: "time", status: "status", group: "x", json: "aml.json", key: "km_x",
      eventCode: 1),
  ]

  @Test(arguments: cases) func curvesAndSummariesMatchR(_ reference: Case) throws {
    let columns =
      [reference.time, reference.status] + [reference.entry, reference.group].compactMap { $0 }
    let rows = try ReferenceRows(reference.csv, using: columns)
    let r = try Reference.json(reference.json)[reference.key]
    let labels = reference.group.map { name in rows.strings(name) } ?? rows.rows.map { _ in "all" }
    let levels = Array(Set(labels)).sorted { (Double($0) ?? 0, $0) < (Double($1) ?? 0, $1) }
    let all = try rows.survival(
      time: reference.time, status: reference.status, entry: reference.entry,
      eventCode: reference.eventCode)
    for type in r.keys {
      let confidence = try #require(KaplanMeier.ConfidenceType(rawValue: type))
      let level = reference.key.hasSuffix("_90") ? 0.9 : 0.95
      for (index, label) in levels.enumerated() {
        let subset = all.subset(labels.indices.filter { labels[$0] == label })
        let fit = try KaplanMeier(subset, confidenceType: confidence, confidenceLevel: level)
        let curve = r[type]["curves"][levelKey(label, r[type]["curves"].keys)]
        let what = "\(reference) \(type) \(label)"
        expectClose(fit.steps.map(\.time), curve["time"].doubles, "\(what) time")
        expectClose(fit.steps.map { Double($0.atRisk) }, curve["n_risk"].doubles, "\(what) n.risk")
        expectClose(
          fit.steps.map { Double($0.events) }, curve["n_event"].doubles, "\(what) n.event")
        expectClose(
          fit.steps.map { Double($0.censored) }, curve["n_censor"].doubles, "\(what) n.censor")
        expectClose(fit.steps.map(\.survival), curve["surv"].doubles, "\(what) surv")
        expectClose(fit.steps.map(\.standardError), curve["std_err"].doubles, "\(what) std.err")
        expectClose(fit.steps.map(\.lower), curve["lower"].doubles, "\(what) lower")
        expectClose(fit.steps.map(\.upper), curve["upper"].doubles, "\(what) upper")

        let summary = r[type]["summary"][index]
        let median = fit.median
        expectClose(median.time, summary["median"].double, "\(what) median")
        expectClose(median.lower, summary["lower"].double, "\(what) median LCL")
        expectClose(median.upper, summary["upper"].double, "\(what) median UCL")
        let tau = try #require(summary["tau"].double)
        let rmst = try RMST(fit, tau: tau)
        expectClose(rmst.estimate, summary["rmean"].double, "\(what) rmean")
        expectClose(rmst.standardError, summary["rmean_se"].double, "\(what) se(rmean)")
        for (q, p) in summary["quantile_p"].doubles.enumerated() {
          let quantile = fit.quantile(try #require(p))
          expectClose(quantile.time, summary["quantile"][q].double, "\(what) quantile \(q)")
          expectClose(
            quantile.lower, summary["quantile_lower"][q].double, "\(what) quantile lower \(q)")
          expectClose(
            quantile.upper, summary["quantile_upper"][q].double, "\(what) quantile upper \(q)")
        }
      }
    }
  }

  /// R labels strata by the value as R prints it (`1`, `Maintained`).
  func levelKey(_ label: String, _ keys: [String]) -> String {
    if keys.contains(label) { return label }
    if let number = Double(label), let key = keys.first(where: { Double($0) == number }) {
      return key
    }
    return keys.first ?? label
  }

  @Test func landmarksReadTheStepFunction() throws {
    // aml, Maintained: S = 10/11 after t = 9, 9/11·(1 − 1/10)... R: summary(fit, times = c(0, 9, 10, 161)).
    let data = try SurvivalData(
      time: [9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161],
      event: [true, true, false, true, true, false, true, true, false, true, false])
    let fit = try KaplanMeier(data)
    #expect(fit.value(at: 0)?.survival == 1)
    #expect(fit.value(at: 9)?.survival == 10.0 / 11.0)
    #expect(fit.value(at: 10)?.survival == 10.0 / 11.0)
    #expect(fit.value(at: 162) == nil)
  }

  @Test func badParametersThrow() throws {
    let data = try SurvivalData(time: [1, 2], event: [true, false])
    #expect(throws: SurvivalError.self) { try KaplanMeier(data, confidenceLevel: 1.5) }
    #expect(throws: SurvivalError.self) { try RMST(try KaplanMeier(data), tau: -1) }
    #expect(throws: SurvivalError.self) { try KaplanMeier(try SurvivalData(time: [], event: [])) }
  }
}
