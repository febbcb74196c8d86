/// An error that a command shows its user: a stable code, a message, where (when known) and a hint.
///
/// Each module keeps its own error type (STYLE.md: one per module); conforming to this protocol is
/// what lets the command line print any of them compiler-style and pick the exit status in one
/// place, without knowing every module's type:
///
///     query.yaml:12:7: error: unknown gene 'KRSA'
///       hint: did you mean 'KRAS'?
///
/// Errors about no file (a statistic, a command-line value) have no location and print as
/// `error: message`.
public protocol DiagnosticError: Error, Sendable {
  /// The stable `snake_case` name of the kind of error (`file_not_found`), for clients to match on.
  var diagnosticCode: String { get }
  /// What went wrong, in one sentence.
  var message: String { get }
  /// Where the problem is, or `nil` when it is about no file.
  var diagnosticLocation: TextLocation? { get }
  /// How to fix it, or `nil`.
  var diagnosticHint: String? { get }
  /// Whether input data or a query is at fault (exit status 65) rather than the environment
  /// (a failing disk, a locked database: exit status 1); `true` unless a type says otherwise.
  var isDataError: Bool { get }
  /// The error as an error-severity diagnostic, or `nil` when it has no location; a type whose
  /// errors also say what was expected and found returns its own.
  var locatedDiagnostic: Diagnostic? { get }
}

extension DiagnosticError {
  /// Input data or a query is at fault, unless the conforming type says otherwise.
  public var isDataError: Bool { true }

  /// The error as an error-severity diagnostic at its location, or `nil` when it has none.
  public var locatedDiagnostic: Diagnostic? {
    diagnosticLocation.map { Diagnostic(.error, at: $0, message, hint: diagnosticHint) }
  }

  /// Compiler-style text: `file:line:column: error: message` (or `error: message` without a
  /// location), then `  hint: …` on its own line.
  public var formattedError: String {
    if let locatedDiagnostic { return locatedDiagnostic.formatted }
    var text = "error: \(message)"
    if let diagnosticHint { text += "\n  hint: \(diagnosticHint)" }
    return text
  }
}
