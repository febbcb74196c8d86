import OncoOntology
import OncoTestSupport
import Testing

/// Inputs that `Fuzz/fuzz-owl` found (Fuzz/RESULTS.md), kept so they stay handled.
@Suite struct OWLFuzzRegressionTests {
  /// Two entities that name each other, inside a DOCTYPE: refused at the first declaration
  /// (line 2, after which the parser stops), and the DTD document libxml2 built is freed (the
  /// leak LeakSanitizer reported; seen only under the fuzzer, this test checks the refusal).
  @Test func recursiveEntitiesAreRefused() throws {
    let path = Fixtures.local("OncoOntologyTests", "xml/fuzz-recursive-entities.xml")
    for _ in 0..<100 {
      let error = try #require(throws: OntologyError.self) { try OWLReader.read(path: path) }
      #expect(error.code == .entityRefused)
      #expect(error.line == 2)
    }
    let claml = try #require(throws: OntologyError.self) { try ClaMLReader.read(path: path) }
    #expect(claml.code == .entityRefused)
  }
}
