import ArgumentParser
import OncoOntology

/// `oncocohort ontology descendants ID [--depth N]`: a term and everything below it.
struct OntologyDescendantsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "descendants",
    abstract: "List a term and its descendants (is_a, transitive), nearest first."
  )

  @OptionGroup var term: OntologyTermArguments

  @Option(help: "Stop this many is_a levels below the term.")
  var depth: Int?

  func validate() throws {
    if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
  }

  func run() throws {
    let (graph, node) = try term.load()
    OntologyHierarchyPrinter(graph: graph, options: term.options)
      .print(node, graph.descendants(of: node, maxDepth: depth), key: "descendants")
  }
}

/// `oncocohort ontology ancestors ID`: every term above a term.
struct OntologyAncestorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ancestors",
    abstract: "List the ancestors of a term (is_a, transitive), nearest first."
  )

  @OptionGroup var term: OntologyTermArguments

  func run() throws {
    let (graph, node) = try term.load()
    OntologyHierarchyPrinter(graph: graph, options: term.options)
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
