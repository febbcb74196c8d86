/// Parses alteration expressions: OQL gene statements, `AND`/`OR`/`NOT`, parentheses.
///
/// Precedence from loosest: `;` / line break / `OR`, then `AND`, then `NOT`. A statement that
/// does not parse is reported and skipped up to the next `;` or line break outside
/// parentheses, so one run reports the problems of every statement.
public struct ExpressionParser: Sendable {
  /// What parsing an expression gave.
  public struct Result: Sendable, Hashable {
    /// The tree, or `nil` when an error (not a warning) was found.
    public var expression: AlterationExpression?
    /// Every problem found, in text order.
    public var issues: [ExpressionIssue]
  }

  /// Creates a parser.
  public init() {}

  /// Parses `text`, reporting every problem it can find rather than only the first.
  ///
  /// `EXP`/`PROT` atoms parse but add a `no_expression_data` error, since no expression data
  /// can be stored; the tree is then returned along with the issue.
  /// - Returns: the tree when no syntax error was found, and all issues.
  public func parse(_ text: String) -> Result {
    let (tokens, lexIssues) = ExpressionLexer.tokenize(text)
    var state = ParserState(tokens: tokens)
    var parts: [AlterationExpression] = []
    var syntaxFailed = !lexIssues.isEmpty
    state.skipSeparators()
    while state.current.kind != .end {
      do throws(ExpressionIssue) {
        if !parts.isEmpty { try state.countOperator() }
        parts.append(try state.parseOr(topLevel: true))
        if state.current.kind != .separator, state.current.kind != .end {
          throw state.unexpected(expected: "AND, OR, ';', a line break or the end")
        }
      } catch {
        syntaxFailed = true
        state.issues.append(error)
        if error.code == .tooComplex { break }
        state.recover()
      }
      state.skipSeparators()
    }
    var issues = lexIssues + state.issues
    issues.sort { ($0.line, $0.column) < ($1.line, $1.column) }
    if parts.isEmpty, !syntaxFailed {
      let end = tokens[tokens.count - 1]
      issues.append(
        ExpressionIssue(
          code: .unexpectedEnd, severity: .error, line: end.line, column: end.column,
          message: "the expression is empty", expected: "a gene statement such as 'KRAS: G12C'",
          found: "end of expression", hint: "write at least one gene, fusion or biomarker"))
      syntaxFailed = true
    }
    let expression = parts.dropFirst().reduce(parts.first) { combined, next in
      combined.map { .or($0, next) }
    }
    return Result(expression: syntaxFailed ? nil : expression, issues: issues)
  }

  /// Parses `text` and throws its first error, for callers that want one tree or nothing.
  /// - Throws: the first ``ExpressionIssue`` of severity error.
  public func parseOrThrow(_ text: String) throws(ExpressionIssue) -> AlterationExpression {
    let result = parse(text)
    if let expression = result.expression { return expression }
    if let first = result.issues.first(where: { $0.severity == .error }) { throw first }
    throw ExpressionIssue(
      code: .unexpectedEnd, severity: .error, line: 1, column: 1, message: "no expression")
  }
}
