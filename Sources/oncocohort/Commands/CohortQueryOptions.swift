import ArgumentParser
import OncoReports

/// The query file, warehouse, ontologies and minimum cell count of `describe` and `report`.
struct CohortQueryOptions: ParsableArguments {
  @OptionGroup var input: QueryInputOptions

  @Option(
    name: .customLong("min-cell-count"),
    help: ArgumentHelp(
      "Mask counts below this (default: the query's report.min_cell_count, else 10).", valueName: "n"))
  var minCellCount: Int?

  func validate() throws {
    if let minCellCount, minCellCount < 1 { throw ValidationError("--min-cell-count must be at least 1") }
  }

  /// Reads the query (diagnostics on stderr, exit 65 when invalid) and prepares its assembler.
  func load() throws -> (query: LoadedQuery, assembler: ReportAssembler) {
    let loaded = try QueryLoader.load(input.query, ontologies: input.ontologies)
    return (loaded, try QueryLoader.assembler(for: loaded, warehouse: input.warehouse))
  }

  /// The query file's path.
  var query: String { input.query }

  /// The minimum cell count: the option, else the query's.
  func minimumCellCount(_ loaded: LoadedQuery) -> Int { minCellCount ?? loaded.query.report.minCellCount }
}
