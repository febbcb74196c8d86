/// Boolean structure and gene statements: `OR`, `AND`, `NOT`, parentheses, `GENE: …`.
extension ParserState {
  /// `or := and { (OR | ';' | line break) and }`; at the top level separators are left to
  /// the caller, which recovers statement by statement.
  mutating func parseOr(topLevel: Bool) throws(ExpressionIssue) -> AlterationExpression {
    var left = try parseAnd()
    while true {
      if current.isKeyword("OR") {
        _ = advance()
      } else if current.kind == .separator, !topLevel {
        skipSeparators()
        if current.kind == .closeParen { return left }
      } else {
        return left
      }
      try countOperator()
      left = .or(left, try parseAnd())
    }
  }

  mutating func parseAnd() throws(ExpressionIssue) -> AlterationExpression {
    var left = try parseNot()
    while current.isKeyword("AND") {
      _ = advance()
      try countOperator()
      left = .and(left, try parseNot())
    }
    return left
  }

  mutating func parseNot() throws(ExpressionIssue) -> AlterationExpression {
    if current.isKeyword("NOT") {
      try enterNesting(at: advance())
      defer { nesting -= 1 }
      return .not(try parseNot())
    }
    return try parsePrimary()
  }

  private static let statementExpected =
    "a gene (KRAS), a fusion (EML4::ALK), a biomarker (TMB >= 10), '@definition', '(' or NOT"

  mutating func parsePrimary() throws(ExpressionIssue) -> AlterationExpression {
    switch current.kind {
    case .openParen:
      let open = advance()
      try enterNesting(at: open)
      defer { nesting -= 1 }
      skipSeparators()
      let inner = try parseOr(topLevel: false)
      guard current.kind == .closeParen else {
        throw unexpected(
          expected: "')' to close the '(' at \(open.line):\(open.column)",
          hint: current.kind == .end ? "add ')' at the end" : "join statements with AND or OR")
      }
      _ = advance()
      return inner
    case .at:
      _ = advance()
      guard current.kind == .word, isAdjacent else {
        throw unexpected(expected: "a definition name right after '@' (@egfr_common)")
      }
      return .reference(advance().text)
    case .doubleColon:
      _ = advance()
      guard current.kind == .word, isAdjacent else {
        throw unexpected(expected: "a 3′ fusion partner right after '::' (::RET)")
      }
      return .fusion(FusionQuery(fivePrime: nil, threePrime: advance().text))
    case .word where !["AND", "OR", "NOT"].contains(current.text.uppercased()):
      return try parseStatement()
    default:
      throw unexpected(expected: Self.statementExpected)
    }
  }

  private mutating func parseStatement() throws(ExpressionIssue) -> AlterationExpression {
    let name = advance()
    switch current.kind {
    case .doubleColon:
      _ = advance()
      return .fusion(FusionQuery(fivePrime: name.text, threePrime: try fusionPartner(after: name)))
    case .comparison(let comparison):
      _ = advance()
      let value = try parseBiomarkerValue()
      return .biomarker(BiomarkerCondition(name: name.text, comparison: comparison, value: value))
    case .colon:
      _ = advance()
      var atoms: [AlterationAtom] = []
      while current.kind == .openParen
        || (current.kind == .word && !["AND", "OR", "NOT"].contains(current.text.uppercased()))
      {
        atoms.append(try parseAtom())
      }
      guard !atoms.isEmpty else {
        throw unexpected(
          expected: "an alteration after ':' (MUT, G12C, AMP, FUSION, …)",
          hint: "write '\(name.text)' alone for OQL's default MUT FUSION AMP HOMDEL")
      }
      return .gene(GeneQuery(gene: name.text, alterations: atoms))
    default:
      return .gene(GeneQuery(gene: name.text))
    }
  }

  /// The 3′ partner written right after `A::`, or `nil` for "any partner".
  private mutating func fusionPartner(after name: ExpressionToken) throws(ExpressionIssue) -> String? {
    guard current.kind == .word, !["AND", "OR", "NOT"].contains(current.text.uppercased()) else {
      return nil
    }
    guard isAdjacent else {
      throw error(
        .unexpectedToken, at: current, "unexpected '\(current.text)' after '\(name.text)::'",
        expected: "a 3′ partner right after '::' (\(name.text)::ALK) or an operator",
        hint: "write '\(name.text): \(current.text)' for an alteration of \(name.text), or "
          + "'\(name.text)::\(current.text)' for a fusion")
    }
    return advance().text
  }

  private mutating func parseBiomarkerValue() throws(ExpressionIssue) -> BiomarkerCondition.Value {
    if current.kind == .minus || (current.kind == .word && Double(current.text) != nil) {
      return .number(try parseNumber())
    }
    guard current.kind == .word else {
      throw unexpected(expected: "a number (TMB >= 10) or a category (MSI = MSI-H)")
    }
    return .category(advance().text)
  }

  /// `['-'] number`, finite.
  mutating func parseNumber() throws(ExpressionIssue) -> Double {
    let negative = current.kind == .minus
    if negative { _ = advance() }
    guard current.kind == .word else { throw unexpected(expected: "a number") }
    guard let value = Double(current.text), value.isFinite else {
      throw error(.invalidNumber, at: current, "'\(current.text)' is not a number", expected: "a number")
    }
    _ = advance()
    return negative ? -value : value
  }

  /// A non-negative integer (an exon or a protein position).
  mutating func parseInteger(_ what: String) throws(ExpressionIssue) -> Int {
    guard current.kind == .word else { throw unexpected(expected: what) }
    guard let value = Int(current.text), value >= 0 else {
      throw error(.invalidNumber, at: current, "'\(current.text)' is not \(what)", expected: what)
    }
    _ = advance()
    return value
  }
}
