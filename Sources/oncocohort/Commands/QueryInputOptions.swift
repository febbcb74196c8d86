import ArgumentParser

/// The query file, warehouse and extra ontologies every command that runs a query takes
/// (`build`, `describe`, `report`).
struct QueryInputOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("The query file (YAML).", valueName: "query"))
  var query: String

  @Option(
    help: ArgumentHelp(
      "The warehouse file (default: $ONCOCOHORT_WAREHOUSE, else oncocohort.sqlite here).", valueName: "file"))
  var warehouse: String?

  @Option(
    name: .customLong("ontology"),
    help: ArgumentHelp(
      "An ontology file or folder added to the shipped Ontologies/; repeatable.", valueName: "file"))
  var ontologies: [String] = []
}
