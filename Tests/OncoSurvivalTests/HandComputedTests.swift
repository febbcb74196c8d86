import Foundation
import OncoSurvival
import Testing

/// Tiny data worked out by hand with exact fractions.
///
/// In the spirit of R survival's `tests/book1.R` (Therneau & Grambsch, chapter 3): `test1` without its missing status,
/// (time, status, x) = (1,1,1) (1,0,1) (6,1,1) (6,1,0) (8,0,0) (9,1,0). It has a tied death,
/// a death and a censoring at the same time, and arrives unsorted.
@Suite struct HandComputedTests {
  static let time: [Double] = [9, 1, 1, 6, 6, 8]
  static let event = [true, true, false, true, true, false]
  static let x: [Double] = [0, 1, 1, 1, 0, 0]

  static func data() throws -> SurvivalData { try SurvivalData(time: time, event: event) }

  @Test func kaplanMeier() throws {
    let fit = try KaplanMeier(try Self.data())
    #expect(fit.steps.map(\.time) == [1, 6, 8, 9])
    #expect(fit.steps.map(\.atRisk) == [6, 4, 2, 1])
    #expect(fit.steps.map(\.events) == [1, 2, 0, 1])
    #expect(fit.steps.map(\.censored) == [1, 0, 1, 0])
    // S = 5/6, 5/6·2/4 = 5/12, 5/12, 0
    expectClose(
      fit.steps.map { Optional($0.survival) }, [5.0 / 6, 5.0 / 12, 5.0 / 12, 0], relative: 1e-15)
    // Greenwood: 1/(6·5) = 1/30, then + 2/(4·2) = 17/60
    expectClose(fit.steps[1].standardError, (17.0 / 60).squareRoot(), relative: 1e-15)
    #expect(fit.steps[3].standardError == .infinity)
    #expect(fit.median.time == 6)
    // RMST to 9: 1·1 + 5·(5/6) + 3·(5/12) = 1 + 25/6 + 5/4 = 77/12
    expectClose(try RMST(fit, tau: 9).estimate, 77.0 / 12, relative: 1e-15)
  }

  @Test func logRank() throws {
    // t=1: n=6 (3, 3), d=1 in x=1 → E1 = 1/2, V = 1·5/(36·5)·9 = 1/4.
    // t=6: n=4 (x=1: 1, x=0: 3), d=2 → E1 = 1/2, V = 2·2/(16·3)·3 = 1/4. t=9: E1 = 0, V = 0.
    // O1 = 2, E1 = 1, V = 1/2 → χ² = 2.
    let test = try LogRank(try Self.data(), groups: Self.x.map { Int($0) })
    expectClose(test.observed.map { Optional($0) }, [2, 2], relative: 1e-15)
    expectClose(test.expected.map { Optional($0) }, [3, 1], relative: 1e-15)
    expectClose(test.chiSquare, 2, relative: 1e-14)
    expectClose(
      test.pValue, SpecialFunctions.chiSquareUpperTail(2, degreesOfFreedom: 1), relative: 1e-15)
  }

  @Test func coxBreslow() throws {
    // ℓ(β) = 2β − log(3r + 3) − 2·log(r + 3), r = e^β; U = 0 ⇔ r² − 3r − 6 = 0,
    // β̂ = log((3 + √33)/2) (book1.R). At β = 0: ℓ = −log 6 − 2 log 4, U = 1, I = 5/8,
    // score test 8/5.
    let model = try CoxModel(
      try Self.data(), design: try CoxDesign([.numeric(name: "x", values: Self.x)]), ties: .breslow)
    expectClose(model.coefficients[0], log((3 + 33.0.squareRoot()) / 2), relative: 1e-9)
    expectClose(model.initialLogLikelihood, -log(6) - 2 * log(4), relative: 1e-14)
    expectClose(model.score.chiSquare, 8.0 / 5, relative: 1e-14)
  }

  @Test func coxEfron() throws {
    // At t = 6 Efron's denominators are r + 3 and (r + 5)/2, so
    // U(β) = 2 − r/(r+1) − r/(r+3) − r/(r+5); at β = 0: U = 13/12, I = 1/4 + 3/16 + 5/36 = 83/144,
    // score test 169/83; ℓ(0) = −log 6 − log 4 − log 3.
    let model = try CoxModel(
      try Self.data(), design: try CoxDesign([.numeric(name: "x", values: Self.x)]), ties: .efron)
    let r = exp(model.coefficients[0])
    #expect(abs(2 - r / (r + 1) - r / (r + 3) - r / (r + 5)) < 1e-8)
    expectClose(model.initialLogLikelihood, -log(6) - log(4) - log(3), relative: 1e-14)
    expectClose(model.score.chiSquare, 169.0 / 83, relative: 1e-14)
    // Concordance of x: 5 concordant, 0 discordant, 4 tied pairs → (5 + 2)/9.
    #expect(model.concordance.concordant == 5)
    #expect(model.concordance.discordant == 0)
    #expect(model.concordance.tiedScore == 4)
    expectClose(model.concordance.value, 7.0 / 9, relative: 1e-15)
  }

  @Test func delayedEntryAtAnEventTimeIsNotAtRisk() throws {
    // (entry, exit, event): (0,2,1) (1,3,1) (2,4,0) (0,5,1). At t=2 the third is not yet at
    // risk (entry 2 is not < 2): n = 3, S = 2/3; t=3: n = 3, S = 4/9; t=4: n = 2; t=5: S = 0.
    let data = try SurvivalData(
      time: [2, 3, 4, 5], event: [true, true, false, true], entry: [0, 1, 2, 0])
    let fit = try KaplanMeier(data)
    #expect(fit.steps.map(\.atRisk) == [3, 3, 2, 1])
    expectClose(
      fit.steps.map { Optional($0.survival) }, [2.0 / 3, 4.0 / 9, 4.0 / 9, 0], relative: 1e-15)
  }

  @Test func invalidDataIsRejectedWithTheObservation() throws {
    let negative = try #require(throws: SurvivalError.self) {
      try SurvivalData(time: [1, -2], event: [true, false])
    }
    #expect(negative.observation == 1)
    let entryAfterExit = try #require(throws: SurvivalError.self) {
      try SurvivalData(time: [1, 2], event: [true, false], entry: [0, 2])
    }
    #expect(entryAfterExit.observation == 1)
    #expect(throws: SurvivalError.self) {
      try SurvivalData(time: [1, .nan], event: [true, false])
    }
    #expect(throws: SurvivalError.self) { try SurvivalData(time: [1], event: [true, false]) }
  }
}
