import OncoSurvival
import Testing

/// Aalen–Johansen cumulative incidence against R.
///
/// The R call: `survfit(Surv(etime, factor(event, 0:2)) ~ 1)` on `mgus2`
/// (progression to plasma-cell malignancy competing with death), its `pstate`.
/// Tolerance 1e-6 relative.
@Suite struct CumulativeIncidenceTests {
  @Test func mgus2MatchesR() throws {
    let rows = try ReferenceRows("mgus2_competing.csv", using: ["etime", "event"])
    let fit = try CumulativeIncidence(
      time: rows.numbers("etime"), cause: rows.numbers("event").map { Int($0) })
    let r = try Reference.json("mgus2_competing.json")
    #expect(fit.causeCount == 2)
    expectClose(fit.steps.map { Optional($0.time) }, r["time"].doubles, "time")
    expectClose(fit.steps.map { Optional(Double($0.atRisk)) }, r["n_risk"].doubles, "n.risk")
    expectClose(fit.steps.map { Optional($0.incidence[0]) }, r["cif_pcm"].doubles, "CIF PCM")
    expectClose(fit.steps.map { Optional($0.incidence[1]) }, r["cif_death"].doubles, "CIF death")
    expectClose(fit.steps.map { Optional($0.eventFree) }, r["event_free"].doubles, "event-free")
  }

  @Test func handComputed() throws {
    // Times 1 (cause 1), 2 (cause 2), 3 (censored), 4 (cause 1): n = 4, 3, 2, 1.
    // CIF1: 1/4, 1/4, 1/4, 1/4 + (1/2)·1 = 3/4; CIF2: 0, (3/4)(1/3) = 1/4.
    let fit = try CumulativeIncidence(time: [4, 2, 1, 3], cause: [1, 2, 1, 0])
    expectClose(
      fit.steps.map { Optional($0.incidence[0]) }, [0.25, 0.25, 0.25, 0.75], relative: 1e-15)
    expectClose(
      fit.steps.map { Optional($0.incidence[1]) }, [0, 0.25, 0.25, 0.25], relative: 1e-15)
    #expect(throws: SurvivalError.self) { try CumulativeIncidence(time: [1], cause: [-1]) }
  }
}
