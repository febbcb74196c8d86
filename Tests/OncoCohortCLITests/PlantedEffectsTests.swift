import Foundation
import OncoTestSupport
import Testing

/// The effects SampleData/README.md says the generator planted, found by the real pipeline:
/// import (``ExampleQueryWarehouse``), the example query files, `oncocohort describe`.
///
/// Each assertion is that the 95% interval the tool reports contains the planted value, so the
/// test checks the whole chain (formats, harmonisation, engine, outcomes, survival) rather than
/// one number it happens to print.
@Suite(.serialized) struct PlantedEffectsTests {
  func describe(_ query: String) throws -> [String: Any] {
    let warehouse = try ExampleQueryWarehouse.imported.get()
    let path = ExampleQueriesTests.folder.appendingPathComponent(query).path
    let result = try CLI.run(
      ["describe", path, "--warehouse", warehouse, "--format", "json", "--min-cell-count", "1"])
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  func outcome(_ document: [String: Any], _ name: String) throws -> [String: Any] {
    // `describe` keys its outcomes by name (DESIGN.md's contract).
    let outcomes = try #require(document["outcomes"] as? [String: Any])
    return try #require(outcomes[name] as? [String: Any], "no outcome \(name)")
  }

  /// Planted: an STK11 mutation multiplies the hazard of death by 1.8 in KRAS G12C NSCLC.
  ///
  /// Query 01's first group is "STK11 co-mutated", the Cox reference; "neither" (no STK11, no
  /// KEAP1) has HR = 1/1.8 ≈ 0.56 against it, so 1.8 must lie in [1/upper, 1/lower].
  @Test func stk11CoMutationHazardRatio() throws {
    let os = try outcome(try describe("01-kras-g12c-nsclc-comutations.yaml"), "overall_survival")
    let ratios = try #require(os["hazard_ratios"] as? [[String: Any]])
    let neither = try #require(
      ratios.first { $0["term"] as? String == "group: neither" && $0["model"] as? String == "univariable" })
    let lower = try #require(neither["lower"] as? Double)
    let upper = try #require(neither["upper"] as? Double)
    #expect(1 / upper <= 1.8 && 1.8 <= 1 / lower, "STK11 HR interval \(1 / upper)–\(1 / lower)")
  }

  /// Planted: MET exon 14 OS from diagnosis has a median of 16 months (487 days).
  ///
  /// Sequencing comes after diagnosis (exponential survival). The left-truncated median's interval must contain it,
  /// and ignoring delayed entry must give a longer median (the bias the query demonstrates).
  @Test func delayedEntryRemovesTheImmortalTimeBias() throws {
    let document = try describe("05-met-exon14-delayed-entry.yaml")
    func median(_ name: String) throws -> [String: Any] {
      let groups = try #require(try outcome(document, name)["groups"] as? [[String: Any]])
      return try #require(groups.first?["median"] as? [String: Any])
    }
    let truncated = try median("os_delayed_entry")
    let naive = try median("os_naive")
    let lower = try #require(truncated["lower"] as? Double)
    let upper = try #require(truncated["upper"] as? Double)
    #expect(lower <= 487 && 487 <= upper, "left-truncated median interval \(lower)–\(upper)")
    #expect(try #require(naive["value"] as? Double) > (try #require(truncated["value"] as? Double)))
  }
}
