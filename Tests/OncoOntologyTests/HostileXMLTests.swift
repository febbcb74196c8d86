import OncoOntology
import OncoTestSupport
import Testing

/// The defusedxml attack files and hand-made malformed files.
///
/// The attack files are in ../shared/data/defusedxml-xml-attacks; every entity declaration in
/// them is on line 2 (`grep -n '<!ENTITY'`). The malformed files are under Fixtures/xml.
@Suite struct HostileXMLTests {
  static func attack(_ name: String) -> String {
    Fixtures.shared("defusedxml-xml-attacks/\(name)")
  }

  @Test(arguments: [
    "xmlbomb.xml", "xmlbomb2.xml", "quadratic.xml", "cyclic.xml", "external.xml",
    "external_file.xml",
  ])
  func entityDeclarationsAreRefusedAtTheirLine(_ name: String) throws {
    let clock = ContinuousClock()
    let start = clock.now
    let error = try #require(throws: OntologyError.self) { try OWLReader.read(path: Self.attack(name)) }
    #expect(clock.now - start < .seconds(1))
    #expect(error.code == .entityRefused)
    #expect(error.line == 2)
    #expect(error.column != nil)
    #expect(error.file == Self.attack(name))
    #expect(error.description.contains("\(Self.attack(name)):2:"))
    #expect(error.hint?.contains("XXE") == true)
  }

  @Test(arguments: ["dtd.xml", "dtd_element.xml", "simple.xml", "simple-ns.xml"])
  func benignDocumentsAndExternalDTDsParseWithoutFetching(_ name: String) throws {
    // dtd.xml names a remote XHTML DTD: without network access a fetch would fail or hang.
    let file = try OWLReader.read(path: Self.attack(name))
    #expect(file.terms.isEmpty)
  }

  @Test func remoteDTDInAClaMLFileIsNotFetched() throws {
    let file = try ClaMLReader.read(path: Fixtures.shared("claml/aehrc-fhir-claml_simple-claml.xml"))
    #expect(!file.terms.isEmpty)
  }

  /// Expected positions worked out from the fixture text: the end tag `</owl:Class>` on line 7
  /// meets the `<rdfs:label>` opened on line 6; the truncated file's last line is 4, where
  /// libxml2's push parser reports the document as unfinished ("Extra content at the end").
  @Test(arguments: [
    ("unclosed-tag.owl", 7, "mismatch"),
    ("truncated.owl", 4, "end of the document"),
    ("latin1-declared-utf8.owl", 3, "UTF-8"),
    ("utf16-declared-ascii.owl", 1, "UTF-16"),
    ("unknown-encoding.owl", 1, "encoding"),
  ])
  func malformedXMLGivesLibxml2sLocation(_ name: String, line: Int, words: String) throws {
    let path = Fixtures.local("OncoOntologyTests", "xml/\(name)")
    let error = try #require(throws: OntologyError.self) { try OWLReader.read(path: path) }
    #expect(error.code == .malformedXML)
    #expect(error.line == line, "\(error)")
    #expect(error.message.contains(words), "\(error)")
    #expect(!error.message.contains("\n"))
  }

  /// The first byte that is not UTF-8 (0xE9, a Latin-1 'é') is column 13 of line 3.
  @Test func invalidUTF8IsReportedAtItsByte() throws {
    let path = Fixtures.local("OncoOntologyTests", "xml/latin1-declared-utf8.owl")
    let error = try #require(throws: OntologyError.self) { try OWLReader.read(path: path) }
    #expect(error.line == 3)
    #expect(error.column == 13)
    #expect(error.message.hasPrefix("Input is not proper UTF-8"))
  }

  @Test func missingFileIsFileNotFound() throws {
    let error = try #require(throws: OntologyError.self) {
      try OWLReader.read(path: "/nonexistent/so.owl")
    }
    #expect(error.code == .fileNotFound)
  }
}
