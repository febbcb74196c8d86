import OncoQuery
import OncoTestSupport
import Testing

@Suite struct ExpressionFormattingTests {
  static let canonical: [(String, String)] = [
    ("KRAS:G12C  amp", "KRAS: G12C AMP"),
    ("KRAS: MUT = G12C", "KRAS: G12C"),
    ("KRAS; NRAS\nHRAS", "KRAS OR NRAS OR HRAS"),
    ("EGFR: (746-750*)", "EGFR: MUT_(746-750*)"),
    ("BRCA2: GERMLINE", "BRCA2: MUT_GERMLINE"),
    ("MYC: CNA = AMP", "MYC: AMP"),
    ("A OR (B AND C)", "A OR B AND C"),
    ("(A OR B) AND NOT (C AND D)", "(A OR B) AND NOT (C AND D)"),
    ("A AND (B AND C)", "A AND (B AND C)"),
    ("((A))", "A"),
    ("KRAS: G12C[ vaf >= 0.050 ,depth>=100 ]", "KRAS: G12C[vaf>=0.05, depth>=100]"),
    ("TMB>=10.0", "TMB >= 10"),
    ("not a", "NOT a"),
  ]

  @Test(arguments: canonical)
  func canonicalForm(text: String, expected: String) throws {
    #expect(try ExpressionParser().parseOrThrow(text).description == expected)
  }

  /// Every example of the parser tests formats to a text that parses back to the same tree.
  @Test func formatIsStableOnEveryExample() throws {
    let examples =
      ExpressionParserTests.oqlForms + ExpressionParserTests.extensions
      + ExpressionParserTests.precedence
    for (text, _) in examples + Self.canonical.map({ ($0.0, gene("unused")) }) {
      let first = try #require(parse(text).expression, "\(text)")
      let formatted = first.description
      let again = try #require(parse(formatted).expression, "\(formatted)")
      #expect(again == first, "\(text) → \(formatted)")
      #expect(again.description == formatted)
    }
  }

  /// parse(format(tree)) == tree over seeded random trees.
  @Test(arguments: 1...8)
  func parseInvertsFormat(seed: UInt64) throws {
    var generator = ExpressionGenerator(seed: seed)
    for _ in 0..<250 {
      let tree = generator.expression(depth: 4)
      let text = tree.description
      let result = parse(text)
      #expect(result.expression == tree, "\(text)\n\(result.issues)")
      #expect(result.issues.allSatisfy { $0.code == .noExpressionData }, "\(text)")
    }
  }

  /// Random bytes and damaged examples never crash; errors are located inside the text, and
  /// whatever parses also survives formatting.
  @Test(arguments: 1...4)
  func garbageNeverCrashes(seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let alphabet = Array("KRASG12CMUTAMP_:;()[]@,-=!<>*. \n#§vafdepth0159ANDORNOT")
    let examples = ExpressionParserTests.oqlForms.map(\.0) + ExpressionParserTests.extensions.map(\.0)
    for round in 0..<1_500 {
      var text: String
      if round % 2 == 0 {
        text = String((0..<random.below(40)).map { _ in alphabet[random.below(alphabet.count)] })
      } else {
        var characters = Array(examples[random.below(examples.count)])
        for _ in 0...random.below(3) where !characters.isEmpty {
          let index = random.below(characters.count)
          if random.below(2) == 0 {
            characters.remove(at: index)
          } else {
            characters.insert(alphabet[random.below(alphabet.count)], at: index)
          }
        }
        text = String(characters)
      }
      let result = parse(text)
      // Split bytes, not Characters: "\r\n" is one Character but two bytes on one line.
      let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      for issue in result.issues {
        #expect(issue.line >= 1 && issue.line <= lines.count, "\(text.debugDescription)")
        if issue.line >= 1, issue.line <= lines.count {
          #expect(
            issue.column >= 1 && issue.column <= lines[issue.line - 1].count + 1,
            "\(text.debugDescription) \(issue)")
        }
      }
      if let expression = result.expression {
        #expect(parse(expression.description).expression == expression, "\(text.debugDescription)")
      } else {
        #expect(result.issues.contains { $0.severity == .error })
      }
    }
  }
}
