import OncoModel
import OncoQuery
import Testing

@Suite struct ExpressionIssueTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var code: ExpressionIssue.Code
    var line: Int
    var column: Int
    /// A fragment the hint must contain, or `nil` when no hint is required.
    var hint: String?
    var testDescription: String { text.debugDescription }
  }

  // Columns counted by hand: 1-based, in bytes, the end of the text is one past its last byte.
  static let cases: [Case] = [
    Case(text: "KRAS: G12C AND (", code: .unexpectedEnd, line: 1, column: 17, hint: "stops after '('"),
    Case(text: "KRAS: FOO", code: .unknownAlteration, line: 1, column: 7, hint: "';'"),
    Case(text: "KRAS: TRUNK", code: .unknownAlteration, line: 1, column: 7, hint: "did you mean TRUNC?"),
    Case(text: "KRAS: MISENSE", code: .unknownAlteration, line: 1, column: 7, hint: "did you mean MISSENSE?"),
    Case(text: "KRAS:: G12C", code: .unexpectedToken, line: 1, column: 8, hint: "'KRAS: G12C'"),
    Case(text: "KRAS:", code: .unexpectedEnd, line: 1, column: 6, hint: "MUT FUSION AMP HOMDEL"),
    Case(text: "KRAS: G12C )", code: .unexpectedToken, line: 1, column: 12, hint: nil),
    Case(text: "(KRAS OR NRAS", code: .unexpectedEnd, line: 1, column: 14, hint: nil),
    Case(
      text: "KRAS: G12C\n  NRAS: MUTT", code: .unknownAlteration, line: 2, column: 9,
      hint: "did you mean MUT?"),
    Case(
      text: "KRAS: G12C[vaf>=0.05, dept>=100]", code: .unknownAlteration, line: 1, column: 23,
      hint: "did you mean depth?"),
    Case(text: "KRAS: G12C[vaf>=x]", code: .invalidNumber, line: 1, column: 17, hint: nil),
    Case(text: "KRAS: G12C[vaf>=0.05", code: .unexpectedEnd, line: 1, column: 21, hint: nil),
    Case(text: "EGFR: MUT_(750-746)", code: .invalidRange, line: 1, column: 11, hint: "(746-750)"),
    Case(text: "EGFR: MUT_(-)", code: .invalidRange, line: 1, column: 11, hint: nil),
    Case(
      text: "MYC: CNA >= GAINS", code: .unknownAlteration, line: 1, column: 13, hint: "did you mean GAIN?"),
    Case(text: "KRAS: MUT < G12C", code: .unexpectedToken, line: 1, column: 11, hint: nil),
    Case(text: "KRAS: § G12C", code: .invalidCharacter, line: 1, column: 7, hint: nil),
    Case(text: "AND KRAS", code: .unexpectedToken, line: 1, column: 1, hint: nil),
    Case(text: "KRAS NRAS", code: .unexpectedToken, line: 1, column: 6, hint: nil),
    Case(text: "@ egfr", code: .unexpectedToken, line: 1, column: 3, hint: nil),
    Case(text: "TMB >=", code: .unexpectedEnd, line: 1, column: 7, hint: nil),
    Case(text: "", code: .unexpectedEnd, line: 1, column: 1, hint: nil),
    Case(text: "EGFR: MUT_EXON(x)", code: .invalidNumber, line: 1, column: 16, hint: nil),
    Case(
      text: "EGFR: MUT_(746-750)_GERMLNE", code: .unknownAlteration, line: 1, column: 20,
      hint: "did you mean GERMLINE?"),
  ]

  @Test(arguments: cases)
  func firstIssueIsLocated(_ testCase: Case) throws {
    let result = parse(testCase.text)
    #expect(result.expression == nil)
    let issue = try #require(result.issues.first)
    #expect(issue.code == testCase.code)
    #expect(issue.severity == .error)
    #expect(issue.line == testCase.line)
    #expect(issue.column == testCase.column)
    if let hint = testCase.hint {
      #expect(issue.hint?.contains(hint) == true, "hint: \(issue.hint ?? "none")")
    }
  }

  @Test func everyStatementIsReported() {
    let text = "KRAS: FOO; NRAS: G12D; BRAF: MUT_(750-746)\nTP53 AND\nEGFR: EXON19_DEL"
    let result = parse(text)
    #expect(result.expression == nil)
    let places = result.issues.map { "\($0.line):\($0.column):\($0.code)" }
    // FOO at 7 and the range's '(' at 34; NRAS: G12D is fine, and a line break after AND
    // continues the expression, so "TP53 AND EGFR: EXON19_DEL" is one valid statement.
    #expect(places == ["1:7:unknown_alteration", "1:34:invalid_range"])
  }

  @Test func eachLineRecoversOnItsOwn() {
    let result = parse("KRAS: FOO\nNRAS: G12D\nBRAF: V600E )\nTP53 AND")
    #expect(
      result.issues.map { "\($0.line):\($0.column)" } == ["1:7", "3:13", "4:9"])
  }

  @Test func parseOrThrowGivesTheFirstError() {
    #expect(throws: ExpressionIssue.self) { try ExpressionParser().parseOrThrow("KRAS: FOO; NRAS:") }
    do {
      _ = try ExpressionParser().parseOrThrow("KRAS: FOO; NRAS:")
    } catch {
      #expect(error.line == 1 && error.column == 7)
    }
  }

  @Test func diagnosticIsPlacedInTheFile() throws {
    // The expression starts at line 5, column 12 of the query file.
    let first = try #require(parse("KRAS: FOO").issues.first).diagnostic(file: "q.yaml", line: 5, column: 12)
    #expect(first.location == TextLocation(file: "q.yaml", line: 5, column: 18))
    #expect(first.formatted.hasPrefix("q.yaml:5:18: error: unknown alteration 'FOO'"))
    let second = try #require(parse("KRAS\nNRAS: FOO").issues.first).diagnostic(
      file: "q.yaml", line: 5, column: 12)
    #expect(second.location == TextLocation(file: "q.yaml", line: 6, column: 7))
  }

  // The transcript quoted in docs/alteration-language.md, written by hand from the format
  // `location: error: message (expected …, found '…')` then `  hint: …`.
  @Test func documentedTranscript() {
    let texts = ["KRAS: TRUNK", "KRAS: G12C AND (", "KRAS:: G12C"]
    let printed = texts.compactMap { parse($0).issues.first?.description }
    #expect(
      printed == [
        "<expression>:1:7: error: unknown alteration 'TRUNK' (expected MUT, a protein change (G12C),"
          + " a class (MISSENSE, TRUNC, …), AMP, GAIN, HETLOSS, HOMDEL or FUSION, found 'TRUNK')\n"
          + "  hint: did you mean TRUNC?",
        "<expression>:1:17: error: unexpected end of expression (expected a gene (KRAS), a fusion"
          + " (EML4::ALK), a biomarker (TMB >= 10), '@definition', '(' or NOT, found 'end of expression')\n"
          + "  hint: the expression stops after '(': complete it or remove the '('",
        "<expression>:1:8: error: unexpected 'G12C' after 'KRAS::' (expected a 3′ partner right after"
          + " '::' (KRAS::ALK) or an operator, found 'G12C')\n"
          + "  hint: write 'KRAS: G12C' for an alteration of KRAS, or 'KRAS::G12C' for a fusion",
      ])
  }

  /// Deep nesting and very long expressions stop with one issue instead of exhausting the stack.
  @Test(arguments: ["(", "NOT "])
  func tooDeepIsReportedOnce(opener: String) throws {
    let result = parse(String(repeating: opener, count: 100_000) + "KRAS")
    #expect(result.expression == nil)
    #expect(result.issues.count == 1)
    let issue = try #require(result.issues.first)
    #expect(issue.code == .tooComplex)
    // The 201st opener is the first one too many.
    #expect(issue.column == 200 * opener.utf8.count + 1)
  }

  @Test func tooManyOperatorsIsReportedOnce() throws {
    let within = Array(repeating: "KRAS", count: 5_001).joined(separator: "; ")
    let tree = try #require(parse(within).expression)
    // The left-nested tree is 5,000 deep: formatting, equality and hashing recurse through it.
    #expect(parse(tree.description).expression == tree)
    #expect(Set([tree]).contains(tree))
    let beyond = Array(repeating: "KRAS", count: 5_002).joined(separator: " AND ")
    let result = parse(beyond)
    #expect(result.expression == nil)
    #expect(result.issues.map(\.code) == [.tooComplex])
  }
}
