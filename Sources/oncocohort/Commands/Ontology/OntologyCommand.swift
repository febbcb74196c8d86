import ArgumentParser

/// `oncocohort ontology …`: browse the ontologies queries are written with.
struct OntologyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ontology",
    abstract: "Look up terms and walk the hierarchy of the loaded ontologies.",
    discussion: """
      Without --ontology, the shipped Ontologies/ folder is loaded (or the folder named by \
      $ONCOCOHORT_ONTOLOGIES). An ID may be a CURIE (SO:0001583), a bare code (C34.1, LUAD), \
      a label or a synonym, as long as only one loaded term matches it.
      """,
    subcommands: [
      OntologyLookupCommand.self, OntologyShowCommand.self, OntologyDescendantsCommand.self,
      OntologyAncestorsCommand.self,
    ]
  )
}
