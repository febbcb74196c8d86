import OncoTestSupport
import Testing

@testable import OncoOntology

/// Expected counts and edges from Python's xml.etree on the same files (see
/// `Fixtures/reference/claml_reference.txt`).
@Suite struct ClaMLReaderTests {
  static func sample(_ name: String) -> String { Fixtures.shared("claml/\(name)") }

  @Test func readsTheOldKindFormAndTheTitlePrefix() throws {
    let file = try ClaMLReader.read(path: Self.sample("aehrc-fhir-claml_simple-claml.xml"))
    #expect(file.name == "example")
    #expect(file.terms.count == 6)
    #expect(file.warnings.isEmpty)
    let graph = TermGraph(files: [file])
    #expect(graph.term("example:A.2")?.parents == ["example:A"])
    #expect(graph.term("example:A")?.kind == "chapter")
    #expect(graph.term("example:A.1")?.label == "example class")
    #expect(graph.isA("example:A.3", "example:A"))
  }

  @Test func readsModifiersAndModifierClasses() throws {
    let file = try ClaMLReader.read(path: Self.sample("aehrc-fhir-claml_modifiers-test.xml"))
    #expect(file.terms.filter { $0.kind == "modifier" }.count == 2)
    #expect(file.terms.filter { $0.kind == "modifierclass" }.count == 4)
    #expect(file.terms.count == 7 + 2 + 4)
    let graph = TermGraph(files: [file])
    // M2 names no SuperClass; it still belongs to its modifier.
    #expect(graph.term("example:M/M2")?.label == "Modification 2")
    #expect(graph.isA("example:M/M2", "example:M"))
    #expect(graph.isA("example:N/N1", "example:N"))
    #expect(graph.warnings.isEmpty)
  }

  @Test func completesAPolyHierarchyDeclaredOnOneSideOnly() throws {
    let file = try ClaMLReader.read(path: Self.sample("thehyve-python_claml_test.xml"))
    #expect(file.name == "Test_data")
    #expect(file.terms.count == 9)
    let graph = TermGraph(files: [file])
    // ID names only A as SuperClass; B lists ID as a SubClass.
    #expect(graph.term("Test_data:ID")?.parents.sorted() == ["Test_data:A", "Test_data:B"])
    #expect(graph.isA("Test_data:PSEUDO", "Test_data:B"))
    #expect(graph.isA("Test_data:PSEUDO", "Test_data:A"))
    #expect(!graph.isA("Test_data:HEIGHT", "Test_data:A"))
  }

  @Test func prefixDropsPunctuation() {
    #expect(ClaMLReader.prefix(fromTitle: "ICD-10") == "ICD10")
    #expect(ClaMLReader.prefix(fromTitle: "CIM-10 FR") == "CIM10FR")
  }
}
