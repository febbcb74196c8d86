import OncoFormats
import OncoModel
import OncoQuery
import OncoTestSupport
import OncoWarehouse
import Testing

/// Queries over the public cBioPortal test study, imported through the real importer.
///
/// Expected counts come from `Reference/cbioportal_es0_expected.py`, which reads the study's
/// files directly (its output is `Reference/cbioportal_es0_expected.txt`).
@Suite struct CBioPortalStudyTests {
  static let folder = Fixtures.shared("cbioportal-study_es_0")

  func warehouse() throws -> TestWarehouse {
    let warehouse = try Warehouse.inMemory()
    _ = try WarehouseImporter(warehouse: warehouse).importSource(
      SourceInfo(name: "es0"), paths: [Self.folder], reader: CBioPortalStudyReader(folder: Self.folder))
    return TestWarehouse(wrapping: warehouse)
  }

  @Test func splitsMatchTheStudyFiles() throws {
    let study = try warehouse()
    let expected: [(String, Int, Int, Int)] = [
      ("BRCA2: MUT", 12, 827, 2), ("TP53: MUT", 1, 838, 2), ("ATM: TRUNC", 1, 838, 2),
      ("FGFR3: MUT", 0, 831, 10),
    ]
    for (text, altered, notAltered, notAssessed) in expected {
      let split = try study.split(text)
      #expect(split.altered.count == altered, "\(text)")
      #expect(split.notAltered.count == notAltered, "\(text)")
      #expect(split.notAssessed.count == notAssessed, "\(text)")
    }
  }

  @Test func attritionOfATwoStepQuery() throws {
    let study = try warehouse()
    let query = CohortQuery(
      name: "BRCA2 without TP53",
      criteria: [
        CohortCriterion(
          kind: .requireAlterations(try ExpressionParser().parseOrThrow("BRCA2: MUT")), label: "BRCA2"),
        CohortCriterion(
          kind: .excludeAlterations(try ExpressionParser().parseOrThrow("TP53: MUT")), label: "no TP53"),
      ])
    let cohort = try CohortBuilder(warehouse: study.warehouse).build(query)
    #expect(cohort.attrition.map(\.remaining) == [841, 12, cohort.patients.count])
    #expect(cohort.attrition[1].excluded == 829 && cohort.attrition[1].notAssessed == 2)
    #expect(cohort.patients.allSatisfy { $0.source == "es0" && !$0.sampleIDs.isEmpty })
  }
}
