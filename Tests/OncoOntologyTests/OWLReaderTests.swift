import OncoOntology
import OncoTestSupport
import Testing

/// Expected values come from `Fixtures/reference/so_reference.py` (Python's xml.etree, an
/// independent reader); its output is `Fixtures/reference/so_reference.txt`.
@Suite struct OWLReaderTests {
  static let soPath = Fixtures.shared("sequence-ontology/so.owl")

  @Test func countsClassesDeprecatedAndUnlabelledInTheFullSequenceOntology() throws {
    let file = try OWLReader.read(path: Self.soPath)
    #expect(file.terms.count == 2747)
    #expect(file.terms.filter(\.isObsolete).count == 343)
    #expect(file.terms.filter { $0.label == nil }.count == 132)
    #expect(file.terms.filter { $0.parents.count > 1 }.count == 106)
    #expect(file.terms.filter { !$0.replacedBy.isEmpty && $0.isObsolete }.count == 193)
    #expect(file.version?.contains("2024-11-18") == true)
  }

  @Test func readsMissenseVariantWithSynonymsAlternativeIdsAndItsParentChain() throws {
    let graph = TermGraph(files: [try OWLReader.read(path: Self.soPath)])
    let missense = try #require(graph.term("SO:0001583"))
    #expect(missense.label == "missense_variant")
    #expect(missense.parents == ["SO:0001992"])
    #expect(missense.synonyms.contains(Synonym("VEP:missense_variant")))
    #expect(missense.synonyms.contains(Synonym("ANNOVAR:nonsynonymous SNV", scope: .related)))
    #expect(missense.alternativeIds == ["SO:0001584", "SO:0001783"])
    let chain = [
      "SO:0001992", "SO:0001650", "SO:0001818", "SO:0001580", "SO:0001791", "SO:0001576",
      "SO:0001564", "SO:0001878", "SO:0001537", "SO:0001060",
    ]
    for ancestor in chain { #expect(graph.isA("SO:0001583", ancestor), "missense is_a \(ancestor)") }
    #expect(!graph.isA("SO:0001060", "SO:0001583"))
    #expect(try graph.resolve("SO:0001584").node == graph.node("SO:0001583"))
    #expect(try graph.resolve("VEP:missense_variant").node == graph.node("SO:0001583"))
  }

  @Test func obsoleteTermResolvesToItsReplacementWithAWarning() throws {
    let graph = TermGraph(files: [try OWLReader.read(path: Self.soPath)])
    let match = try graph.resolve("BS:00003")
    #expect(graph[match.node].id == "SO:0001078")
    #expect(match.warnings.count == 1)
    #expect(match.warnings[0].contains("obsolete"))
  }

  @Test func skipsRestrictionsAndReadsRdfIDAndNCItProperties() throws {
    let file = try OWLReader.read(path: Fixtures.local("OncoOntologyTests", "xml/ncit-style.owl"))
    let byId = Dictionary(uniqueKeysWithValues: file.terms.map { ($0.id, $0) })
    let nsclc = try #require(byId["NCIT:C2926"])
    #expect(nsclc.label == "Lung Non-Small Cell Carcinoma")
    #expect(nsclc.parents == ["NCIT:C4878"])
    #expect(nsclc.synonyms.map(\.text) == ["Non Small Cell Lung Cancer", "NSCLC"])
    #expect(nsclc.definition == "A group of at least three distinct histological types.")
    #expect(nsclc.xrefs == ["UMLS:C0007131"])
    let local = try #require(byId["NCIT:C4878"])
    #expect(local.localizedLabels["fr"] == "carcinome du poumon")
    #expect(local.label == "Lung Carcinoma & friends")
    #expect(byId.count == 2)
  }
}
