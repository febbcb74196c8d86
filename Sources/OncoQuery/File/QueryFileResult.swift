import OncoModel

/// What reading a query file gave: the query when valid, every problem found, and a
/// plain-language reading of the cohort.
public struct QueryFileResult: Sendable, Hashable {
  /// The validated query, or `nil` when an error was found.
  public var query: CohortQuery?
  /// Every problem, in file order (included files where they are met); warnings included.
  public var diagnostics: [Diagnostic]
  /// One paragraph saying in words who the cohort holds, or `nil` when the query is invalid.
  public var reading: String?
  /// The source names of `sources:`, with where each is written (for the warehouse check).
  public var namedSources: [NamedSource] = []

  /// A source name written in the query file.
  public struct NamedSource: Sendable, Hashable {
    /// The name as written.
    public var name: String
    /// Where it is written.
    public var location: TextLocation
  }

  /// Creates a result.
  public init(query: CohortQuery?, diagnostics: [Diagnostic], reading: String?) {
    self.query = query
    self.diagnostics = diagnostics
    self.reading = reading
  }

  /// Whether the file can be used: a query and no error (warnings allowed).
  public var isValid: Bool { query != nil && !diagnostics.contains { $0.severity == .error } }

  /// The result with a warning for each named source that `available` (the warehouse's
  /// source names) lacks: the query still runs, but selects no patient from it.
  public func checkingSources(available: [String]) -> QueryFileResult {
    var result = self
    for source in namedSources where !available.contains(source.name) {
      let hint =
        NearName.closest(to: source.name, in: available).map { "did you mean '\($0)'?" }
        ?? (available.isEmpty
          ? "the warehouse holds no source"
          : "sources in the warehouse: " + available.joined(separator: ", "))
      result.diagnostics.append(
        Diagnostic(
          .warning, at: source.location, "source '\(source.name)' is not in the warehouse", hint: hint))
    }
    return result
  }
}
