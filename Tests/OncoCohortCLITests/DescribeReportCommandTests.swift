import Foundation
import OncoTestSupport
import Testing

/// `oncocohort describe` and `report` on a hand-built warehouse (Fixtures/assembly/README.md
/// gives every expected value and how it follows from the tables).
@Suite struct DescribeReportCommandTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "oncodescribe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let fixtures = Fixtures.local("OncoCohortCLITests", "assembly")
    let imported = try CLI.run(
      [
        "import", fixtures + "/mapping.yaml", fixtures + "/variants.maf", "--source", "trial", "--origin",
        "private",
        "--warehouse", "w.sqlite",
      ], directory: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    try FileManager.default.copyItem(
      atPath: fixtures + "/kras.yaml", toPath: folder.appendingPathComponent("q.yaml").path)
  }

  func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLI.Result {
    try CLI.run(arguments + ["--warehouse", "w.sqlite"], directory: folder, environment: environment)
  }

  func json(_ result: CLI.Result) throws -> [String: Any] {
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  @Test func describeJSONHasTheHandComputedNumbers() throws {
    let document = try json(try run(["describe", "q.yaml", "--format", "json", "--min-cell-count", "1"]))
    #expect(document["schema"] as? String == "oncocohort.describe/1")
    #expect(document["provenance"] == nil)
    let attrition = try #require(document["attrition"] as? [[String: Any]])
    #expect(attrition.map { $0["remaining"] as? Int } == [25, 14])
    #expect(attrition[1]["excluded"] as? Int == 10)
    #expect(attrition[1]["not_assessed"] as? Int == 1)
    let cohort = try #require(document["cohort"] as? [String: Any])
    #expect(cohort["patients"] as? Int == 14)
    let groups = try #require(cohort["groups"] as? [[String: Any]])
    #expect(groups.map { $0["name"] as? String } == ["STK11 co-mutated", "STK11 wild-type"])
    #expect(groups.map { $0["patients"] as? Int } == [4, 10])
    let pathways = try #require(document["pathways"] as? [String: Any])
    let lines = try #require(pathways["lines"] as? [[String: Any]])
    #expect(lines.map { $0["patients"] as? Int } == [14, 10])
    // Per group (Fixtures/assembly/README.md): co-mutated P01–P04 on L1, P02–P04 on L2;
    // wild-type P05–P14 on L1, P08–P14 on L2.
    let byGroup = try #require(pathways["groups"] as? [[String: Any]])
    #expect(byGroup.map { $0["name"] as? String } == ["STK11 co-mutated", "STK11 wild-type"])
    #expect(
      byGroup.map { (($0["lines"] as? [[String: Any]]) ?? []).map { $0["patients"] as? Int } }
        == [[4, 3], [10, 7]])
    let first = try #require(pathways["time_to_first_treatment"] as? [String: Any])
    #expect(first["median_days"] as? Double == 20)
    let outcomes = try #require(document["outcomes"] as? [String: Any])
    let os = try #require(outcomes["Overall survival"] as? [String: Any])
    let curves = try #require(os["groups"] as? [[String: Any]])
    let wildType = try #require(curves.first { $0["name"] as? String == "STK11 wild-type" })
    #expect((wildType["median"] as? [String: Any])?["value"] as? Double == 650)
    #expect(wildType["events"] as? Int == 7)
    let genes = try #require((document["alterations"] as? [String: Any])?["genes"] as? [[String: Any]])
    #expect(genes.first?["gene"] as? String == "KRAS")
    #expect(genes.first { $0["gene"] as? String == "STK11" }?["altered"] as? Int == 4)
    #expect(genes.first { $0["gene"] as? String == "STK11" }?["assessed"] as? Int == 14)
  }

  @Test func describeJSONMasksASmallGroup() throws {
    let document = try json(try run(["describe", "q.yaml", "--format", "json"]))
    let cohort = try #require(document["cohort"] as? [String: Any])
    let groups = try #require(cohort["groups"] as? [[String: Any]])
    #expect(groups[0]["patients"] is NSNull)
    #expect((groups[0]["masked"] as? [String: Any])?["patients"] as? String == "below_min_cell_count")
    // 14 − 10 would reveal the 4: the two cannot both be shown.
    #expect(!(groups[1]["patients"] is Int && cohort["patients"] is Int))
    #expect(!String(describing: document).contains("P01"))
    // The groups' line 1 (4 and 10) add up to the cohort's 14: the 4 is masked, so the 10 and
    // the 14 cannot both be shown either.
    let pathways = try #require(document["pathways"] as? [String: Any])
    let cohortL1 = (pathways["lines"] as? [[String: Any]])?.first?["patients"]
    let groupL1 = try #require(pathways["groups"] as? [[String: Any]]).map {
      ($0["lines"] as? [[String: Any]])?.first?["patients"]
    }
    #expect(groupL1.first.flatMap { $0 } is NSNull)
    #expect(!(groupL1.last.flatMap { $0 } is Int && cohortL1 is Int))
  }

  @Test func describeTextAndExplain() throws {
    let text = try run(["describe", "q.yaml", "--min-cell-count", "1"])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("KRAS G12C by STK11: 14 patients"))
    let explained = try run(["describe", "q.yaml", "--explain", "P02"])
    #expect(explained.status == 0, "\(explained.stderr)")
    #expect(explained.stdout.contains("docetaxel"))
    #expect(try run(["describe", "q.yaml", "--explain", "P20"]).status == 65)  // not in the cohort
  }

  @Test func invalidQueryIsLocatedAndExits65() throws {
    try "version: 1\nname: x\nalterations:\n  requre: \"KRAS: G12C\"\n"
      .write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
    for command in ["describe", "report", "build"] {
      let result = try run([command, "bad.yaml"] + (command == "report" ? ["--output", "r.html"] : []))
      #expect(result.status == 65)
      #expect(result.stderr.contains("bad.yaml:4:3: error"))
      #expect(result.stderr.contains("hint:"))
    }
  }

  @Test(arguments: ["html", "json", "markdown"])
  func reportIsByteIdenticalWithAFixedTimestamp(format: String) throws {
    let name = "r." + (format == "markdown" ? "md" : format)
    let arguments = ["report", "q.yaml", "--output", name, "--timestamp", "2026-01-31T12:00:00Z"]
    var runs: [Data] = []
    for _ in 0..<2 {
      let result = try run(arguments)
      #expect(result.status == 0, "\(result.stderr)")
      runs.append(try Data(contentsOf: folder.appendingPathComponent(name)))
    }
    #expect(runs[0] == runs[1])
    let text = String(decoding: runs[0], as: UTF8.self)
    #expect(text.contains("2026-01-31T12:00:00Z"))
    #expect(!text.contains("P01"))  // no patient identifier in a report
  }

  @Test func reportHonoursSourceDateEpoch() throws {
    let result = try run(
      ["report", "q.yaml", "--output", "r.json"], environment: ["SOURCE_DATE_EPOCH": "1769860800"])
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOf: folder.appendingPathComponent("r.json"), encoding: .utf8)
    #expect(text.contains("2026-01-31T12:00:00Z"))
    #expect(text.contains("\"schema\":\"oncocohort.report/1\"") || text.contains("oncocohort.report/1"))
  }
}
