import ArgumentParser
import OncoOntology

/// `oncocohort ontology lookup TEXT`: every term an id, code, label or synonym denotes.
struct OntologyLookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "List the terms whose id, code, label or synonym is TEXT (case and accents ignored)."
  )

  @Argument(help: "An id, a bare code, a label or a synonym.")
  var text: String

  @OptionGroup var options: OntologyOptions

  func run() throws {
    let graph = try options.loadGraph()
    let matches = graph.search(text)
    if matches.isEmpty {
      // resolve() builds the "did you mean" error.
      _ = try graph.resolve(text)
    }
    switch options.format {
    case .json:
      let list = matches.map { match -> [String: Any] in
        var object = graph.reference(match.node)
        object["match"] = match.kind.rawValue
        object["obsolete"] = graph[match.node].isObsolete
        return object
      }
      try options.printJSON(["query": text, "matches": list])
    case .text:
      for match in matches {
        let obsolete = graph[match.node].isObsolete ? ", obsolete" : ""
        print("\(graph.line(match.node))  (\(match.kind.rawValue)\(obsolete))")
      }
    }
  }
}
