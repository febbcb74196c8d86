import ArgumentParser
import Foundation
import OncoOntology

/// `oncocohort ontology show ID`: everything known about one term.
struct OntologyShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a term: label, synonyms, definition, parents, children, cross-references."
  )

  @OptionGroup var term: OntologyTermArguments

  func run() throws {
    let (graph, node) = try self.term.load()
    let options = self.term.options
    let term = graph[node]
    let parents = graph.parents(of: node)
    let children = graph.children(of: node)
    switch options.format {
    case .json:
      var object = graph.reference(node)
      object["synonyms"] = term.synonyms.map { synonym -> [String: Any] in
        ["text": synonym.text, "scope": synonym.scope.rawValue, "language": synonym.language ?? NSNull()]
      }
      object["localized_labels"] = term.localizedLabels
      object["definition"] = term.definition ?? NSNull()
      object["kind"] = term.kind ?? NSNull()
      object["parents"] = parents.map { graph.reference($0) }
      object["children"] = children.map { graph.reference($0) }
      object["xrefs"] = term.xrefs
      object["alternative_ids"] = term.alternativeIds
      object["obsolete"] = term.isObsolete
      object["replaced_by"] = term.replacedBy
      object["depth"] = graph.depth(of: node)
      try options.printJSON(["term": object])
    case .text:
      print(graph.line(node))
      for (language, label) in term.localizedLabels.sorted(by: { $0.key < $1.key }) {
        print("  label (\(language)): \(label)")
      }
      if let kind = term.kind { print("  kind: \(kind)") }
      if let definition = term.definition { print("  definition: \(definition)") }
      for synonym in term.synonyms {
        let language = synonym.language.map { ", \($0)" } ?? ""
        print("  synonym: \(synonym.text) (\(synonym.scope.rawValue)\(language))")
      }
      for parent in parents { print("  is_a: \(graph.line(parent))") }
      for child in children { print("  child: \(graph.line(child))") }
      for xref in term.xrefs { print("  xref: \(xref)") }
      for alternative in term.alternativeIds { print("  alternative id: \(alternative)") }
      if term.isObsolete { print("  obsolete; replaced by: \(term.replacedBy.joined(separator: ", "))") }
      print("  depth: \(graph.depth(of: node))")
    }
  }
}
