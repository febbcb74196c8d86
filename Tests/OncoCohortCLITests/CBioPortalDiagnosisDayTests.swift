import Foundation
import GRDB
import OncoTestSupport
import Testing

/// A cBioPortal diagnosis is day 0 of the study's axis, for `build` and `describe` alike.
///
/// cBioPortal's file-format documentation counts timeline days "from the date of diagnosis (which
/// will act as point zero on the timeline scale)" and OS_MONTHS "since initial diagnosis". The
/// hand-made study `Fixtures/cbioportal-day0/` has three LUAD patients: D1 dead at 6 months, D2 dead
/// at 12, D3 alive at 24. Months × 30.4375 rounded: 182.625 → 183, 365.25 → 365, 730.5 → 731.
/// Kaplan–Meier from day 0: S = 2/3 after day 183, 1/3 after day 365 (median 365), D3 censored at
/// 731.
@Suite struct CBioPortalDiagnosisDayTests {
  let folder: URL

  init() throws {
    folder = try Fixtures.temporaryDirectory()
    let imported = try CLI.run(
      [
        "import", Fixtures.local("OncoCohortCLITests", "cbioportal-day0"), "--source", "day0", "--warehouse",
        "w.sqlite",
      ], directory: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    try "version: 1\nname: LUAD from diagnosis\n".write(
      to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
  }

  @Test func diagnosisIsStoredOnDayZero() throws {
    let queue = try DatabaseQueue(path: folder.appendingPathComponent("w.sqlite").path)
    let days = try queue.read { db in
      try Row.fetchAll(db, sql: "SELECT day, advanced_day FROM diagnoses ORDER BY patient_key")
    }
    #expect(days.count == 3)
    #expect(days.allSatisfy { ($0["day"] as Int?) == 0 && ($0["advanced_day"] as Int?) == nil })
  }

  @Test func buildGivesIndexDayZero() throws {
    let result = try CLI.run(
      ["build", "q.yaml", "--warehouse", "w.sqlite", "--format", "json"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let document = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let patients = try #require(document["patients"] as? [[String: Any]])
    #expect(patients.compactMap { $0["id"] as? String } == ["D1", "D2", "D3"])
    #expect(patients.allSatisfy { $0["index_day"] as? Int == 0 })
  }

  @Test func describeCountsSurvivalFromDayZero() throws {
    let document = try DescribeOutput.document(query: "q.yaml", warehouse: "w.sqlite", directory: folder)
    let overall = try DescribeOutput.outcome(document, "Overall survival")
    let group = try #require((overall["groups"] as? [[String: Any]])?.first)
    #expect(group["patients"] as? Int == 3 && group["events"] as? Int == 2)
    let curve = try #require(group["curve"] as? [[String: Any]])
    #expect(curve.compactMap { $0["time"] as? Int }.prefix(2) == [183, 365])
    #expect(curve.compactMap { $0["survival"] as? Double }.prefix(2) == [2.0 / 3.0, 1.0 / 3.0])
    #expect((group["median"] as? [String: Any])?["value"] as? Int == 365)
    #expect(group["censor_times"] as? [Int] == [731])
  }
}
