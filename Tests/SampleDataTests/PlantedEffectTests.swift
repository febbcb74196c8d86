import Foundation
import GRDB
import OncoSurvival
import Testing

/// The effects planted by the generator (SampleData/README.md, "Planted effects") are found again
/// in the imported warehouse with plain SQL and OncoSurvival, within 95% confidence intervals.
@Suite struct PlantedEffectTests {
  let patients: [WarehousePatient]
  let panelGenes: [String: Set<String>]

  init() throws {
    let queue = try SampleDataFixture.database()
    (patients, panelGenes) = try queue.read { db in
      (try WarehousePatient.load(db), try WarehousePatient.panelGenes(db))
    }
  }

  /// Planted: OS hazard ratio 1.8 for an STK11 co-mutation in KRAS G12C NSCLC (exponential OS;
  /// time from the molecular report, when patients enter, so that delayed entry does not bias it).
  @Test func stk11HazardRatioInKRASG12C() throws {
    let cohort = patients.filter {
      $0.lung && $0.has("KRAS", "G12C") && $0.assessed("STK11", panelGenes: panelGenes) && $0.entry != nil
    }
    let data = try SurvivalData(
      time: cohort.map { $0.exit - ($0.entry ?? 0) }, event: cohort.map(\.died))
    let model = try CoxModel(
      data, design: CoxDesign([.numeric(name: "stk11", values: cohort.map { $0.has("STK11") ? 1 : 0 })]))
    let term = model.terms[0]
    #expect(cohort.count > 100)
    #expect(term.lower < 1.8 && 1.8 < term.upper, "HR \(term.hazardRatio) [\(term.lower), \(term.upper)]")
    #expect(
      term.lower > 1, "the planted effect is detected: HR \(term.hazardRatio) [\(term.lower), \(term.upper)]")
  }

  /// Planted: osimertinib first line, time to next treatment (next distinct drug started more than
  /// 28 days after the first, or death) Weibull with median 18 months = 547.9 days.
  ///
  /// Censored at the last known day (`WarehousePatient.exit`). On the committed data: 108 patients, 80 events,
  /// median 582 days (505–808), as R's `survfit` on the same times, and as `oncocohort describe`
  /// (Tests/OncoCohortCLITests/OsimertinibTimeToNextTreatmentTests.swift), patient by patient.
  @Test func osimertinibFirstLineTimeToNextTreatment() throws {
    var times: [Double] = []
    var events: [Bool] = []
    for patient in patients {
      guard let first = patient.treatments.first else { continue }
      let regimen = Set(patient.treatments.filter { $0.start <= first.start + 28 }.map(\.name))
      guard regimen.count == 1, let drug = regimen.first, drug.contains("L01EB04") || drug == "osimertinib"
      else {
        continue
      }
      if let next = patient.treatments.first(where: { $0.name != drug && $0.start > first.start + 28 }) {
        times.append(next.start - first.start)
        events.append(true)
      } else {
        times.append(max(0, patient.exit - first.start))
        events.append(patient.died)
      }
    }
    #expect(times.count > 80)
    let curve = try KaplanMeier(try SurvivalData(time: times, event: events))
    let median = curve.median
    let lower = try #require(median.lower)
    let upper = try #require(median.upper)
    #expect(lower < 547.9 && 547.9 < upper, "median \(median.time ?? .nan) [\(lower), \(upper)]")
  }

  /// Planted: delayed entry, naive KM from diagnosis overestimating survival.
  ///
  /// Registry NSCLC (adenocarcinoma or other) on the large panel with no
  /// targetable driver and no STK11 mutation has exponential OS from diagnosis with median 12
  /// months (365.25 days); patients enter at sequencing, often late. The left-truncated KM
  /// finds the planted median; the naive KM from diagnosis overestimates it.
  @Test func delayedEntryBias() throws {
    let drivers = ["EGFR", "ALK", "ROS1", "RET", "BRAF", "MET", "ERBB2", "STK11"]
    let cohort = patients.filter { patient in
      patient.source == "registry" && patient.adenocarcinomaOrOther && patient.entry != nil
        && drivers.allSatisfy { patient.assessed($0, panelGenes: panelGenes) && !patient.has($0) }
    }
    #expect(cohort.count > 150)
    let time = cohort.map { $0.exit - $0.diagnosis }
    let naive = try KaplanMeier(try SurvivalData(time: time, event: cohort.map(\.died))).median
    let truncated = try KaplanMeier(
      try SurvivalData(
        time: time, event: cohort.map(\.died), entry: cohort.map { ($0.entry ?? 0) - $0.diagnosis })
    ).median
    let truncatedLower = try #require(truncated.lower)
    let truncatedUpper = try #require(truncated.upper)
    let naiveLower = try #require(naive.lower)
    #expect(
      truncatedLower < 365.25 && 365.25 < truncatedUpper, "left-truncated median \(truncated.time ?? .nan)")
    #expect(naiveLower > 365.25, "naive median \(naive.time ?? .nan) [\(naiveLower), …] should overestimate")
  }
}
