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

      --ontology also takes an http(s) URL, optionally ending #sha256=HEX: it is downloaded \
      once into the cache folder, revalidated with ETag/Last-Modified on later runs, refused \
      if its sha256 differs, and used from the cache (with a warning) when the server cannot \
      be reached; --offline skips the server. Files of 1 MiB or more are parsed once and kept \
      in a binary cache beside the downloads, used while the source's size and time (or, \
      failing those, its sha256) are unchanged; a damaged cache is a warning and is rebuilt. \
      Cache folder: --ontology-cache, else $ONCOCOHORT_ONTOLOGY_CACHE, else \
      $XDG_CACHE_HOME/oncocohort/ontologies, else ~/.cache/oncocohort/ontologies.
      """,
    subcommands: [
      OntologyLookupCommand.self, OntologyShowCommand.self, OntologyDescendantsCommand.self,
      OntologyAncestorsCommand.self,
    ]
  )
}
