import Foundation
import OncoTestSupport
import Testing

/// The planted osimertinib effect (SampleData/README.md, "Planted effects": time to next treatment
/// after first-line osimertinib is Weibull with median 18 months = 548 days) found by the real
/// `oncocohort describe` on SampleData, not only by SQL.
///
/// Expected values were computed independently of the tool, on a warehouse imported from
/// SampleData, with this Python over the `patients` and `treatments` tables:
///
///     by = {}  # patient_key -> [(start_day, concept)] of ATC:L01* treatments
///     for key, concept, start in db.execute("SELECT patient_key, concept, start_day FROM treatments"
///                                           " WHERE concept LIKE 'ATC:L01%'"):
///         by.setdefault(key, []).append((start, concept))
///     for key, treatments in by.items():
///         first = min(s for s, _ in treatments)
///         if {c for s, c in treatments if s == first} != {"ATC:L01EB04"}: continue  # osimertinib alone
///         later = [s for s, c in treatments if c != "ATC:L01EB04" and s > first]
///         # event: the first other drug, else death; else censored at the last known day: the
///         # latest of last_contact_day, any event day, any treatment start or end
///
/// which gives 108 patients and 80 events; R's `survfit(Surv(time, event) ~ 1)` on those times
/// gives the median 582 days (95% CI 505–808), the same times and figure as the SQL test in
/// Tests/SampleDataTests/PlantedEffectTests.swift. (An earlier version of this test expected 575:
/// `describe` then censored three FHIR patients still on osimertinib at day 0 of their line,
/// because the FHIR export has no last-contact day; it now censors at the last known day, as
/// the overall-survival outcomes do.) The query selects the same patients the
/// way a user would: lung carcinoma, indexed on the first osimertinib, no antineoplastic before.
/// First-line platinum, selected the same way, serves as the comparison: its median must be
/// shorter than osimertinib's lower confidence bound.
@Suite(.serialized) struct OsimertinibTimeToNextTreatmentTests {
  static func query(name: String, firstDrug: String) -> String {
    """
    version: 1
    name: \(name)
    population:
      diagnosis: NCIT:C4878
    index: {first_exposure: \(firstDrug)}
    treatments:
      - excluded: ATC:L01
        timing: before_index
    outcomes:
      - name: ttnt_line1
        kind: time_to_next_treatment
        line: 1
    care_pathway:
      preset: hess2021-nsclc
      parameters:
        discontinuation_gap_days: 90
    """
  }

  func describe(name: String, firstDrug: String) throws -> [String: Any] {
    let warehouse = try ExampleQueryWarehouse.imported.get()
    let scratch = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let path = scratch.appendingPathComponent("q.yaml")
    try Self.query(name: name, firstDrug: firstDrug).write(to: path, atomically: true, encoding: .utf8)
    return try DescribeOutput.document(query: path.path, warehouse: warehouse)
  }

  /// The first-line time to next treatment: the outcome's only group.
  func timeToNextTreatment(_ document: [String: Any]) throws -> [String: Any] {
    let ttnt = try DescribeOutput.outcome(document, "ttnt_line1")
    return try #require((ttnt["groups"] as? [[String: Any]])?.first)
  }

  @Test func firstLineOsimertinibHasThePlantedTimeToNextTreatment() throws {
    let document = try describe(name: "First-line osimertinib", firstDrug: "osimertinib")
    // The care pathway's first line is osimertinib for every patient.
    let pathways = try #require(document["pathways"] as? [String: Any])
    let line1 = try #require((pathways["lines"] as? [[String: Any]])?.first)
    let regimens = try #require(line1["regimens"] as? [[String: Any]])
    #expect(regimens.count == 1 && regimens.first?["regimen"] as? String == "osimertinib")
    #expect(regimens.first?["patients"] as? Int == 108)
    // The summary by line agrees with the outcome.
    let summary = try #require((pathways["time_to_next_treatment"] as? [[String: Any]])?.first)
    #expect(summary["median_days"] as? Double == 582 && summary["patients"] as? Int == 108)

    let group = try timeToNextTreatment(document)
    #expect(group["patients"] as? Int == 108)
    #expect(group["events"] as? Int == 80)
    let median = try #require(group["median"] as? [String: Any])
    #expect(median["value"] as? Double == 582)
    let lower = try #require(median["lower"] as? Double)
    let upper = try #require(median["upper"] as? Double)
    #expect(lower == 505 && upper == 808, "R: 505–808")
    #expect(lower <= 548 && 548 <= upper, "median interval \(lower)–\(upper) misses the planted 548 days")

    let platinum = try timeToNextTreatment(try describe(name: "First-line platinum", firstDrug: "ATC:L01XA"))
    let platinumMedian = try #require((platinum["median"] as? [String: Any])?["value"] as? Double)
    #expect(platinumMedian < lower, "platinum median \(platinumMedian) is not shorter than \(lower)")
  }
}
