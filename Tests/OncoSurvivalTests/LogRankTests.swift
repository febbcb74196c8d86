import OncoSurvival
import Testing

/// Log-rank and G-ρ tests against R `survival` 3.5.3.
///
/// The R calls: `survdiff(Surv(time, status) ~ sex,
/// data = lung, rho = 0 | 1)`, stratified, k groups; with delayed entry against the
/// hypergeometric formula written out in R (`logrank_lt` in `make_reference.R`, which on
/// right-censored data reproduces survdiff to 1e-14). Tolerance 1e-6 relative.
@Suite struct LogRankTests {
  struct Case: Sendable, CustomStringConvertible {
    var csv: String
    var time: String
    var status: String
    var entry: String?
    var group: String
    var strata: String?
    var rho: Double = 0
    var json: String
    var key: String
    var eventCode: Double = 2
    var description: String { "\(json) \(key)" }
  }

  static let cases: [Case] = [
    Case(
      csv: "lung.csv", time: "time", status: "status", group: "sex", json: "lung.json",
      key: "logrank_sex"),
    Case(
      csv: "lung.csv", time: "time", status: "status", group: "sex", rho: 1, json: "lung.json",
      key: "logrank_sex_rho1"),
    Case(
      csv: "lung.csv", time: "time", status: "status", group: "ph.ecog", json: "lung.json",
      key: "logrank_ecog"),
    Case(
      csv: "lung.csv", time: "time", status: "status", group: "sex", strata: "ph.ecog",
      json: "lung.json",
      key: "logrank_sex_strata_ecog"),
    Case(
      csv: "lung.csv", time: "time", status: "status", group: "sex", json: "lung.json",
      key: "logrank_sex_by_hand"),
    Case(
      csv: "lung.csv", time: "time", status: "status", entry: "entry", group: "sex",
      json: "lung_entry.json",
      key: "logrank_sex"),
    Case(
      csv: "veteran.csv", time: "time", status: "status", group: "celltype", json: "veteran.json",
      key: "logrank_celltype", eventCode: 1),
    Case(
      csv: "ovarian.csv", time: "futime", status: "fustat", group: "rx", json: "ovarian.json",
      key: "logrank_rx", eventCode: 1),
    Case(
      csv: "aml.csv", time: "time", status: "status", group: "x", json: "aml.json",
      key: "logrank_x", eventCode: 1),
  ]

  @Test(arguments: cases) func matchesR(_ reference: Case) throws {
    let used =
      [reference.time, reference.status, reference.group]
      + [reference.entry, reference.strata].compactMap { $0 }
    let rows = try ReferenceRows(reference.csv, using: used)
    let data = try rows.survival(
      time: reference.time, status: reference.status, entry: reference.entry,
      eventCode: reference.eventCode)
    let test = try LogRank(
      data, groups: rows.codes(reference.group), strata: reference.strata.map { rows.codes($0) },
      rho: reference.rho)
    let r = try Reference.json(reference.json)[reference.key]
    expectClose(test.chiSquare, r["chisq"].double, "chisq")
    #expect(test.degreesOfFreedom == r["df"].int)
    expectClose(test.pValue, r["p"].double, "p")
    expectClose(test.observed.map { Optional($0) }, r["observed"].doubles, "observed")
    expectClose(test.expected.map { Optional($0) }, r["expected"].doubles, "expected")
    expectClose(test.variance.map { Optional($0) }, r["variance"].doubles, "variance")
  }

  @Test func observedMinusExpectedSumsToZero() throws {
    let rows = try ReferenceRows("lung.csv", using: ["time", "status", "ph.ecog", "entry"])
    for entry in [nil, "entry"] {
      let data = try rows.survival(time: "time", status: "status", entry: entry)
      let test = try LogRank(data, groups: rows.codes("ph.ecog"))
      let total = zip(test.observed, test.expected).reduce(0) { $0 + $1.0 - $1.1 }
      #expect(abs(total) < 1e-9)
      #expect(test.observed.reduce(0, +) == Double(data.eventCount))
    }
  }

  @Test func badArgumentsThrow() throws {
    let data = try SurvivalData(time: [1, 2, 3], event: [true, true, false])
    #expect(throws: SurvivalError.self) { try LogRank(data, groups: [0, 1]) }
    #expect(throws: SurvivalError.self) { try LogRank(data, groups: [0, 1, -1]) }
    #expect(throws: SurvivalError.self) { try LogRank(data, groups: [0, 1, 1], rho: -1) }
  }
}
