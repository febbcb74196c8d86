import Foundation
import OncoTestSupport
import Testing

/// `oncocohort validate`, run as a user would.
@Suite struct ValidateCommandTests {
  let fixtures = Fixtures.packageRoot.appendingPathComponent("Tests/OncoQueryTests/Fixtures")

  func path(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

  func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func validFilePrintsItsReading() throws {
    let run = try CLI.run(["validate", path("full.yaml")])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(
      run.stdout.hasPrefix(
        "Patients from source hospital or industry, with a diagnosis of Lung Non-Small Cell Carcinoma (NCIT:C2926) or a descendant, at stage IV or IIIB, aged 18 or more at diagnosis"
      ))
    #expect(
      run.stdout.contains(
        "whose selected samples show KRAS G12C, excluding patients whose selected samples show STK11 mutated or KEAP1 mutated"
      ))
  }

  @Test func invalidFileListsEveryProblemAndExits65() throws {
    let run = try CLI.run(["validate", path("errors.yaml")])
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr.contains(
        "errors.yaml:3:1: error: unknown key 'populaton' at the top level\n  hint: did you mean 'population'?"
      ))
    #expect(run.stderr.contains("errors.yaml:9:13: error: unknown gene 'KRSA'\n  hint: did you mean 'KRAS'?"))
    #expect(run.stderr.contains("errors.yaml:11:5: warning: 'HER2' is an alias of ERBB2; using ERBB2"))
    // 10 errors and 1 warning, each on its own 'file:line:column:' line.
    #expect(
      run.stderr.split(separator: "\n").filter { $0.contains("errors.yaml:") && !$0.contains("hint:") }.count
        == 11)
    let quiet = try CLI.run(["validate", "--quiet", path("errors.yaml")])
    #expect(!quiet.stderr.contains("warning:"))
  }

  @Test func jsonFollowsTheContract() throws {
    let invalid = try CLI.run(["validate", "--format", "json", path("errors.yaml")])
    #expect(invalid.status == 65)
    let document = try json(invalid.stdout)
    #expect(document["schema"] as? String == "oncocohort.validate/1")
    #expect(document["valid"] as? Bool == false)
    #expect(document["reading"] is NSNull)
    let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.count == 11)
    let first = try #require(diagnostics.first)
    #expect(first["line"] as? Int == 3)
    #expect(first["column"] as? Int == 1)
    #expect(first["severity"] as? String == "error")
    #expect(first["hint"] as? String == "did you mean 'population'?")
    #expect((first["file"] as? String)?.hasSuffix("errors.yaml") == true)
    let valid = try json(try CLI.run(["validate", "--format", "json", path("full.yaml")]).stdout)
    #expect(valid["valid"] as? Bool == true)
    #expect((valid["reading"] as? String)?.hasPrefix("Patients") == true)
    #expect((valid["diagnostics"] as? [Any])?.isEmpty == true)
  }

  @Test func usageErrorsExit64() throws {
    #expect(try CLI.run(["validate"]).status == 64)
    #expect(try CLI.run(["validate", "--format", "xml", path("full.yaml")]).status == 64)
    let missing = try CLI.run(["validate", "no-such-query.yaml"])
    #expect(missing.status == 65)
    #expect(missing.stderr.contains("no-such-query.yaml: error: no such query file"))
  }

  @Test func strictTurnsWarningsIntoFailure() throws {
    let folder = try Fixtures.temporaryDirectory()
    let query = folder.appendingPathComponent("alias.yaml")
    try "version: 1\nname: HER2\nalterations:\n  require: \"HER2: AMP\"\n".write(
      to: query, atomically: true, encoding: .utf8)
    let lenient = try CLI.run(["validate", query.path])
    #expect(lenient.status == 0)
    #expect(lenient.stderr.contains("alias.yaml:4:13: warning: 'HER2' is an alias of ERBB2; using ERBB2"))
    #expect(lenient.stdout.contains("ERBB2 amplified"))
    #expect(try CLI.run(["validate", "--strict", query.path]).status == 65)
  }

  @Test func warehouseCheckWarnsOfAbsentSources() throws {
    let folder = try Fixtures.temporaryDirectory()
    let maf = Fixtures.packageRoot.appendingPathComponent("SampleData/industry/variants.maf").path
    let imported = try CLI.run(
      ["import", maf, "--source", "industry", "--origin", "private"], directory: folder)
    #expect(imported.status == 0)
    let query = folder.appendingPathComponent("q.yaml")
    try "version: 1\nname: s\nsources: [industry, hospitl]\n".write(
      to: query, atomically: true, encoding: .utf8)
    let run = try CLI.run(["validate", "q.yaml", "--warehouse", "oncocohort.sqlite"], directory: folder)
    #expect(run.status == 0)
    // `sources: [` is 10 characters: 'hospitl' starts at column 21 after 'industry, '.
    #expect(run.stderr.contains("q.yaml:3:21: warning: source 'hospitl' is not in the warehouse"))
    #expect(!run.stderr.contains("'industry' is not"))
  }
}

extension ValidateCommandTests {
  @Test func extraOntologyResolvesItsConcepts() throws {
    let folder = try Fixtures.temporaryDirectory()
    let query = folder.appendingPathComponent("obsolete.yaml")
    try "version: 1\nname: o\npopulation:\n  diagnosis: MONDO:0000002\n".write(
      to: query, atomically: true, encoding: .utf8)
    // Without the extra ontology the id is unknown; with it, the obsolete term gives its replacement.
    #expect(try CLI.run(["validate", query.path]).status == 65)
    let run = try CLI.run(["validate", query.path, "--ontology", path("obsolete.owl")])
    #expect(run.status == 0)
    #expect(run.stderr.contains("obsolete.yaml:4:14: warning:"))
    #expect(run.stdout.contains("current lung cancer (MONDO:0000001)"))
  }
}
