import OncoModel

/// A value in an input table that cannot be used (a time that is not a number, an unknown
/// event code, an entry after the exit): fatal for the command, printed compiler-style with
/// the file, line and column, and mapped to exit status 65 by ``ExitStatus``.
struct TableError: Error, Sendable, CustomStringConvertible {
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
