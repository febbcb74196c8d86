import OncoOntology
import Testing

@Suite struct TermGraphTests {
  /// A small diamond: D is_a B, D is_a C, B is_a A, C is_a A; E is_a D; X stands alone.
  static let diamond = TermGraph(files: [
    OntologyFile(
      path: "diamond.owl", format: .owl,
      terms: [
        Term(id: "T:A", label: "Néoplasme"),
        Term(id: "T:B", label: "Carcinoma", parents: ["T:A"]),
        Term(id: "T:C", label: "Lung tumour", synonyms: [Synonym("tumeur du poumon")], parents: ["T:A"]),
        Term(id: "T:D", label: "Lung carcinoma", parents: ["T:B", "T:C"]),
        Term(id: "T:E", label: "Lung adenocarcinoma", parents: ["T:D"]),
        Term(id: "T:OLD", label: "old lung carcinoma", isObsolete: true, replacedBy: ["T:D"]),
        Term(id: "T:X", label: "Unrelated"),
      ])
  ])

  @Test func closureIsReflexiveTransitiveAndFollowsEveryParent() throws {
    let graph = Self.diamond
    #expect(graph.isA("T:E", "T:A"))
    #expect(graph.isA("T:E", "T:B") && graph.isA("T:E", "T:C"))
    #expect(graph.isA("T:D", "T:D"))
    #expect(!graph.isA("T:A", "T:E"))
    #expect(!graph.isA("T:X", "T:A"))
    #expect(!graph.isA("T:NOPE", "T:A"))
    let a = try #require(graph.node("T:A"))
    #expect(graph.descendants(of: a).map { graph[$0.node].id } == ["T:A", "T:B", "T:C", "T:D", "T:E"])
    #expect(graph.descendants(of: a).map(\.depth) == [0, 1, 1, 2, 3])
    #expect(graph.descendants(of: a, maxDepth: 1).count == 3)
    let e = try #require(graph.node("T:E"))
    #expect(graph.ancestors(of: e).map { graph[$0.node].id } == ["T:D", "T:B", "T:C", "T:A"])
    #expect(graph.depth(of: e) == 3)
    #expect(graph.roots.map { graph[$0].id } == ["T:A", "T:OLD", "T:X"])
  }

  /// isA agrees with a naive walk up the parents on every pair of a seeded random DAG.
  @Test func closureMatchesANaiveWalkOnARandomDAG() throws {
    var state: UInt64 = 7
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var terms: [Term] = []
    for index in 0..<120 {
      let parents = index == 0 ? [] : (0..<(1 + next(3))).map { _ in "R:\(next(index))" }
      terms.append(Term(id: "R:\(index)", parents: parents))
    }
    let graph = TermGraph(files: [OntologyFile(path: "random", format: .owl, terms: terms)])
    func naive(_ term: Int, _ ancestor: Int) -> Bool {
      if term == ancestor { return true }
      return terms[term].parents.contains { naive(Int($0.dropFirst(2))!, ancestor) }
    }
    for a in 0..<120 {
      for b in 0..<120 { #expect(graph.isA("R:\(a)", "R:\(b)") == naive(a, b)) }
    }
    #expect(graph.warnings.isEmpty)
  }

  @Test func lookupIgnoresCaseAccentsAndSpacing() throws {
    let graph = Self.diamond
    #expect(try graph.resolve("neoplasme").node == graph.node("T:A"))
    #expect(try graph.resolve("  LUNG   Carcinoma ").node == graph.node("T:D"))
    #expect(try graph.resolve("Tumeur du Poumon").kind == .synonym)
    #expect(try graph.resolve("T:E").kind == .id)
    #expect(try graph.resolve("E").kind == .code)
  }

  @Test func nearMissGetsADidYouMean() throws {
    let error = try #require(throws: OntologyError.self) { try Self.diamond.resolve("lung adenocarcinom") }
    #expect(error.code == .unknownTerm)
    #expect(error.hint == "did you mean 'Lung adenocarcinoma'?")
  }

  @Test func obsoleteTermResolvesToItsReplacement() throws {
    let match = try Self.diamond.resolve("T:OLD")
    #expect(Self.diamond[match.node].id == "T:D")
    #expect(
      match.warnings == ["T:OLD 'old lung carcinoma' is obsolete; using its replacement T:D 'Lung carcinoma'"]
    )
  }

  @Test func sameLabelInTwoOntologiesIsAmbiguous() throws {
    let graph = TermGraph(files: [
      OntologyFile(path: "a", format: .owl, terms: [Term(id: "A:1", label: "Melanoma")]),
      OntologyFile(path: "b", format: .owl, terms: [Term(id: "B:1", label: "melanoma")]),
    ])
    let error = try #require(throws: OntologyError.self) { try graph.resolve("Melanoma") }
    #expect(error.code == .ambiguousTerm)
    #expect(graph.search("melanoma").count == 2)
  }

  @Test func cyclesUnknownParentsAndDuplicatesAreWarningsNotCrashes() throws {
    let graph = TermGraph(files: [
      OntologyFile(
        path: "bad.owl", format: .owl,
        terms: [
          Term(id: "C:1", parents: ["C:3"]), Term(id: "C:2", parents: ["C:1"]),
          Term(id: "C:3", parents: ["C:2"]), Term(id: "C:4", parents: ["C:1", "C:404"]),
          Term(id: "C:1", label: "duplicate"),
        ])
    ])
    #expect(graph.count == 4)
    #expect(graph.warnings.count == 3)
    #expect(graph.warnings.contains { $0.message.contains("cycle") })
    #expect(graph.warnings.contains { $0.message.contains("C:4 → C:404") })
    #expect(graph.warnings.contains { $0.message.contains("already loaded") })
    #expect(graph.isA("C:4", "C:1"))
  }
}
