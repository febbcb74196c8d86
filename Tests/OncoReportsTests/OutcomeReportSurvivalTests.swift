import Foundation
import OncoReports
import OncoSurvival
import OncoTestSupport
import Testing

/// The prognosis part of a report built from OncoSurvival results, against R.
///
/// R's `ovarian` data (`Tests/OncoSurvivalTests/Reference/ovarian.csv`), R `survival`:
/// ```r
/// f <- survfit(Surv(futime, fustat) ~ rx, ovarian)
/// summary(f, times = c(0, 365, 730))        # n.risk 13 8 4 / 13 12 6; surv .6153846 .4307692 / .8461538 .5641026
/// summary(f, rmean = 730)$table             # median 638 / NA; rmean 487.6308 / 608.2393
/// survdiff(Surv(futime, fustat) ~ rx, ovarian)   # p 0.30259111698909524
/// coxph(Surv(futime, fustat) ~ rx, ovarian)      # HR 0.550801907278, p 0.309630448807
/// ```
@Suite struct OutcomeReportSurvivalTests {
  static func ovarian() throws -> (time: [Double], event: [Bool], rx: [Double]) {
    let path = Fixtures.packageRoot.appendingPathComponent("Tests/OncoSurvivalTests/Reference/ovarian.csv")
    let lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n").dropFirst()
    let rows = lines.map { $0.split(separator: ",").compactMap { Double($0) } }
    return (rows.map { $0[0] }, rows.map { $0[1] == 1 }, rows.map { $0[4] })
  }

  @Test func buildsFromKaplanMeierLogRankAndCox() throws {
    let data = try Self.ovarian()
    let all = try SurvivalData(time: data.time, event: data.event)
    let groups = [1.0, 2.0].map { rx in data.rx.indices.filter { data.rx[$0] == rx } }
    let curves = try groups.enumerated().map {
      (name: "rx \($0.offset + 1)", curve: try KaplanMeier(all.subset($0.element)))
    }
    let logRank = try LogRank(all, groups: data.rx.map { Int($0) })
    let cox = try CoxModel(all, design: CoxDesign([.numeric(name: "rx", values: data.rx)]))
    let outcome = try OutcomeReport(
      name: "Overall survival", definition: "futime", curves: curves, logRank: logRank, univariable: [cox],
      adjusted: nil, options: .init(riskTimes: [0, 365, 730], landmarks: [365, 730], rmstTau: 730),
      delayedEntry: nil)
    #expect(outcome.patients.value == 26)
    #expect(outcome.groups.map { $0.atRisk.map(\.value) } == [[13, 8, 4], [13, 12, 6]])
    #expect(outcome.groups[0].median.value == 638)
    #expect(outcome.groups[1].median.value == nil)
    let landmarks = outcome.groups.flatMap { $0.landmarks.compactMap(\.survival.value) }
    for (got, want) in zip(landmarks, [0.6153846, 0.4307692, 0.8461538, 0.5641026]) {
      #expect(abs(got - want) < 1e-6)
    }
    #expect(abs((outcome.groups[0].rmst?.estimate ?? 0) - 487.6308) < 1e-3)
    #expect(abs((outcome.groups[1].rmst?.estimate ?? 0) - 608.2393) < 1e-3)
    #expect(abs((outcome.logRank?.pValue ?? 0) - 0.30259111698909524) < 1e-9)
    #expect(abs((outcome.hazardRatios.first?.ratio ?? 0) - 0.550801907278) < 1e-6)
    #expect(abs((outcome.hazardRatios.first?.pValue ?? 0) - 0.309630448807) < 1e-6)
    #expect(outcome.hazardRatios.first?.model == .univariable)
    // Censor marks are the curve's censoring times: rx 1 has censorings at 448, 477, 803, 855, 1040, 1106.
    #expect(outcome.groups[0].censorTimes == [448, 477, 803, 855, 1040, 1106])
    #expect(outcome.groups[0].curve.count == 13)
  }
}
