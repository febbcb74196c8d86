import OncoModel

/// A problem in an alteration expression, with its 1-based line and column in the expression.
///
/// The query-file layer turns it into a ``Diagnostic`` located in the file with
/// ``diagnostic(file:line:column:)``.
///
/// OncoQuery has a second error type, `CohortBuildError`, against STYLE.md's one error type per
/// module, because the two have different lives. An issue is a parse result: the parser collects
/// several per expression (warnings among them), located relative to the expression, and the
/// query-file reader lists them all as diagnostics in the file; it is an `Error` only so the
/// parser can use typed throws internally, and never reaches a caller as a thrown error. A
/// `CohortBuildError` is thrown, once, by a build on a query that has already validated, and is
/// what the command line prints (it conforms to `DiagnosticError`). Merging them would give the
/// parser a severity-less error or the build a list of warnings it never has.
public struct ExpressionIssue: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of problem it is; new codes can be added without breaking clients.
  public struct Code: Sendable, Hashable, CustomStringConvertible {
    enum Value: String, Sendable, Hashable {
      case unexpectedToken = "unexpected_token"
      case unexpectedEnd = "unexpected_end"
      case invalidCharacter = "invalid_character"
      case unknownAlteration = "unknown_alteration"
      case invalidNumber = "invalid_number"
      case invalidRange = "invalid_range"
      case noExpressionData = "no_expression_data"
      case tooComplex = "too_complex"
    }
    let value: Value

    /// A token that cannot come here.
    public static let unexpectedToken = Code(value: .unexpectedToken)
    /// The expression stops where more was needed.
    public static let unexpectedEnd = Code(value: .unexpectedEnd)
    /// A character the language does not use.
    public static let invalidCharacter = Code(value: .invalidCharacter)
    /// A word after a gene's colon that names no alteration, class or protein change.
    public static let unknownAlteration = Code(value: .unknownAlteration)
    /// A number that does not parse, or is out of range.
    public static let invalidNumber = Code(value: .invalidNumber)
    /// A protein range whose start is after its end, or that names no position.
    public static let invalidRange = Code(value: .invalidRange)
    /// `EXP`/`PROT`: valid OQL, but OncoCohort holds no expression data.
    public static let noExpressionData = Code(value: .noExpressionData)

    /// Parentheses nested too deeply, or too many operators for one expression.
    public static let tooComplex = Code(value: .tooComplex)

    /// The stable snake_case name (`unknown_alteration`).
    public var description: String { value.rawValue }
  }

  /// The kind of problem.
  public var code: Code
  /// Whether the expression can still be used.
  public var severity: Diagnostic.Severity
  /// The 1-based line within the expression.
  public var line: Int
  /// The 1-based column (in bytes) within the line.
  public var column: Int
  /// What is wrong, in one sentence.
  public var message: String
  /// What would have been right, when it helps.
  public var expected: String?
  /// What was found instead (`end of expression` at the end).
  public var found: String?
  /// How to fix it.
  public var hint: String?

  /// `line:column: severity: message`, then the hint, as a compiler prints it.
  public var description: String {
    diagnostic(file: "<expression>").formatted
  }

  /// The issue as a diagnostic in a file, the expression starting at `line`:`column`.
  ///
  /// - Parameters:
  ///   - file: the file holding the expression.
  ///   - line: the file line of the expression's first character.
  ///   - column: the file column of the expression's first character; it shifts only issues
  ///     on the expression's first line.
  public func diagnostic(file: String, line: Int = 1, column: Int = 1) -> Diagnostic {
    let fileColumn = self.line == 1 ? column + self.column - 1 : self.column
    return Diagnostic(
      severity, at: TextLocation(file: file, line: line + self.line - 1, column: fileColumn),
      message, expected: expected, found: found, hint: hint)
  }
}
