import Foundation
import OncoTestSupport
import Testing

/// `report.covariates` naming clinical attributes: the adjusted Cox model of `describe` against
/// R's `survival::coxph` on the same data.
///
/// `Fixtures/cox-attributes/` is a hand-made cBioPortal study of 40 patients (ARM, a numeric ECOG,
/// a categorical SMOKING, overall survival); `Fixtures/cox-attributes-R/cox-attributes.R` fits
/// `coxph(Surv(days, status) ~ ARM + ECOG + SMOKING, ties = "efron")` and its committed output,
/// `cox-attributes-expected.tsv`, is the reference (R is not run by the test).
@Suite struct CoxAttributeCovariatesTests {
  struct Reference {
    var hr: Double
    var lower: Double
    var upper: Double
    var p: Double
  }

  static func reference() throws -> [String: Reference] {
    let path = Fixtures.local("OncoCohortCLITests", "cox-attributes-R/cox-attributes-expected.tsv")
    var result: [String: Reference] = [:]
    for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
      let numbers = fields.dropFirst().compactMap(Double.init)
      guard fields.count == 6, numbers.count == 5 else { continue }
      result[fields[0]] = Reference(hr: numbers[1], lower: numbers[2], upper: numbers[3], p: numbers[4])
    }
    return result
  }

  @Test func adjustedModelMatchesR() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let imported = try CLI.run(
      [
        "import", Fixtures.local("OncoCohortCLITests", "cox-attributes"), "--source", "cox", "--warehouse",
        "w.sqlite",
      ], directory: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    try
      "version: 1\nname: Cox with clinical attributes\ngroups: {by: ARM}\nreport:\n  covariates: [ECOG, SMOKING]\n"
      .write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
    let document = try DescribeOutput.document(query: "q.yaml", warehouse: "w.sqlite", directory: folder)
    let overall = try DescribeOutput.outcome(document, "Overall survival")
    let adjusted = try #require(overall["hazard_ratios"] as? [[String: Any]]).filter {
      $0["model"] as? String == "adjusted"
    }
    let expected = try Self.reference()
    #expect(expected.count == 4)
    #expect(Set(adjusted.compactMap { $0["term"] as? String }) == Set(expected.keys))
    for row in adjusted {
      let term = try #require(row["term"] as? String)
      let reference = try #require(expected[term])
      for (key, value) in [("hr", reference.hr), ("lower", reference.lower), ("upper", reference.upper)] {
        let found = try #require(row[key] as? Double)
        #expect(abs(found - value) <= 1e-6 * value, "\(term) \(key): \(found) against R's \(value)")
      }
      let p = try #require(row["p"] as? Double)
      #expect(abs(p - reference.p) <= 1e-6, "\(term) p: \(p) against R's \(reference.p)")
    }
  }
}
