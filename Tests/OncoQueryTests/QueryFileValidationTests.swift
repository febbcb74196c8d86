import Foundation
import OncoModel
import OncoOntology
import OncoQuery
import OncoTestSupport
import Testing

@Suite("QueryFileReader: validation with exact positions")
struct QueryFileValidationTests {
  @Test func severalErrorsInOneRunAtTheirPositions() throws {
    let result = QueryFiles.reader.read(path: QueryFiles.fixture("errors.yaml"))
    #expect(result.query == nil)
    #expect(!result.isValid)
    // Positions counted by hand in Fixtures/errors.yaml.
    #expect(
      QueryFiles.places(result) == [
        "3:1 error",  // populaton
        "6:14 error",  // Lung Carcinoma Typo
        "7:36 error",  // max 18 < min 80: at the max value
        "9:13 error",  // KRSA: first character inside the quotes
        "11:5 warning",  // HER2 in the literal block, indented 4
        "13:21 error",  // @unknown_set after 'EGFR: L858R AND '
        "14:12 error",  // min_vaf: 5
        "16:11 error",  // policy: newest
        "18:19 error",  // min_cell_count: -3
        "22:11 error",  // second group named A
        "25:39 error",  // missing ')': the closing quote of 'KRAS: G12C AND (STK11: MUT'
      ])
    let messages = result.diagnostics.map(\.message)
    #expect(messages[0] == "unknown key 'populaton' at the top level")
    #expect(result.diagnostics[0].hint == "did you mean 'population'?")
    #expect(messages[3] == "unknown gene 'KRSA'")
    #expect(result.diagnostics[3].hint == "did you mean 'KRAS'?")
    #expect(messages[4] == "'HER2' is an alias of ERBB2; using ERBB2")
    #expect(messages[5] == "unknown definition '@unknown_set'")
    #expect(result.diagnostics[10].expected == "')' to close the '(' at 25:28")
    #expect(
      result.diagnostics[0].formatted.hasSuffix(
        "errors.yaml:3:1: error: unknown key 'populaton' at the top level\n  hint: did you mean 'population'?"
      ))
  }

  @Test func nestedUnknownKeyGetsDidYouMean() {
    let result = QueryFiles.read("version: 1\nname: x\npopulation:\n  diagnosys: NCIT:C2926\n")
    #expect(QueryFiles.places(result) == ["4:3 error"])
    #expect(result.diagnostics.first?.message == "unknown key 'diagnosys' in 'population'")
    #expect(result.diagnostics.first?.hint == "did you mean 'diagnosis'?")
  }

  @Test func aliasIsNormalisedWithAWarning() throws {
    let result = QueryFiles.read("version: 1\nname: x\nalterations:\n  require: HER2 AMP\n")
    // Without the colon, 'HER2 AMP' is a syntax error: nothing may follow a bare gene.
    #expect(!result.isValid)
    let good = QueryFiles.read("version: 1\nname: x\nalterations:\n  require: \"HER2: AMP\"\n")
    let query = try #require(good.query)
    #expect(QueryFiles.places(good) == ["4:13 warning"])
    #expect(
      query.criteria.first?.kind
        == .requireAlterations(
          .gene(GeneQuery(gene: "ERBB2", alterations: [AlterationAtom(.copyNumber(.equal, .amplification))])))
    )
  }

  @Test func positionsInsideFoldedAndDoubleQuotedValues() {
    let folded = QueryFiles.read(
      """
      version: 1
      name: x
      alterations:
        require: >
          KRAS: G12C AND
            NOT STK1: MUT
      """)
    // Line 6 is '      NOT STK1: MUT': STK1 starts at column 11.
    #expect(QueryFiles.places(folded) == ["6:11 error"])
    #expect(folded.diagnostics.first?.hint == "did you mean 'STK11'?")
    let escaped = QueryFiles.read("version: 1\nname: x\nbiomarkers: \"TMB >= \\t10 AND\"\n")
    // The value 'TMB >= <tab>10 AND' is written with the two-character escape '\t': its end
    // is the closing quote, column 29.
    #expect(QueryFiles.places(escaped) == ["3:29 error"])
  }

  @Test func impossibleRanges() {
    let result = QueryFiles.read(
      """
      version: 1
      name: ranges
      population:
        age_at_diagnosis: {min: -1}
        diagnosed_between: {from: 2021-01-01, to: 2020-12-31}
      samples:
        window: {from: 30, to: -90}
      report:
        min_cell_count: 0
        rmst_horizon: -5
      """)
    #expect(
      QueryFiles.places(result) == ["4:27 error", "5:45 error", "7:26 error", "9:19 error", "10:17 error"])
    let dates = QueryFiles.read("version: 1\nname: d\npopulation:\n  diagnosed_between: {from: 2021-02-30}\n")
    #expect(dates.errorMessages == ["'population.diagnosed_between.from' is not a valid date"])
  }

  @Test func identicalGroupExpressionsAndRepeatedNames() {
    let result = QueryFiles.read(
      """
      version: 1
      name: groups
      groups:
        - {name: one, where: "KRAS: G12C"}
        - {name: two, where: "KRAS: G12D"}
      """)
    #expect(result.isValid)
    let same = QueryFiles.read(
      """
      version: 1
      name: groups
      groups:
        - {name: one, where: "KRAS: G12C"}
        - {name: two, where: "KRAS:   G12C"}
      """)
    // Identical once parsed: spacing does not matter. At the second 'where' value.
    #expect(QueryFiles.places(same) == ["5:24 error"])
    let allowed = QueryFiles.read(
      "version: 1\nname: g\ngroups:\n  overlap: allowed\n  list:\n    - {name: one, where: TP53}\n    - {name: two, where: TP53}\n"
    )
    #expect(QueryFiles.places(allowed) == ["7:26 warning"])
    #expect(allowed.isValid)
  }

  @Test func definitionCycleAndIncludeCycle() {
    let cycle = QueryFiles.read(
      """
      version: 1
      name: cycle
      definitions:
        a: "@b OR KRAS"
        b: "TP53: MUT AND @a"
      alterations:
        require: "@a"
      """)
    #expect(QueryFiles.places(cycle) == ["5:21 error"])
    #expect(cycle.errorMessages == ["definition 'a' refers to itself: @a → @b → @a"])
    let include = QueryFiles.reader.read(path: QueryFiles.fixture("include-cycle.yaml"))
    #expect(include.errorMessages == ["'cycle-a.yaml' includes itself (include cycle)"])
    #expect(include.diagnostics.first?.location.file.hasSuffix("cycle/cycle-b.yaml") == true)
    #expect(include.diagnostics.first.map { "\($0.location.line ?? 0):\($0.location.column ?? 0)" } == "2:10")
  }

  @Test func unknownAndObsoleteConcepts() throws {
    let unknown = QueryFiles.read(
      "version: 1\nname: x\npopulation:\n  diagnosis: [NCIT:C2926, Lung Adenocarcinoma, KRAS]\n")
    // KRAS is a gene (HGNC), not a diagnosis; column of 'KRAS' inside the flow list.
    #expect(QueryFiles.places(unknown) == ["4:48 error"])
    let graph = TermGraph(files: [try OntologyLoader.read(path: QueryFiles.fixture("obsolete.owl"))])
    let reader = QueryFileReader(ontology: graph)
    let result = reader.read(
      text: "version: 1\nname: x\npopulation:\n  diagnosis: MONDO:0000002\n", path: "q.yaml")
    #expect(QueryFiles.places(result) == ["4:14 warning"])
    #expect(result.diagnostics.first?.message.contains("obsolete") == true)
    #expect(result.query?.criteria.first?.kind == .diagnosis(concepts: ["MONDO:0000001"]))
  }

  @Test func yamlSyntaxErrorHasItsPosition() {
    let result = QueryFiles.read("version: 1\nname: x\nalterations:\n\trequire: KRAS\n")
    #expect(result.query == nil)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.location.line == 4)
    #expect(result.diagnostics.first?.hint == "YAML indents with spaces, not tabs")
    let duplicate = QueryFiles.read("version: 1\nname: x\nname: y\n")
    #expect(duplicate.errorMessages == ["key 'name' appears twice in one mapping"])
  }

  @Test(arguments: [
    "", "\u{0}", "[", "{{{{", "- - - -", "version: [1", ":", "&a [*a]", "version: 1\nname: *x\n",
    String(repeating: "[", count: 100_000),
    (0..<300).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n"),
    "version: 1\nname: x\nalterations: {require: [\"KRAS: (\", 3, {a: b}]}\n",
    "version: 1\nname: x\ngroups: {list: [[], {name: [], where: {}}]}\noutcomes: [{}, 3, []]\n",
    "version: 1\nname: x\nreport: {landmarks: {a: 1}, rmst_horizon: [], min_cell_count: 1e99}\n",
  ])
  func garbageNeverCrashes(text: String) {
    let result = QueryFiles.read(text)
    // A file is either valid or explained: never rejected without an error.
    #expect(result.query == nil || result.isValid)
    #expect(result.query != nil || !result.errorMessages.isEmpty)
  }

  @Test func seededRandomFilesNeverCrash() {
    let pieces = [
      "version: 1\n", "name: x\n", "population:\n", "  diagnosis: ", "[", "]", "{", "}", "\"", "'",
      "KRAS: G12C", " AND ", "@a", "- ", ":", "\n", "  ", "\t", "#", "&x ", "*x", "|\n", ">\n", "é",
      "groups:\n",
    ]
    var generator = SeededGenerator(seed: 42)
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<Int(generator.next() % 40) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
      let result = QueryFiles.read(text)
      #expect(result.query != nil || !result.errorMessages.isEmpty, "\(text)")
    }
  }
}

