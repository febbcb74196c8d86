import OncoOntology
import OncoTestSupport
import Testing

/// Expected values from `Fixtures/reference/oncotree_reference.py` (Python's json module);
/// its output is `Fixtures/reference/oncotree_reference.txt`.
@Suite struct OncoTreeReaderTests {
  static let release2021 = Fixtures.shared("oncotree/oncotree_2021_11_02.json")
  static let release2025 = Fixtures.shared("oncotree/oncotree_2025_10_03.json")

  @Test(arguments: [
    (release2021, 885, [1, 32, 232, 337, 139, 123, 21]),
    (release2025, 898, [1, 32, 233, 333, 147, 131, 21]),
  ])
  func countsNodesAndLevels(_ path: String, nodes: Int, levels: [Int]) throws {
    let graph = TermGraph(files: [try OncoTreeReader.readJSON(path: path)])
    #expect(graph.count == nodes)
    var perLevel = [Int](repeating: 0, count: levels.count)
    for index in graph.terms.indices {
      let node = try #require(graph.node(graph.terms[index].id))
      perLevel[graph.depth(of: node)] += 1
    }
    #expect(perLevel == levels)
    let luad = try #require(graph.node("ONCOTREE:LUAD"))
    #expect(
      graph.ancestors(of: luad).map { graph[$0.node].id } == [
        "ONCOTREE:NSCLC", "ONCOTREE:LUNG", "ONCOTREE:TISSUE",
      ])
    #expect(graph[luad].xrefs.contains("NCIT:C3512"))
    #expect(graph[luad].kind == "Non-Small Cell Lung Cancer")
    #expect(graph.warnings.isEmpty)
  }

  @Test func retiredCodeResolvesToItsReplacementWithAWarning() throws {
    let graph = TermGraph(files: [try OncoTreeReader.readJSON(path: Self.release2025)])
    let match = try graph.resolve("GBM")
    #expect(graph[match.node].id == "ONCOTREE:GB")
    #expect(match.kind == .alternativeId)
    #expect(match.warnings.first?.contains("retired") == true)
  }

  @Test func codeRevokedInFavourOfTwoNodesIsAmbiguous() throws {
    // ALL is listed in the revocations of both BLL and TLL.
    let graph = TermGraph(files: [try OncoTreeReader.readJSON(path: Self.release2025)])
    let error = try #require(throws: OntologyError.self) { try graph.resolve("ALL") }
    #expect(error.code == .ambiguousTerm)
    #expect(error.message.contains("ONCOTREE:BLL") && error.message.contains("ONCOTREE:TLL"))
  }

  @Test func readsTheFlatTSV() throws {
    let file = try OncoTreeReader.readTSV(path: Fixtures.shared("oncotree/oncotree_test-tsv.txt"))
    #expect(
      file.terms.map(\.id) == [
        "ONCOTREE:TUMOR", "ONCOTREE:MEL", "ONCOTREE:SKCM", "ONCOTREE:UVM", "ONCOTREE:GBM",
        "ONCOTREE:LGG",
      ])
    let graph = TermGraph(files: [file])
    #expect(graph.isA("ONCOTREE:UVM", "ONCOTREE:TUMOR"))
    #expect(graph.term("ONCOTREE:TUMOR")?.parents == [])
    #expect(
      graph.term("ONCOTREE:UVM")?.xrefs == ["NCIT:C4505", "NCIT:C9305", "UMLS:C0025202", "UMLS:C0042125"])
    #expect(graph.term("ONCOTREE:MEL")?.xrefs == [])
  }

  @Test func formatIsDetectedFromContent() throws {
    #expect(try OntologyLoader.format(of: Self.release2025) == .oncotreeJSON)
    #expect(try OntologyLoader.format(of: Fixtures.shared("oncotree/oncotree_test-tsv.txt")) == .oncotreeTSV)
    #expect(try OntologyLoader.format(of: Fixtures.shared("claml/thehyve-python_claml_test.xml")) == .claml)
    #expect(try OntologyLoader.format(of: Fixtures.shared("sequence-ontology/so.owl")) == .owl)
    let error = try #require(throws: OntologyError.self) {
      try OntologyLoader.format(of: Fixtures.shared("lifelines/lung.csv"))
    }
    #expect(error.code == .unsupportedFormat)
  }
}
