import OncoModel
import OncoOntology
import OncoQuery
import OncoTestSupport

/// The shipped ontologies and a reader over them, loaded once for the query-file tests.
enum QueryFiles {
  static let ontology: TermGraph = {
    let folder = Fixtures.packageRoot.appendingPathComponent("Ontologies").path
    // A broken shipped folder gives an empty graph, and every concept test fails clearly.
    return (try? TermGraph(files: OntologyLoader.read(paths: [folder]))) ?? TermGraph(files: [])
  }()

  static let reader = QueryFileReader(ontology: ontology)

  /// Reads `text` as the file `query.yaml`.
  static func read(_ text: String) -> QueryFileResult {
    reader.read(text: text, path: "query.yaml")
  }

  /// The path of a fixture of this target.
  static func fixture(_ name: String) -> String { Fixtures.local("OncoQueryTests", name) }

  /// `line:column severity` of each diagnostic, for exact comparisons.
  static func places(_ result: QueryFileResult) -> [String] {
    result.diagnostics.map { "\($0.location.line ?? 0):\($0.location.column ?? 0) \($0.severity.rawValue)" }
  }
}

extension QueryFileResult {
  /// The errors' messages.
  var errorMessages: [String] { diagnostics.filter { $0.severity == .error }.map(\.message) }
}