extension QueryFileValidationTests {
  @Test func unknownBiomarkerIsAWarning() throws {
    let result = QueryFiles.read("version: 1\nname: b\nbiomarkers: [\"TBM >= 10\", \"MSI = MSI-H\"]\n")
    // `biomarkers: [` is 13 characters; the quote is column 14, TBM column 15.
    #expect(QueryFiles.places(result) == ["3:15 warning"])
    #expect(result.diagnostics.first?.hint == "did you mean 'TMB'?")
    let query = try #require(result.query)
    #expect(query.criteria.map(\.label) == ["biomarker: TBM >= 10", "biomarker: MSI = MSI-H"])
  }
}

extension QueryFileValidationTests {
  /// Random expressions in every YAML scalar style: positions are always inside the file.
  @Test func randomExpressionsGetPositionsInsideTheFile() {
    let alphabet = Array("KRAS: G12C()[]@;\\\"'tn AND OR NOT EGFR::ALK >= 10 é\t-_*#")
    var generator = SeededGenerator(seed: 7)
    for round in 0..<400 {
      var expression = ""
      for _ in 0..<Int(generator.next() % 30) {
        expression.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
      }
      let value: String
      switch round % 4 {
      case 0: value = "\"" + expression.replacingOccurrences(of: "\n", with: " ") + "\""
      case 1: value = "'" + expression.replacingOccurrences(of: "'", with: "''") + "'"
      case 2: value = "|\n    " + expression
      default: value = ">\n    " + expression
      }
      let text = "version: 1\nname: r\nalterations:\n  require: \(value)\n"
      let result = QueryFiles.read(text)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      for diagnostic in result.diagnostics {
        let line = diagnostic.location.line ?? 1
        #expect((1...lines.count).contains(line), "\(text)")
        #expect((diagnostic.location.column ?? 1) >= 1, "\(text)")
      }
    }
  }
}

