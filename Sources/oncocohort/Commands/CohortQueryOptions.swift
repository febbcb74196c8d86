import ArgumentParser
import OncoReports

/// The query file, warehouse, ontologies and minimum cell count of `describe` and `report`.
struct CohortQueryOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("The query file (YAML).", valueName: "query"))
  var query: String

  @Option(
    help: ArgumentHelp(
      "The warehouse file (default: $ONCOCOHORT_WAREHOUSE, else oncocohort.sqlite here).", valueName: "file"))
  var warehouse: String?

  @Option(
    name: .customLong("min-cell-count"),
    help: ArgumentHelp(
      "Mask counts below this (default: the query's report.min_cell_count, else 10).", valueName: "n"))
  var minCellCount: Int?

  @Option(
    name: .customLong("ontology"),
    help: ArgumentHelp(
      "An ontology file or folder added to the shipped Ontologies/; repeatable.", valueName: "file"))
  var ontologies: [String] = []

  func validate() throws {
    if let minCellCount, minCellCount < 1 { throw ValidationError("--min-cell-count must be at least 1") }
  }

  /// Reads the query (diagnostics on stderr, exit 65 when invalid) and prepares its assembler.
  func load() throws -> (query: LoadedQuery, assembler: ReportAssembler) {
    let loaded = try QueryLoader.load(query, ontologies: ontologies)
    return (loaded, try QueryLoader.assembler(for: loaded, warehouse: warehouse))
  }

  /// The minimum cell count: the option, else the query's.
  func minimumCellCount(_ loaded: LoadedQuery) -> Int { minCellCount ?? loaded.query.report.minCellCount }
}
