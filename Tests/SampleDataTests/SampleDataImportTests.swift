import Foundation
import GRDB
import OncoTestSupport
import Testing

/// `oncocohort import` of the committed SampleData gives exactly the counts and rejected records
/// that SampleData/README.md documents.
///
/// The expected counts come from the generator's own tally of what it wrote (the lines it printed,
/// quoted in the README), not from the importer: e.g. registry events = 1,684 progressions +
/// 1,382 specimens; hospital samples = 792 tumours + 272 paired normals; hospital events =
/// 934 progressions + 232 last visits of living patients.
@Suite struct SampleDataImportTests {
  struct Counts: Equatable {
    var patients, samples, alterations, treatments, events: Int
  }

  static let expected: [String: Counts] = [
    "registry": Counts(patients: 1382, samples: 1382, alterations: 1724, treatments: 5145, events: 3066),
    "hospital": Counts(patients: 792, samples: 1064, alterations: 1104, treatments: 2884, events: 1166),
    "industry": Counts(patients: 826, samples: 826, alterations: 994, treatments: 3025, events: 1017),
  ]

  /// Each deliberate problem: file name, line, and the start of the stored message.
  static let rejects: [String] = [
    "MedicationStatement.ndjson:22: MedicationStatement status is entered-in-error",
    "HOP-00002-T.vcf.gz:27: POS is not a position",
    "HOP-99999-T.vcf.gz:26: sample 'HOP-99999-T' is not among the samples of source 'hospital'",
    "HOP-99999-T.vcf.gz:27: sample 'HOP-99999-T' is not among the samples of source 'hospital'",
    "samples.csv:828: unknown patient IND-99999",
    "variants.maf:7: t_alt_count is not a whole number",
    "variants.maf:998: sample 'IND-99999-S1' is not among the samples of source 'industry'",
    "data_mutations.txt:1573: sample REG-99999-T1 is not in the clinical sample file",
  ]

  @Test func everySourceImportsWithTheDocumentedCounts() throws {
    let imported = try SampleDataFixture.imported.get()
    #expect(imported.runs.map(\.status) == [0, 0, 0], "\(imported.runs.map(\.stderr))")
    for run in imported.runs {
      let document = try #require(
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
      let source = try #require((document["sources"] as? [[String: Any]])?.first)
      let name = try #require(source["name"] as? String)
      let counts = try #require(source["counts"] as? [String: Int])
      let actual = Counts(
        patients: counts["patients"] ?? -1, samples: counts["samples"] ?? -1,
        alterations: counts["alterations"] ?? -1, treatments: counts["treatments"] ?? -1,
        events: counts["events"] ?? -1)
      #expect(actual == Self.expected[name], "source \(name)")
      for file in source["files"] as? [[String: Any]] ?? [] {
        let read = file["records_read"] as? Int ?? -1
        #expect(read == (file["imported"] as? Int ?? -2) + (file["rejected"] as? Int ?? -2))
      }
    }
  }

  @Test func theDeliberateProblemsAreTheOnlyRejects() throws {
    let rows = try SampleDataFixture.database().read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT f.path, r.line, r.message FROM rejects r JOIN files f ON f.id = r.file_id ORDER BY f.path, r.line"
      )
    }
    let found = rows.map { row -> String in
      let path: String = row[0]
      let line: Int = row[1]
      let message: String = row[2]
      return "\((path as NSString).lastPathComponent):\(line): \(message)"
    }
    #expect(found.count == Self.rejects.count, "\(found)")
    for expected in Self.rejects {
      #expect(found.contains { $0.hasPrefix(expected) }, "missing reject \(expected)")
    }
  }

  @Test func theMisspeltBrandIsListedAsUnmapped() throws {
    let codes = try SampleDataFixture.database().read { db in
      try String.fetchAll(
        db,
        sql:
          "SELECT u.code FROM unmapped_codes u JOIN sources s ON s.id = u.source_id WHERE u.vocabulary = 'drug'"
      )
    }
    #expect(codes == ["Tagriso"])
  }

  /// Every VCF of a declared sample links to a FHIR patient: no sample without patient remains.
  @Test func variantFilesLinkToTheirFHIRPatients() throws {
    let (unlinked, linked) = try SampleDataFixture.database().read { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM samples WHERE patient_key IS NULL") ?? -1,
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(DISTINCT s.id) FROM samples s JOIN alterations a ON a.sample_key = s.id
            JOIN sources so ON so.id = s.source_id WHERE so.name = 'hospital' AND s.sample_id LIKE 'HOP-%-T'
            """) ?? -1
      )
    }
    #expect(unlinked == 0)
    #expect(linked > 500)
  }
}
