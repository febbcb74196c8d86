import ArgumentParser
import Foundation
import OncoModel
import OncoOntology
import OncoQuery
import OncoReports
import OncoWarehouse

/// A query file read and validated, with what reports need of it.
struct LoadedQuery {
  var query: CohortQuery
  /// The file's text, hashed for provenance.
  var text: String
  /// The plain-language reading.
  var reading: String
  /// The ontologies it was validated against.
  var ontology: TermGraph?
}

/// Reads query files for `build`, `describe`, `report` and `demo`, the way `validate` does.
enum QueryLoader {
  /// Reads and validates `path`, printing its diagnostics compiler-style on standard error.
  ///
  /// - Throws: `ExitCode(65)` when the query is invalid (or has warnings and `strict`).
  static func load(_ path: String, ontologies: [String] = [], strict: Bool = false, quiet: Bool = false)
    throws
    -> LoadedQuery
  {
    let graph = try QueryOntologies.load(ontologies)
    let result = QueryFileReader(ontology: graph).read(path: path)
    for diagnostic in result.diagnostics where diagnostic.severity == .error || !quiet {
      printDiagnostic(diagnostic)
    }
    guard result.isValid, !(strict && !result.diagnostics.isEmpty), let query = result.query else {
      throw ExitCode(ExitStatus.dataError)
    }
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return LoadedQuery(
      query: query, text: text,
      reading: result.reading ?? QueryReading(ontology: graph).paragraph(for: query),
      ontology: graph)
  }

  /// Opens an existing warehouse (`--warehouse`, `$ONCOCOHORT_WAREHOUSE`, or `oncocohort.sqlite`).
  ///
  /// - Throws: `WarehouseError` `notAWarehouse` with a hint when there is none.
  static func warehouse(_ option: String?) throws -> Warehouse {
    let path = WarehouseOptions.resolvedPath(option)
    guard path == ":memory:" || FileManager.default.fileExists(atPath: path) else {
      throw WarehouseError(
        .notAWarehouse, at: TextLocation(file: path), "no warehouse here",
        hint: "import sources first with `oncocohort import PATH…`, or name one with --warehouse")
    }
    return try Warehouse(path: path)
  }

  /// The assembler of a report on `warehouse` (an existing one, see ``warehouse(_:)``).
  static func assembler(for loaded: LoadedQuery, warehouse: String?) throws -> ReportAssembler {
    ReportAssembler(
      warehouse: try Self.warehouse(warehouse), ontology: loaded.ontology,
      consequences: try? BuildCommand.sequenceOntology())
  }

  /// What reports are asked for: the loaded query and this run's command line.
  static func request(_ loaded: LoadedQuery, file: String, commandLine: [String]? = nil) -> ReportRequest {
    ReportRequest(
      query: loaded.query, queryFile: file, queryText: loaded.text, reading: loaded.reading,
      toolVersion: Version.current,
      commandLine: commandLine ?? ["oncocohort"] + CommandLine.arguments.dropFirst())
  }
}
