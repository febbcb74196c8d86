import GRDB
import OncoOntology

/// Writes the `is_a` closure of loaded ontologies into the warehouse's `ontology_closure` table,
/// so SQL can expand a concept to its descendants with one join.
///
/// Every term gets a row for itself (depth 0) and one per strict ancestor, at the length of the
/// shortest `is_a` path; `ontology` is the id prefix (`NCIT`, `ICD10`, `ATC`, `HGNC`, `SO`).
/// The table holds the closure of the ontologies of the latest import: it is replaced as a whole.
enum OntologyClosureTable {
  /// Replaces the table's rows with the closure of `graph`.
  /// - Complexity: O(closure size) rows, each found by a walk of the term's ancestors.
  static func replace(_ db: Database, with graph: TermGraph) throws {
    try db.execute(sql: "DELETE FROM ontology_closure")
    let insert = try InsertStatement(
      db, "INSERT OR IGNORE INTO ontology_closure (ontology, ancestor, descendant, depth) VALUES (?, ?, ?, ?)"
    )
    for index in graph.terms.indices {
      let term = graph.terms[index]
      guard let node = graph.node(term.id), graph[node].id == term.id else { continue }
      let ontology = term.prefix.map(String.init) ?? ""
      let rows = [(term.id, 0)] + graph.ancestors(of: node).map { (graph[$0.node].id, $0.depth) }
      for (ancestor, depth) in rows {
        insert.bind(1, ontology)
        insert.bind(2, ancestor)
        insert.bind(3, term.id)
        insert.bind(4, depth)
        try insert.run()
      }
    }
  }
}
