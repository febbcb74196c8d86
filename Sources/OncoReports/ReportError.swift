import OncoModel

/// An error of the report module: a code, a message and a hint.
///
/// It is about a command-line value (a bad `--timestamp`), not a file, so it has no location.
public struct ReportError: DiagnosticError, Hashable, CustomStringConvertible {
  /// What kind of problem, stable for clients to match on; new codes break nobody.
  public struct Code: Sendable, Hashable, CustomStringConvertible {
    enum Value: String, Sendable, Hashable {
      case invalidTimestamp = "invalid_timestamp"
    }
    let value: Value

    /// A `--timestamp` or `SOURCE_DATE_EPOCH` that is not a time.
    public static let invalidTimestamp = Code(value: .invalidTimestamp)

    /// The code as a stable `snake_case` string.
    public var description: String { value.rawValue }
  }

  /// What kind of problem.
  public var code: Code
  /// What is wrong.
  public var message: String
  /// How to fix it.
  public var hint: String

  /// Creates an error.
  public init(_ code: Code, message: String, hint: String) {
    self.code = code
    self.message = message
    self.hint = hint
  }

  /// The message and hint, compiler-style.
  public var description: String { formattedError }

  /// The code's `snake_case` name.
  public var diagnosticCode: String { code.description }
  /// `nil`: a report error is about a command-line value, not a file.
  public var diagnosticLocation: TextLocation? { nil }
  /// The hint.
  public var diagnosticHint: String? { hint }
}
