import OncoOntology
import OncoTestSupport
import Testing

/// The files in `Ontologies/`: they load cleanly and answer the questions cohorts ask.
@Suite struct ShippedOntologiesTests {
  static let folder = Fixtures.packageRoot.appendingPathComponent("Ontologies").path
  static let graph: TermGraph = {
    // A failure here fails every test below with a clear message.
    (try? TermGraph(files: OntologyLoader.read(paths: [folder]))) ?? TermGraph(files: [])
  }()

  @Test func everyShippedFileLoadsWithoutWarnings() throws {
    let files = try OntologyLoader.read(paths: [Self.folder])
    #expect(files.map(\.format).sorted { $0.rawValue < $1.rawValue } == [.claml, .hgncTSV, .owl, .owl, .owl])
    #expect(TermGraph(files: files).warnings.isEmpty)
    #expect(Self.graph.count == 57 + 46 + 135 + 62 + 265)
  }

  /// Every shipped SO term has the label and the parents it has in the full SO release.
  @Test func sequenceOntologySubsetAgreesWithTheFullRelease() throws {
    let full = TermGraph(files: [try OWLReader.read(path: Fixtures.shared("sequence-ontology/so.owl"))])
    let shipped = try OWLReader.read(path: Self.folder + "/so-consequences.owl")
    #expect(shipped.terms.count == 57)
    for term in shipped.terms {
      let reference = try #require(full.term(term.id), "\(term.id) is not in so.owl")
      #expect(term.label == reference.label, "\(term.id)")
      #expect(term.parents == reference.parents, "\(term.id)")
      #expect(!reference.isObsolete, "\(term.id)")
    }
  }

  @Test func proteinAlteringVariantCoversMissenseFrameshiftAndInframe() throws {
    let graph = Self.graph
    for consequence in [
      "missense_variant", "frameshift_variant", "inframe_deletion", "inframe_insertion", "stop_gained",
    ] {
      #expect(
        graph.isA(try graph.resolve(consequence).node, try graph.resolve("protein_altering_variant").node),
        "\(consequence)")
    }
    #expect(!graph.isA("SO:0001819", "SO:0001818"))  // synonymous is not protein-altering
    #expect(try graph.resolve("VEP:missense_variant").node == graph.node("SO:0001583"))
  }

  @Test func nonSmallCellLungCarcinomaCoversItsHistologies() throws {
    let graph = Self.graph
    let nsclc = try graph.resolve("NCIT:C2926").node
    let ids = Set(graph.descendants(of: nsclc).map { graph[$0.node].id })
    #expect(ids == ["NCIT:C2926", "NCIT:C3512", "NCIT:C3493", "NCIT:C4450"])
    #expect(!graph.isA("NCIT:C4917", "NCIT:C2926"))  // small cell is not non-small cell
    #expect(graph.term("NCIT:C3512")?.xrefs == ["ONCOTREE:LUAD"])
    #expect(try graph.resolve("cancer bronchique non a petites cellules").node == nsclc)
  }

  /// The OncoTree codes of the NCIt file name, in OncoTree 2025-10-03, a node whose NCI
  /// cross-reference is that NCIt concept.
  @Test func ncitOncoTreeCrossReferencesAgreeWithOncoTree() throws {
    let oncotree = TermGraph(files: [
      try OncoTreeReader.readJSON(path: Fixtures.shared("oncotree/oncotree_2025_10_03.json"))
    ])
    let ncit = try OWLReader.read(path: Self.folder + "/ncit-neoplasms.owl")
    var checked = 0
    for term in ncit.terms {
      for xref in term.xrefs where xref.hasPrefix("ONCOTREE:") {
        let node = try #require(oncotree.term(xref), "\(xref)")
        #expect(node.xrefs.contains(term.id), "\(xref) ↔ \(term.id)")
        checked += 1
      }
    }
    #expect(checked == 33)
  }

  @Test func drugClassesSelectTheirSubstances() throws {
    let graph = Self.graph
    #expect(
      graph.isA(
        try graph.resolve("osimertinib").node, try graph.resolve("EGFR tyrosine kinase inhibitor").node))
    #expect(graph.isA(try graph.resolve("Tagrisso").node, try graph.resolve("ONCODRUG:EGFR_INHIBITOR").node))
    #expect(graph.isA(try graph.resolve("cetuximab").node, try graph.resolve("ONCODRUG:EGFR_INHIBITOR").node))
    #expect(graph.isA(try graph.resolve("sotorasib").node, try graph.resolve("KRAS G12C inhibitor").node))
    #expect(
      graph.isA(
        try graph.resolve("pembrolizumab").node,
        try graph.resolve("ONCODRUG:IMMUNE_CHECKPOINT_INHIBITOR").node))
    #expect(graph.isA(try graph.resolve("cisplatine").node, try graph.resolve("ATC:L01XA").node))
    #expect(graph.isA(try graph.resolve("docétaxel").node, try graph.resolve("Taxanes").node))
    #expect(
      !graph.isA(try graph.resolve("trastuzumab").node, try graph.resolve("ONCODRUG:EGFR_INHIBITOR").node))
    #expect(graph.isA("ATC:L01ED01", "ONCODRUG:ROS1_INHIBITOR"))  // crizotinib
  }

  @Test func icd10HasFrenchLabelsAndItsBlocks() throws {
    let graph = Self.graph
    let c341 = try #require(graph.term("ICD10:C34.1"))
    #expect(c341.label == "Upper lobe, bronchus or lung")
    #expect(c341.localizedLabels["fr"] == "Lobe supérieur, bronches ou poumon")
    #expect(graph.isA("ICD10:C34.1", "ICD10:C30-C39"))
    #expect(graph.isA("ICD10:C20", "ICD10:II"))
    #expect(try graph.resolve("tumeur maligne du rectum").node == graph.node("ICD10:C20"))
    #expect(try graph.resolve("C50.9").node == graph.node("ICD10:C50.9"))
  }

  @Test(arguments: [("MLL", "KMT2A"), ("HER2", "ERBB2"), ("LKB1", "STK11"), ("kras", "KRAS")])
  func geneSymbolsResolveThroughPreviousSymbolsAndAliases(_ text: String, approved: String) throws {
    let graph = Self.graph
    #expect(graph[try graph.resolve(text).node].label == approved)
  }

  /// ROS1 fusion partners commonly tested (CD74, EZR, SLC34A2, SDC4), with the HGNC ids checked
  /// against NCBI Gene's "Primary source" (CD74 HGNC:1697), GenAtlas (SDC4 10661) and published
  /// HGNC value sets (EZR 12691, SLC34A2 11020); VIL2 is EZR's previous symbol.
  @Test(arguments: [
    ("CD74", "HGNC:1697"), ("EZR", "HGNC:12691"), ("VIL2", "HGNC:12691"), ("SLC34A2", "HGNC:11020"),
    ("SDC4", "HGNC:10661"),
  ])
  func ros1PartnersAreKnownGenes(_ text: String, id: String) throws {
    let graph = Self.graph
    #expect(graph[try graph.resolve(text).node].id == id)
  }
}
