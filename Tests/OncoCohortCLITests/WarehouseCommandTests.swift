import Foundation
import OncoTestSupport
import Testing

/// `oncocohort import` and `oncocohort summary`, run as a user would.
@Suite struct WarehouseCommandTests {
  let folder: URL
  let maf = Fixtures.local("OncoCohortCLITests", "quickstart/industry/variants.maf")

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("oncocli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func importsAMAFAndSummarisesTheWarehouse() throws {
    // Fixtures/quickstart/industry/variants.maf: 8 data rows; line 9 has t_alt_count 'seventy' (rejected);
    // the 7 others name samples I0001-T … I0006-T. A variant file stands each sample for a patient
    // of the same id, so the file gives 7 alterations + 6 samples + 6 patients = 19 records, and
    // 20 read with the rejected row.
    let imported = try CLI.run(
      ["import", maf, "--source", "industry", "--origin", "private", "--format", "json"], directory: folder)
    #expect(imported.status == 0)
    #expect(imported.stderr.contains("variants.maf:9:"))
    let document = try json(imported.stdout)
    #expect(document["schema"] as? String == "oncocohort.import/1")
    let source = try #require((document["sources"] as? [[String: Any]])?.first)
    #expect(source["name"] as? String == "industry")
    #expect(source["origin"] as? String == "private")
    let file = try #require((source["files"] as? [[String: Any]])?.first)
    #expect(file["records_read"] as? Int == 20)
    #expect(file["imported"] as? Int == 19)
    #expect(file["rejected"] as? Int == 1)
    #expect(file["format"] as? String == "maf")
    #expect((file["sha256"] as? String)?.count == 64)
    let totals = try #require(document["totals"] as? [String: Int])
    #expect(totals == ["patients": 6, "samples": 6, "alterations": 7, "treatments": 0, "events": 0])
    // The default warehouse is oncocohort.sqlite in the working directory.
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("oncocohort.sqlite").path))

    let summary = try CLI.run(["summary", "--format", "json"], directory: folder)
    #expect(summary.status == 0)
    let summaryDocument = try json(summary.stdout)
    #expect(summaryDocument["schema"] as? String == "oncocohort.summary/1")
    #expect(summaryDocument["totals"] as? [String: Int] == totals)
    #expect((summaryDocument["alterations_by_kind"] as? [String: Int])?["mutation"] == 7)
  }

  @Test func aSecondImportOfTheSameFileIsSkipped() throws {
    let warehouse = folder.appendingPathComponent("w.sqlite").path
    let first = try CLI.run(["import", maf, "--warehouse", warehouse])
    #expect(first.status == 0)
    let before = try CLI.run(["summary", "--warehouse", warehouse, "--format", "json"]).stdout
    let second = try CLI.run(["import", maf, "--warehouse", warehouse])
    #expect(second.status == 0)
    #expect(second.stdout.contains("unchanged, skipped"))
    #expect(try CLI.run(["summary", "--warehouse", warehouse, "--format", "json"]).stdout == before)
  }

  @Test func theWarehouseCanComeFromTheEnvironment() throws {
    let warehouse = folder.appendingPathComponent("env.sqlite").path
    let result = try CLI.run(
      ["import", maf], directory: folder, environment: ["ONCOCOHORT_WAREHOUSE": warehouse])
    #expect(result.status == 0)
    #expect(FileManager.default.fileExists(atPath: warehouse))
  }

  @Test func strictRefusesASourceWithRejectionsAndExits65() throws {
    let warehouse = folder.appendingPathComponent("strict.sqlite").path
    let result = try CLI.run(["import", maf, "--warehouse", warehouse, "--strict"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("nothing was imported (--strict)"))
    let summary = try json(try CLI.run(["summary", "--warehouse", warehouse, "--format", "json"]).stdout)
    #expect((summary["sources"] as? [Any])?.isEmpty == true)
  }

  @Test func summaryOfAMissingWarehouseIsAnError() throws {
    let result = try CLI.run(["summary", "--warehouse", folder.appendingPathComponent("none.sqlite").path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("no warehouse here"))
  }

  @Test func anUnknownFormatLeavesNoWarehouseBehind() throws {
    let text = folder.appendingPathComponent("notes.txt")
    try Data("hello\n".utf8).write(to: text)
    let result = try CLI.run(["import", text.path], directory: folder)
    #expect(result.status == 65)
    #expect(result.stderr.contains("notes.txt: error: cannot tell what kind of source this is"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("oncocohort.sqlite").path))
  }

  @Test func importsACBioPortalStudyFolderWithEveryFileAccounted() throws {
    // Counted with awk on the files: data_clinical_patients.txt has 841 patient rows,
    // data_clinical_samples.txt 845 sample rows, data_mutations_extended.maf 36 mutation rows.
    let study = Fixtures.shared("cbioportal-study_es_0")
    let result = try CLI.run(["import", study, "--origin", "public", "--format", "json"], directory: folder)
    #expect(result.status == 0)
    let source = try #require((try json(result.stdout)["sources"] as? [[String: Any]])?.first)
    #expect(source["name"] as? String == "cbioportal-study_es_0")
    let files = try #require(source["files"] as? [[String: Any]])
    func file(_ name: String) -> [String: Any]? {
      files.first { ($0["path"] as? String)?.hasSuffix("/" + name) == true }
    }
    #expect(file("data_clinical_patients.txt")?["imported"] as? Int == 841)
    #expect(file("data_clinical_samples.txt")?["imported"] as? Int == 845)
    #expect(file("data_mutations_extended.maf")?["records_read"] as? Int == 36)
    for entry in files {
      let read = entry["records_read"] as? Int ?? -1
      #expect(read == (entry["imported"] as? Int ?? 0) + (entry["rejected"] as? Int ?? 0))
      #expect((entry["sha256"] as? String)?.count == 64)
    }
    let counts = try #require(source["counts"] as? [String: Int])
    #expect(counts["patients"] == 841)
    #expect(counts["samples"] == 845)
  }
}
