import Foundation
import OncoTestSupport
import Testing

/// `oncocohort build`, run as a user would, on the public cBioPortal test study.
///
/// Counts are those of `Tests/OncoQueryTests/Reference/cbioportal_es0_expected.txt` (computed
/// from the study files): 12 patients with a BRCA2 mutation, 2 not assessed, of 841.
@Suite struct BuildCommandTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("oncobuild-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let imported = try CLI.run(
      ["import", Fixtures.shared("cbioportal-study_es_0"), "--source", "es0", "--warehouse", "w.sqlite"],
      directory: folder)
    #expect(imported.status == 0)
    try "version: 1\nname: BRCA2 carriers\nalterations:\n  require: \"BRCA2: MUT\"\n"
      .write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
    try "0123456789abcdef-secret\n".write(
      to: folder.appendingPathComponent("key.txt"), atomically: true, encoding: .utf8)
  }

  func build(_ extra: [String], environment: [String: String] = [:]) throws -> CLI.Result {
    try CLI.run(
      ["build", "q.yaml", "--warehouse", "w.sqlite"] + extra, directory: folder, environment: environment)
  }

  @Test func jsonHasTheContractKeys() throws {
    let result = try build(["--format", "json"])
    #expect(result.status == 0)
    let document = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["schema"] as? String == "oncocohort.build/1")
    #expect(document["name"] as? String == "BRCA2 carriers")
    #expect((document["query_sha256"] as? String)?.count == 64)
    let attrition = try #require(document["attrition"] as? [[String: Any]])
    #expect(attrition.map { $0["remaining"] as? Int } == [841, 12])
    #expect(attrition.last?["excluded"] as? Int == 829)
    #expect(attrition.last?["not_assessed"] as? Int == 2)
    let patients = try #require(document["patients"] as? [[String: Any]])
    #expect(patients.count == 12)
    #expect(
      patients.allSatisfy {
        $0["source"] as? String == "es0" && ($0["samples"] as? [String])?.isEmpty == false
      })
  }

  @Test func pseudonymsAreStableAndKeyed() throws {
    let plain = try build(["--format", "tsv"])
    let first = try build(["--format", "tsv", "--pseudonymise", "--key-file", "key.txt"])
    let second = try build(
      ["--format", "tsv", "--pseudonymise", "--key-env", "ONCO_KEY"],
      environment: ["ONCO_KEY": "0123456789abcdef-secret"])
    #expect(first.status == 0 && second.status == 0)
    #expect(first.stdout == second.stdout)  // same key from a file or the environment
    let ids = first.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[0] }
    #expect(ids.count == 12 && ids.allSatisfy { $0.count == 64 })
    #expect(!plain.stdout.contains(String(ids[0])))
    let other = try build(
      ["--format", "tsv", "--pseudonymise", "--key-env", "ONCO_KEY"],
      environment: ["ONCO_KEY": "another key of enough bytes"])
    #expect(other.stdout != first.stdout)
  }

  @Test func caseListIsACBioPortalCaseListFile() throws {
    let result = try build(["--format", "caselist", "--study-id", "study_es_0"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines[0] == "cancer_study_identifier: study_es_0")
    #expect(lines[1] == "stable_id: study_es_0_brca2_carriers")
    #expect(lines.contains { $0.hasPrefix("case_list_name: BRCA2 carriers") })
    let ids = try #require(lines.first { $0.hasPrefix("case_list_ids: ") }).dropFirst(15).split(
      separator: "\t")
    #expect(ids.count >= 12)
  }

  @Test func usageAndQueryErrors() throws {
    #expect(try build(["--pseudonymise"]).status == 64)
    #expect(try build(["--key-file", "key.txt"]).status == 64)
    try "version: 1\nname: x\nalterations:\n  require: \"KRAS: EXP > 2\"\n"
      .write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
    let result = try build([])
    #expect(result.status == 65)
    #expect(result.stderr.contains("q.yaml"))
    #expect(result.stderr.contains("expression data"))
  }
}
