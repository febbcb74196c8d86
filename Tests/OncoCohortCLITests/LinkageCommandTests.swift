import Foundation
import OncoTestSupport
import Testing

/// `oncocohort import --linkage`, run as a user would.
@Suite struct LinkageCommandTests {
  let folder: URL
  let maf = Fixtures.local("OncoCohortCLITests", "quickstart/industry/variants.maf")

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("oncolink-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  @Test func linkedPatientsCountOnceAsPersons() throws {
    // The MAF gives 6 patients (I0001-T … I0006-T); imported as two sources that is 12 patients
    // and, without linkage, 12 persons. Linking I0001-T and I0002-T across the sources: 10.
    for name in ["ind_a", "ind_b"] {
      let run = try CLI.run(["import", maf, "--source", name, "--quiet"], directory: folder)
      #expect(run.status == 0)
    }
    let links = folder.appendingPathComponent("links.csv")
    try Data(
      "source_a,patient_a,source_b,patient_b\nind_a,I0001-T,ind_b,I0001-T\nind_a,I0002-T,ind_b,I0002-T\nind_a,I9,x,y\n"
        .utf8
    ).write(to: links)
    let run = try CLI.run(
      ["import", maf, "--source", "ind_a", "--linkage", links.path, "--format", "json"], directory: folder)
    #expect(run.status == 0)
    let document = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let linkage = try #require(document["linkage"] as? [String: Any])
    #expect(linkage["links"] as? Int == 3)
    #expect(linkage["resolved"] as? Int == 2)
    #expect(linkage["linked_persons"] as? Int == 2)
    let summary = try CLI.run(["summary", "--format", "json"], directory: folder)
    let counts = try #require(JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
    #expect((counts["totals"] as? [String: Int])?["patients"] == 12)
    #expect(counts["persons"] as? Int == 10)

    try Data("source_a,patient_a\nind_a,I0001-T\n".utf8).write(to: links)
    let bad = try CLI.run(["import", maf, "--source", "ind_a", "--linkage", links.path], directory: folder)
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("links.csv:1:1"))
  }
}
