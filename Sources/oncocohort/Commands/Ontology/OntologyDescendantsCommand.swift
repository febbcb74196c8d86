import ArgumentParser
import OncoOntology

/// `oncocohort ontology descendants ID [--depth N]`: a term and everything below it.
struct OntologyDescendantsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "descendants",
    abstract: "List a term and its descendants (is_a, transitive), nearest first."
  )

  @Argument(help: "A term id, bare code, label or synonym.")
  var id: String

  @Option(help: "Stop this many is_a levels below the term.")
  var depth: Int?

  @OptionGroup var options: OntologyOptions

  func validate() throws {
    if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
  }

  func run() throws {
    let graph = try options.loadGraph()
    let node = try options.resolve(id, in: graph)
    let reached = graph.descendants(of: node, maxDepth: depth)
    OntologyHierarchyPrinter(graph: graph, options: options)
      .print(node, reached, key: "descendants")
  }
}

/// `oncocohort ontology ancestors ID`: every term above a term.
struct OntologyAncestorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ancestors",
    abstract: "List the ancestors of a term (is_a, transitive), nearest first."
  )

  @Argument(help: "A term id, bare code, label or synonym.")
  var id: String

  @OptionGroup var options: OntologyOptions

  func run() throws {
    let graph = try options.loadGraph()
    let node = try options.resolve(id, in: graph)
    OntologyHierarchyPrinter(graph: graph, options: options)
      .print(node, graph.ancestors(of: node), key: "ancestors")
  }
}

/// Prints a list of reached terms as JSON (`{"term", key: […]}`) or indented text.
struct OntologyHierarchyPrinter {
  let graph: TermGraph
  let options: OntologyOptions

  func print(_ node: TermGraph.Node, _ reached: [TermGraph.Reached], key: String) {
    switch options.format {
    case .json:
      // Serialising plain dictionaries and arrays cannot fail.
      try? options.printJSON(["term": graph.reference(node), key: reached.map(graph.reference)])
    case .text:
      // Nearest first; the first column is the number of is_a steps from the term.
      var text = ""
      for entry in reached {
        text += "\(entry.depth)  " + graph.line(entry.node) + "\n"
      }
      Swift.print(text, terminator: "")
    }
  }
}
