import OncoModel

/// A value in an input table that cannot be used (a time that is not a number, an unknown
/// event code, an entry after the exit): fatal for the command, printed compiler-style with
/// the file, line and column, and mapped to exit status 65 by ``ExitStatus``.
struct TableError: DiagnosticError, CustomStringConvertible {
  /// The problem as a diagnostic: location, message, expected/found, hint.
  var diagnostic: Diagnostic

  init(
    at location: TextLocation, _ message: String, expected: String? = nil, found: String? = nil,
    hint: String? = nil
  ) {
    diagnostic = Diagnostic(
      .error, at: location, message, expected: expected, found: found, hint: hint)
  }

  var description: String { diagnostic.formatted }
}

extension TableError {
  /// A table value was unusable.
  var diagnosticCode: String { "invalid_table_value" }
  /// What is wrong.
  var message: String { diagnostic.message }
  /// The cell's file, line and column.
  var diagnosticLocation: TextLocation? { diagnostic.location }
  /// The hint.
  var diagnosticHint: String? { diagnostic.hint }
  /// The diagnostic itself, which also carries what was expected and found.
  var locatedDiagnostic: Diagnostic? { diagnostic }
}
