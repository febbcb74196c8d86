import OncoModel

// Kept beside the query model rather than in `Engine/`, which owns the type: the conformance is
// about how the command line shows the error, not about building cohorts.
extension CohortBuildError: DiagnosticError {
  /// The code's `snake_case` name.
  public var diagnosticCode: String { code.description }
  /// The criterion's place in the query file, or `<query>` for a query built in code.
  public var diagnosticLocation: TextLocation? { diagnostic.location }
  /// The hint.
  public var diagnosticHint: String? { hint }
}