extension QueryFileValidationTests {
  @Test func columnsCountBytesAfterAccentedLetters() {
    let result = QueryFiles.read("version: 1\nname: x\ngroups:\n  - {name: Été, where: KRSA}\n")
    // '  - {name: ' is 11 bytes, 'Été' 5 bytes (É and é take two each), ', where: ' 9 more: 26.
    #expect(QueryFiles.places(result) == ["4:26 error"])
  }

  @Test func problemsOfAnIncludedFileAreLocatedInIt() throws {
    let folder = try Fixtures.temporaryDirectory()
    let shared = folder.appendingPathComponent("shared.yaml")
    try "version: 1\ndefinitions:\n  bad: \"KRAS: G12C AND\"\n  typo: \"TP53: MUT\"\n  extra: 3\nname: x\n"
      .write(to: shared, atomically: true, encoding: .utf8)
    let main = folder.appendingPathComponent("main.yaml")
    try "version: 1\nname: m\ninclude: shared.yaml\nalterations:\n  require: \"@typo OR @bda\"\n"
      .write(to: main, atomically: true, encoding: .utf8)
    let result = QueryFiles.reader.read(path: main.path)
    let described = result.diagnostics.map {
      "\(($0.location.file as NSString).lastPathComponent):\($0.location.line ?? 0):\($0.location.column ?? 0)"
    }
    // main.yaml: '@bda' after '  require: "@typo OR ' (21 bytes) at column 22; did you mean '@bad'.
    // shared.yaml: the expression ends at its closing quote (line 3, column 23); 'extra: 3' is
    // not an expression (line 5, column 10); 'name' is not allowed in an included file (6:1).
    #expect(described == ["main.yaml:5:22", "shared.yaml:3:23", "shared.yaml:5:10", "shared.yaml:6:1"])
    #expect(result.diagnostics.first?.hint == "did you mean '@bad'?")
  }
}
