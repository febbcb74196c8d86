import OncoModel

/// An error in care-pathway settings: an unknown preset or parameter, or a value of the wrong kind.
public struct PathwayError: DiagnosticError, Hashable, CustomStringConvertible {
  /// What kind of problem, stable for clients to match on; new codes break nobody.
  public struct Code: Sendable, Hashable, CustomStringConvertible {
    enum Value: String, Sendable, Hashable {
      case unknownPreset = "unknown_preset"
      case unknownParameter = "unknown_parameter"
      case invalidValue = "invalid_value"
    }
    let value: Value

    /// The preset name is not one of ``LineOfTherapyRules/presetNames``.
    public static let unknownPreset = Code(value: .unknownPreset)
    /// An override names no documented parameter.
    public static let unknownParameter = Code(value: .unknownParameter)
    /// An override's value has the wrong kind or is out of range.
    public static let invalidValue = Code(value: .invalidValue)

    /// The code as a stable `snake_case` string.
    public var description: String { value.rawValue }
  }

  /// What kind of problem.
  public var code: Code
  /// Where the setting was written (the query file), when the caller knows it.
  public var location: TextLocation
  /// What went wrong, in one sentence.
  public var message: String
  /// How to fix it.
  public var hint: String?

  /// Creates an error.
  public init(_ code: Code, at location: TextLocation, _ message: String, hint: String? = nil) {
    self.code = code
    self.location = location
    self.message = message
    self.hint = hint
  }

  /// The error as an error-severity diagnostic, for uniform printing.
  public var diagnostic: Diagnostic { Diagnostic(.error, at: location, message, hint: hint) }

  /// Compiler-style text: `file:line:column: error: message`, then the hint.
  public var description: String { diagnostic.formatted }
}

extension PathwayError {
  /// The code's `snake_case` name.
  public var diagnosticCode: String { code.description }
  /// Where the setting was written.
  public var diagnosticLocation: TextLocation? { location }
  /// The hint.
  public var diagnosticHint: String? { hint }
}
