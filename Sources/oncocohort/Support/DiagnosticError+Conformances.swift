import OncoModel
import OncoOntology
import OncoSurvival

// OncoSurvival (Foundation only) and OncoOntology (libxml2 only) do not import OncoModel, by the
// dependency table of DESIGN.md, so their errors cannot conform where they are declared; the
// command line, the only place that needs them as `DiagnosticError`s, adds the conformance.

extension SurvivalError: DiagnosticError {
  /// The code's `snake_case` name.
  public var diagnosticCode: String { code.description }
  /// `nil`: statistics know no files (the `survival` command locates bad table values itself).
  public var diagnosticLocation: TextLocation? { nil }
  /// The hint.
  public var diagnosticHint: String? { hint }
}

extension OntologyError: DiagnosticError {
  /// The code's `snake_case` name.
  public var diagnosticCode: String { code.description }
  /// The ontology file, line and column, or `nil` for a term lookup (no file).
  public var diagnosticLocation: TextLocation? {
    file.isEmpty ? nil : TextLocation(file: file, line: line, column: column)
  }
  /// The hint.
  public var diagnosticHint: String? { hint }
}
