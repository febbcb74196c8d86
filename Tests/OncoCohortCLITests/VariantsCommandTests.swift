import Foundation
import OncoTestSupport
import Testing

/// End-to-end runs of `oncocohort variants` on the hand-written quick-start files
/// (`Fixtures/quickstart/`, the SampleData of earlier releases; see its README.md), so every
/// expected value below is known independently of the code.
@Suite struct VariantsCommandTests {
  private let sample = Fixtures.local("OncoCohortCLITests", "quickstart")

  private func json(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func tsvOfAnAnnotatedVCF() throws {
    let result = try CLI.run(["variants", "\(sample)/hospital/vcf/H0001_T1.vcf.gz"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(lines.count == 3)
    let header = lines[0]
    #expect(header.first == "sample" && header.last == "origin")
    let kras = Dictionary(uniqueKeysWithValues: zip(header, lines[1]))
    #expect(kras["sample"] == "H0001-T")  // the second sample of a tumour/normal pair
    #expect(kras["gene"] == "KRAS")
    #expect(kras["protein_change"] == "G12C")
    #expect(kras["protein_start"] == "12" && kras["protein_end"] == "12")
    #expect(kras["consequence"] == "missense_variant")
    #expect(kras["variant_class"] == "Missense_Mutation")
    #expect(kras["exon"] == "2/5")  // the canonical transcript, not ENST00000256078 (2/6)
    #expect(kras["hgvsc"] == "ENST00000311936.8:c.34G>T")
    #expect(kras["vaf"].flatMap(Double.init) == 0.3)
    #expect(kras["depth"] == "203")
    #expect(kras["filter"] == "PASS")
    #expect(kras["origin"] == "somatic")
    #expect(result.stderr.contains("2 records read, 2 accepted, 0 rejected"))
  }

  @Test func jsonFollowsTheContract() throws {
    let result = try CLI.run([
      "variants", "--format", "json", "\(sample)/hospital/vcf/H0002_T1.vcf.gz",
      "\(sample)/industry/variants.maf",
    ])
    #expect(result.status == 0)
    let document = try json(result.stdout)
    #expect(document["schema"] as? String == "oncocohort.variants/1")
    let files = try #require(document["files"] as? [[String: Any]])
    #expect(files.count == 2)
    #expect(files[0]["format"] as? String == "vcf")
    #expect(files[0]["records_read"] as? Int == 3)
    #expect(files[0]["accepted"] as? Int == 2)
    #expect(files[0]["rejected"] as? Int == 1)
    #expect(files[1]["format"] as? String == "maf")
    #expect(files[1]["records_read"] as? Int == 8)
    #expect(files[1]["accepted"] as? Int == 7)
    #expect(files[1]["rejected"] as? Int == 1)
    let alterations = try #require(document["alterations"] as? [[String: Any]])
    #expect(alterations.count == 9)
    let egfr = try #require(alterations.first { $0["gene"] as? String == "EGFR" })
    #expect(egfr["protein_change"] as? String == "E746_A750del")
    #expect(egfr["protein_start"] as? Int == 746 && egfr["protein_end"] as? Int == 750)
    #expect(egfr["variant_class"] as? String == "In_Frame_Del")
    #expect(egfr["exon"] as? String == "19/28")
    let filtered = try #require(alterations.first { $0["protein_change"] as? String == "L858R" })
    #expect(filtered["filter"] as? String == "weak_evidence")
    let met = try #require(alterations.first { $0["gene"] as? String == "MET" })
    #expect(met["protein_change"] as? String == "X1010_splice")
    #expect(met["variant_class"] as? String == "Splice_Site")
    let brca2 = try #require(alterations.first { $0["gene"] as? String == "BRCA2" })
    #expect(brca2["origin"] as? String == "germline")
    #expect(brca2["vaf"] as? Double == 0.5)
    #expect(brca2["hgvsc"] as? String == "c.5946_5947del")
    let stk11 = try #require(alterations.first { $0["gene"] as? String == "STK11" })
    #expect(stk11["protein_change"] as? String == "Q37*")
    #expect(stk11["sample"] as? String == "I0001-T")
    #expect(stk11["exon"] as? String == "1/10")
    // Absent values are null, not missing keys.
    #expect(stk11.keys.contains("consequence"))
    let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
    let errors = diagnostics.filter { $0["severity"] as? String == "error" }
    #expect(errors.count == 2)
    #expect(
      errors.contains {
        ($0["file"] as? String)?.hasSuffix("variants.maf") == true && $0["line"] as? Int == 9
      })
    #expect(
      errors.contains {
        ($0["file"] as? String)?.hasSuffix("H0002_T1.vcf.gz") == true && $0["line"] as? Int == 21
      })
  }

  @Test func diagnosticsAreCompilerStyleOnStandardError() throws {
    let result = try CLI.run(["variants", "\(sample)/industry/variants.maf"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("variants.maf:9:"))
    #expect(result.stderr.contains(": error: "))
    #expect(!result.stdout.contains("seventy"))
  }

  @Test func strictFailsOnARejectedRecordAfterPrintingEverything() throws {
    let result = try CLI.run(["variants", "--strict", "\(sample)/industry/variants.maf"])
    #expect(result.status == 65)
    #expect(result.stdout.split(separator: "\n").count == 8)  // header + 7 accepted
    #expect(result.stderr.contains("variants.maf:9:"))
  }

  @Test func fileProblemsExit65WithTheirLocation() throws {
    let missing = try CLI.run(["variants", "/nonexistent/file.vcf"])
    #expect(missing.status == 65)
    #expect(missing.stderr.hasPrefix("/nonexistent/file.vcf: error: cannot open file"))
    let directory = try Fixtures.temporaryDirectory()
    let empty = directory.appendingPathComponent("empty.vcf")
    try Data().write(to: empty)
    let emptyRun = try CLI.run(["variants", empty.path])
    #expect(emptyRun.status == 65)
    #expect(emptyRun.stderr.contains("error: the file is empty"))
  }

  @Test func readsStandardInput() throws {
    let maf = try String(contentsOfFile: "\(sample)/industry/variants.maf", encoding: .utf8)
    let result = try CLI.run(["variants", "-"], stdin: maf)
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 8)
    #expect(result.stderr.contains("<stdin>:9:"))
  }

  @Test func badUsageExits64() throws {
    let result = try CLI.run(["variants", "--format", "xml", "x.vcf"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("xml"))
  }
}
