/// One token of an alteration expression, with where it starts.
struct ExpressionToken: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    /// A gene, keyword, protein change or number (`KRAS`, `G12C`, `0.05`, `MSI-H`).
    case word
    case colon
    case doubleColon
    /// `;` or a line break between statements: OR.
    case separator
    case openParen
    case closeParen
    case openBracket
    case closeBracket
    case comma
    case at
    case minus
    case comparison(Comparison)
    case end
  }

  var kind: Kind
  var text: String
  /// 1-based line and byte column of the first character.
  var line: Int
  var column: Int
  /// Byte offsets of the first character and one past the last.
  var start: Int
  var end: Int

  /// How the token reads in a message.
  var display: String {
    switch kind {
    case .end: "end of expression"
    case .separator: text == ";" ? "';'" : "line break"
    default: "'\(text)'"
    }
  }

  /// Whether the token is the word `keyword`, ignoring case.
  func isKeyword(_ keyword: String) -> Bool {
    kind == .word && text.uppercased() == keyword
  }
}
