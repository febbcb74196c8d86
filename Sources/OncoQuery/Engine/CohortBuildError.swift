import OncoModel

/// An error that stops a cohort build: a criterion the warehouse cannot answer, overlapping
/// groups, a bad pseudonymisation key (SQLite failures are `WarehouseError`s).
///
/// It points at the criterion's place in the query file when the query came from one.
public struct CohortBuildError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong, stable for clients to match on; new codes break nobody.
  public struct Code: Sendable, Hashable, CustomStringConvertible {
    enum Value: String, Sendable, Hashable {
      case noExpressionData = "no_expression_data"
      case needsCarePathway = "needs_care_pathway"
      case unresolvedDefinition = "unresolved_definition"
      case invalidProteinChange = "invalid_protein_change"
      case needsSequenceOntology = "needs_sequence_ontology"
      case overlappingGroups = "overlapping_groups"
      case invalidKey = "invalid_key"
      case invalidQuery = "invalid_query"
    }
    let value: Value

    /// `EXP`/`PROT`: the warehouse stores no expression data.
    public static let noExpressionData = Code(value: .noExpressionData)
    /// `index: line_start` needs the care-pathway module.
    public static let needsCarePathway = Code(value: .needsCarePathway)
    /// An `@definition` was not expanded before the build.
    public static let unresolvedDefinition = Code(value: .unresolvedDefinition)
    /// A protein change that the HGVS normaliser cannot read.
    public static let invalidProteinChange = Code(value: .invalidProteinChange)
    /// `CONSEQUENCE(SO:…)` without a Sequence Ontology to expand the term.
    public static let needsSequenceOntology = Code(value: .needsSequenceOntology)
    /// Groups share patients and the query does not allow it.
    public static let overlappingGroups = Code(value: .overlappingGroups)
    /// The query file cannot be read.
    public static let invalidQuery = Code(value: .invalidQuery)
    /// The pseudonymisation key is too short or unreadable.
    public static let invalidKey = Code(value: .invalidKey)

    /// The stable snake_case name.
    public var description: String { value.rawValue }
  }

  /// The code.
  public var code: Code
  /// Where the offending criterion is written, or `nil` for a built query.
  public var location: TextLocation?
  /// What went wrong.
  public var message: String
  /// How to fix it, or `nil`.
  public var hint: String?

  /// Creates an error.
  public init(_ code: Code, at location: TextLocation? = nil, _ message: String, hint: String? = nil) {
    self.code = code
    self.location = location
    self.message = message
    self.hint = hint
  }

  /// The error as a diagnostic (file `<query>` when no location is known).
  public var diagnostic: Diagnostic {
    Diagnostic(.error, at: location ?? TextLocation(file: "<query>"), message, hint: hint)
  }

  /// Compiler-style text: `file:line:column: error: message` and a `hint:` line.
  public var description: String { diagnostic.formatted }

  /// The same error placed at `location` unless it already has one.
  func located(_ location: TextLocation?) -> CohortBuildError {
    var copy = self
    if copy.location == nil { copy.location = location }
    return copy
  }
}
