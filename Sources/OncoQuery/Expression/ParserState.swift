/// The cursor of ``ExpressionParser`` over the tokens, with the issues found so far.
struct ParserState {
  let tokens: [ExpressionToken]
  var index = 0
  var issues: [ExpressionIssue] = []
  /// Open parentheses and `NOT`s around the current token, and binary operators so far,
  /// bounded so that a hostile expression cannot exhaust the stack of the recursive parser
  /// (or of the tree's recursive equality and formatting).
  var nesting = 0
  var operators = 0
  static let maximumNesting = 200
  static let maximumOperators = 5_000

  init(tokens: [ExpressionToken]) {
    self.tokens = tokens
  }

  var current: ExpressionToken { tokens[index] }
  var previous: ExpressionToken? { index > 0 ? tokens[index - 1] : nil }

  func peek(_ distance: Int = 1) -> ExpressionToken {
    tokens[min(index + distance, tokens.count - 1)]
  }

  mutating func advance() -> ExpressionToken {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  /// Whether the current token directly follows the previous one, with no space between.
  var isAdjacent: Bool { previous.map { $0.end == current.start } ?? false }

  /// Counts one more binary operator, or throws when the expression is too long.
  mutating func countOperator() throws(ExpressionIssue) {
    operators += 1
    guard operators <= Self.maximumOperators else {
      throw error(
        .tooComplex, at: current, "the expression has more than \(Self.maximumOperators) operators",
        hint: "split it into named definitions (@name)")
    }
  }

  /// Enters a parenthesis or `NOT`, or throws when they nest too deeply.
  mutating func enterNesting(at token: ExpressionToken) throws(ExpressionIssue) {
    nesting += 1
    guard nesting <= Self.maximumNesting else {
      throw error(
        .tooComplex, at: token, "parentheses and NOT nest more than \(Self.maximumNesting) deep",
        hint: "simplify the expression or split it into named definitions (@name)")
    }
  }

  mutating func skipSeparators() {
    while current.kind == .separator { index += 1 }
  }

  /// Skips to the next statement separator outside parentheses (or the end).
  mutating func recover() {
    var depth = 0
    while current.kind != .end {
      switch current.kind {
      case .openParen: depth += 1
      case .closeParen: depth = max(0, depth - 1)
      case .separator where depth == 0: return
      default: break
      }
      index += 1
    }
  }

  /// An issue at the current token: an unexpected token, or an unexpected end.
  func unexpected(expected: String, hint: String? = nil) -> ExpressionIssue {
    issue(at: current, expected: expected, hint: hint)
  }

  func issue(at token: ExpressionToken, expected: String, hint: String? = nil) -> ExpressionIssue {
    let atEnd = token.kind == .end
    var hint = hint
    if atEnd, hint == nil, let last = previous {
      hint = "the expression stops after '\(last.text)': complete it or remove the '\(last.text)'"
    }
    return ExpressionIssue(
      code: atEnd ? .unexpectedEnd : .unexpectedToken, severity: .error, line: token.line,
      column: token.column,
      message: atEnd ? "unexpected end of expression" : "unexpected \(token.display)",
      expected: expected, found: atEnd ? "end of expression" : token.text, hint: hint)
  }

  func error(
    _ code: ExpressionIssue.Code, at token: ExpressionToken, _ message: String,
    expected: String? = nil, hint: String? = nil
  ) -> ExpressionIssue {
    ExpressionIssue(
      code: code, severity: .error, line: token.line, column: token.column, message: message,
      expected: expected, found: token.kind == .end ? "end of expression" : token.text, hint: hint)
  }

  mutating func expect(_ kind: ExpressionToken.Kind, _ expected: String) throws(ExpressionIssue)
    -> ExpressionToken
  {
    guard current.kind == kind else { throw unexpected(expected: expected) }
    return advance()
  }
}
