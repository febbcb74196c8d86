/// Splits an alteration expression into tokens, keeping each token's line and column.
///
/// A line break is a statement separator only outside parentheses and after something that
/// can end a statement, so `KRAS: G12C AND` followed by a new line continues the expression.
struct ExpressionLexer {
  private let bytes: [UInt8]
  private var offset = 0
  private var line = 1
  private var lineStart = 0
  private var depth = 0
  private(set) var tokens: [ExpressionToken] = []
  private(set) var issues: [ExpressionIssue] = []

  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// Tokenises the whole text; the last token is always `.end`.
  static func tokenize(_ text: String) -> (tokens: [ExpressionToken], issues: [ExpressionIssue]) {
    var lexer = ExpressionLexer(text)
    lexer.run()
    return (lexer.tokens, lexer.issues)
  }

  private mutating func run() {
    while offset < bytes.count {
      let byte = bytes[offset]
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        offset += 1
      case UInt8(ascii: "\n"):
        if depth == 0, canEndStatement { emit(.separator, length: 1) } else { offset += 1 }
        line += 1
        lineStart = offset
      case UInt8(ascii: "#"):
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
      case UInt8(ascii: ":"):
        let double = offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: ":")
        emit(double ? .doubleColon : .colon, length: double ? 2 : 1)
      case UInt8(ascii: ";"): emit(.separator, length: 1)
      case UInt8(ascii: "("):
        depth += 1
        emit(.openParen, length: 1)
      case UInt8(ascii: ")"):
        depth = max(0, depth - 1)
        emit(.closeParen, length: 1)
      case UInt8(ascii: "["): emit(.openBracket, length: 1)
      case UInt8(ascii: "]"): emit(.closeBracket, length: 1)
      case UInt8(ascii: ","): emit(.comma, length: 1)
      case UInt8(ascii: "@"): emit(.at, length: 1)
      case UInt8(ascii: "-"): emit(.minus, length: 1)
      case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"):
        lexComparison()
      default:
        if Self.isWordStart(byte) { lexWord() } else { invalidCharacter() }
      }
    }
    emit(.end, length: 0)
  }

  /// Whether a line break here separates statements (the last token can end one).
  private var canEndStatement: Bool {
    guard let last = tokens.last else { return false }
    switch last.kind {
    case .word:
      return !["AND", "OR", "NOT"].contains(last.text.uppercased())
    case .closeParen, .closeBracket, .doubleColon: return true
    default: return false
    }
  }

  private mutating func lexComparison() {
    let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
    let hasEqual = next == UInt8(ascii: "=")
    switch bytes[offset] {
    case UInt8(ascii: "="): emit(.comparison(.equal), length: hasEqual ? 2 : 1)
    case UInt8(ascii: "<"): emit(.comparison(hasEqual ? .lessOrEqual : .less), length: hasEqual ? 2 : 1)
    case UInt8(ascii: ">"):
      emit(.comparison(hasEqual ? .greaterOrEqual : .greater), length: hasEqual ? 2 : 1)
    default:
      if hasEqual { emit(.comparison(.notEqual), length: 2) } else { invalidCharacter() }
    }
  }

  private mutating func lexWord() {
    let start = offset
    let startsWithLetter = Self.isLetter(bytes[offset])
    while offset < bytes.count {
      let byte = bytes[offset]
      let allowed =
        Self.isWordStart(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "*")
        || (byte == UInt8(ascii: "-") && startsWithLetter)
      guard allowed else { break }
      offset += 1
    }
    let length = offset - start
    offset = start
    emit(.word, length: length)
  }

  private mutating func invalidCharacter() {
    // Take the whole UTF-8 scalar so the message shows a character, not a byte.
    var length = 1
    while offset + length < bytes.count, bytes[offset + length] & 0xC0 == 0x80 { length += 1 }
    let text = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    issues.append(
      ExpressionIssue(
        code: .invalidCharacter, severity: .error, line: line, column: offset - lineStart + 1,
        message: "unexpected character '\(text)'", expected: nil, found: text,
        hint: "genes, alterations, ':', '::', ';', '(', ')', '[', ']', ',', '@' and comparisons"
          + " (= != < <= > >=) make up an expression"))
    offset += length
  }

  private mutating func emit(_ kind: ExpressionToken.Kind, length: Int) {
    let text = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    tokens.append(
      ExpressionToken(
        kind: kind, text: text, line: line, column: offset - lineStart + 1, start: offset,
        end: offset + length))
    offset += length
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  private static func isWordStart(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: ".")
  }
}
