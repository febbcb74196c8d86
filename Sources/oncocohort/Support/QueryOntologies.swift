import Foundation
import OncoOntology

/// The ontologies query files are read against: the user's `--ontology` files, then the shipped
/// `Ontologies/` folder, through the on-disk cache.
enum QueryOntologies {
  /// Loads them, or returns `nil` when there are none (genes and concepts then go unchecked).
  ///
  /// The user's files come first: where they define a term again (a newer HGNC table), theirs
  /// wins. Linking warnings (a term defined twice) concern the ontologies, not the query, and
  /// are not shown.
  static func load(_ extra: [String]) throws -> TermGraph? {
    var paths = extra
    if let shipped = try? OntologyOptions.shippedFolder() { paths.append(shipped) }
    guard !paths.isEmpty else { return nil }
    let cache = OntologyCache(folder: OntologyCache.defaultFolder())
    return TermGraph(files: try OntologyLoader.read(paths: paths, cache: cache))
  }
}
