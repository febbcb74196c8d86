import Foundation
import OncoModel
import OncoOntology
import Yams

/// Reads and validates a cohort query file (YAML, `version: 1`) into a ``CohortQuery``.
///
/// Every problem of the file is reported in one run, each at its line and column: YAML
/// syntax, unknown keys (with "did you mean"), wrong types, impossible ranges, expression
/// syntax (placed inside the YAML value), unknown genes (HGNC), unknown or obsolete concepts,
/// duplicate groups, broken `include`s and `@definitions`. See `docs/query-language.md`.
///
///     let reader = QueryFileReader(ontology: graph)
///     let result = reader.read(path: "nsclc-kras.yaml")
///     for problem in result.diagnostics { print(problem.formatted) }
///     if let query = result.query { … }
public struct QueryFileReader: Sendable {
  /// The keys of a query file, in the order the documentation lists them.
  public static let topLevelKeys = [
    "version", "name", "description", "include", "definitions", "sources", "origin", "population",
    "samples", "index", "alterations", "biomarkers", "treatments", "groups", "outcomes",
    "care_pathway", "report",
  ]

  /// Ontologies that resolve diagnosis and drug concepts, or `nil` to accept CURIEs unchecked.
  public var ontology: TermGraph?
  /// HGNC symbols that check genes; empty means genes are not checked.
  public var genes: GeneDirectory

  /// Creates a reader.
  /// - Parameters:
  ///   - ontology: the loaded ontologies (the shipped `Ontologies/` folder holds NCIt, ICD-10,
  ///     drugs and HGNC genes), or `nil`.
  ///   - genes: the gene symbols; by default the HGNC terms of `ontology`.
  public init(ontology: TermGraph?, genes: GeneDirectory? = nil) {
    self.ontology = ontology
    self.genes = genes ?? ontology.map(GeneDirectory.init(graph:)) ?? GeneDirectory(terms: [])
  }

  /// Reads the query file at `path` (as the user named it: diagnostics show it).
  public func read(path: String) -> QueryFileResult {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      return QueryFileResult(
        query: nil,
        diagnostics: [
          Diagnostic(
            .error, at: TextLocation(file: path), exists ? "cannot read the query file" : "no such query file"
          )
        ],
        reading: nil)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return QueryFileResult(
        query: nil,
        diagnostics: [
          Diagnostic(
            .error, at: TextLocation(file: path), "the query file is not UTF-8 text", hint: "save it as UTF-8"
          )
        ],
        reading: nil)
    }
    return read(text: text, path: path)
  }

  /// Reads a query from `text`; `path` names it in diagnostics and anchors relative `include`s.
  public func read(text: String, path: String) -> QueryFileResult {
    let source = YAMLSource(path: path, text: text)
    var parser = QueryFileParser(source: source, ontology: ontology, genes: genes)
    let (root, problems) = YAMLDocument.root(of: text, source: source)
    guard let root else { return QueryFileResult(query: nil, diagnostics: problems, reading: nil) }
    let query = parser.readQuery(root)
    // File order: the query file's own problems by position, then those of included files.
    let ordered = (problems + parser.diagnostics).enumerated().sorted { a, b in
      let (x, y) = (a.element.location, b.element.location)
      return (x.file == path ? 0 : 1, x.line ?? 0, x.column ?? 0, a.offset)
        < (y.file == path ? 0 : 1, y.line ?? 0, y.column ?? 0, b.offset)
    }.map(\.element)
    var result = QueryFileResult(query: nil, diagnostics: ordered, reading: nil)
    result.namedSources = parser.namedSources
    if let built = query, !parser.hasErrors {
      result.query = built
      result.reading = QueryReading(ontology: ontology).paragraph(for: built)
    }
    return result
  }
}
