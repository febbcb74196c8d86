import Foundation
import OncoTestSupport
import Testing

/// `oncocohort ontology …` run as a user would, on the shipped folder and on public files.
@Suite struct OntologyCommandTests {
  static let so = Fixtures.shared("sequence-ontology/so.owl")

  func json(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func descendantsAsJSONFollowTheContract() throws {
    let result = try CLI.run(["ontology", "descendants", "NCIT:C2926", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let document = try json(result.stdout)
    #expect(document["schema"] as? String == "oncocohort.ontology/1")
    let term = try #require(document["term"] as? [String: Any])
    #expect(term["id"] as? String == "NCIT:C2926")
    #expect(term["label"] as? String == "Lung Non-Small Cell Carcinoma")
    let descendants = try #require(document["descendants"] as? [[String: Any]])
    #expect(
      descendants.compactMap { $0["id"] as? String } == [
        "NCIT:C2926", "NCIT:C3512", "NCIT:C3493", "NCIT:C4450",
      ])
    #expect(descendants.compactMap { $0["depth"] as? Int } == [0, 1, 1, 1])
  }

  @Test func depthLimitsTheWalk() throws {
    let result = try CLI.run([
      "ontology", "descendants", "protein_altering_variant", "--depth", "1", "--ontology", Self.so,
    ])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first == "0  SO:0001818  protein_altering_variant")
    #expect(lines.contains("1  SO:0001589  frameshift_variant"))
    #expect(!lines.contains { $0.hasPrefix("2  ") })
  }

  @Test func lookupFindsAliasesAndFrenchNames() throws {
    let her2 = try CLI.run(["ontology", "lookup", "HER2"])
    #expect(her2.stdout == "HGNC:3430  ERBB2  (synonym)\n")
    let french = try CLI.run(["ontology", "lookup", "cisplatine", "--format", "json"])
    let matches = try #require(try json(french.stdout)["matches"] as? [[String: Any]])
    #expect(matches.first?["id"] as? String == "ATC:L01XA01")
    #expect(matches.first?["match"] as? String == "synonym")
  }

  @Test func showPrintsParentsAndLocalizedLabels() throws {
    let result = try CLI.run(["ontology", "show", "C34.1", "--format", "json"])
    #expect(result.status == 0)
    let term = try #require(try json(result.stdout)["term"] as? [String: Any])
    #expect(term["id"] as? String == "ICD10:C34.1")
    #expect((term["localized_labels"] as? [String: String])?["fr"] == "Lobe supérieur, bronches ou poumon")
    #expect((term["parents"] as? [[String: Any]])?.first?["id"] as? String == "ICD10:C34")
    #expect(term["definition"] is NSNull)
  }

  @Test func ancestorsOfMissenseReachSequenceVariant() throws {
    let result = try CLI.run([
      "ontology", "ancestors", "SO:0001583", "--ontology", Self.so, "--format", "json",
    ])
    let ancestors = try #require(try json(result.stdout)["ancestors"] as? [[String: Any]])
    #expect(ancestors.contains { $0["id"] as? String == "SO:0001060" })
    #expect(ancestors.first?["id"] as? String == "SO:0001992")
  }

  @Test func unknownTermExitsWithDataErrorAndASuggestion() throws {
    let result = try CLI.run(["ontology", "show", "osimertinb"])
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "error: no loaded term matches 'osimertinb'\n  hint: did you mean 'osimertinib'?\n")
  }

  @Test func obsoleteTermWarnsOnStandardError() throws {
    let result = try CLI.run(["ontology", "show", "BS:00003", "--ontology", Self.so, "--no-ontology-cache"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("SO:0001078"))
    #expect(result.stderr.hasPrefix("warning: BS:00003 is obsolete; using its replacement SO:0001078"))
  }

  @Test func hostileXMLIsADataErrorWithItsLocation() throws {
    let bomb = Fixtures.shared("defusedxml-xml-attacks/xmlbomb.xml")
    let result = try CLI.run(["ontology", "lookup", "x", "--ontology", bomb])
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("\(bomb):2:"))
    #expect(result.stderr.contains("entity declaration 'a' refused"))
  }

  @Test func ontologiesFolderComesFromTheEnvironment() throws {
    let folder = try Fixtures.temporaryDirectory()
    let copy = folder.appendingPathComponent("genes.tsv")
    try "hgnc_id\tsymbol\nHGNC:1\tONLYGENE\n".write(to: copy, atomically: true, encoding: .utf8)
    let result = try CLI.run(
      ["ontology", "lookup", "onlygene"], environment: ["ONCOCOHORT_ONTOLOGIES": folder.path])
    #expect(result.stdout == "HGNC:1  ONLYGENE  (label)\n")
  }

  @Test func negativeDepthIsAUsageError() throws {
    let result = try CLI.run(["ontology", "descendants", "SO:0001060", "--depth", "-1"])
    #expect(result.status == 64)
  }

  @Test func aLargeOntologyIsCachedAndTheCacheGivesTheSameAnswer() throws {
    let folder = try Fixtures.temporaryDirectory().appendingPathComponent("cache").path
    let arguments = ["ontology", "ancestors", "SO:0001583", "--ontology", Self.so, "--format", "json"]
    let cold = try CLI.run(arguments, environment: ["ONCOCOHORT_ONTOLOGY_CACHE": folder])
    let cached = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(cached.count == 1 && cached.first?.hasSuffix(".oncoterms") == true)
    let warm = try CLI.run(arguments + ["--ontology-cache", folder])
    #expect(cold.status == 0 && warm.status == 0)
    #expect(warm.stdout == cold.stdout && warm.stderr == cold.stderr)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == cached)
    // A damaged cache is a warning, then rebuilt.
    try Data("this is not an ontology cache".utf8).write(
      to: URL(fileURLWithPath: folder + "/" + (cached.first ?? "")))
    let damaged = try CLI.run(arguments + ["--ontology-cache", folder])
    #expect(damaged.status == 0 && damaged.stdout == cold.stdout)
    #expect(damaged.stderr.contains("warning: ontology cache ignored (not an ontology cache file)"))
  }
}
