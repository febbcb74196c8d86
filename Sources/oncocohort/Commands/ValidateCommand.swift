import ArgumentParser
import Foundation
import OncoModel
import OncoOntology
import OncoQuery
import OncoWarehouse

/// `oncocohort validate QUERY.yaml`: check a cohort query file and say in words what it selects.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a cohort query file and print a plain-language reading of it.",
    discussion: """
      Every problem is reported in one run, compiler-style on standard error \
      ('file:line:column: error: message' then a hint): YAML syntax, unknown keys, wrong types, \
      impossible ranges, expression syntax, unknown genes (HGNC), unknown or obsolete concepts, \
      duplicate groups, include cycles and unknown @definitions. A valid file prints one \
      paragraph saying who the cohort holds. Genes and concepts are checked against the shipped \
      Ontologies/ folder plus any --ontology. See docs/query-language.md.

      Example:
        oncocohort validate nsclc.yaml
        oncocohort validate nsclc.yaml --warehouse oncocohort.sqlite --format json

      Exit status: 0 valid (warnings allowed unless --strict), 65 invalid, 64 bad usage.
      """
  )

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The query file (YAML, version: 1).")
  var query: String

  @Option(
    help: ArgumentHelp(
      "Also check that the named sources are in this warehouse (absent ones are warnings).",
      valueName: "file"))
  var warehouse: String?

  @Option(
    name: .customLong("ontology"),
    help: ArgumentHelp(
      "An ontology file or folder loaded in addition to the shipped Ontologies/ (OncoTree, a full HGNC table…); repeatable.",
      valueName: "file"))
  var ontologies: [String] = []

  @Option(help: "Output format: text for people, json for scripts (stable keys).")
  var format: Format = .text

  @Flag(help: "Treat warnings as errors (exit 65).")
  var strict = false

  @Flag(help: "Print only errors on standard error, not warnings.")
  var quiet = false

  func run() throws {
    let graph = try QueryOntologies.load(ontologies)
    var result = QueryFileReader(ontology: graph).read(path: query)
    if let warehouse, result.isValid {
      guard FileManager.default.fileExists(atPath: warehouse) else {
        throw WarehouseError(
          .notAWarehouse, at: TextLocation(file: warehouse), "no warehouse here",
          hint: "import sources first with `oncocohort import PATH…`, or fix --warehouse")
      }
      result = result.checkingSources(available: try Warehouse(path: warehouse).sources().map(\.name))
    }
    let failed = !result.isValid || (strict && !result.diagnostics.isEmpty)
    switch format {
    case .text:
      for diagnostic in result.diagnostics where diagnostic.severity == .error || !quiet {
        printDiagnostic(diagnostic)
      }
      if let reading = result.reading, !failed { print(reading) }
    case .json:
      print(Self.document(result, valid: !failed).rendered(), terminator: "")
    }
    if failed { throw ExitCode(ExitStatus.dataError) }
  }

  /// The `oncocohort.validate/1` document of DESIGN.md.
  static func document(_ result: QueryFileResult, valid: Bool) -> JSONValue {
    let diagnostics = result.diagnostics.map { diagnostic -> JSONValue in
      var message = diagnostic.message
      if let expected = diagnostic.expected {
        message +=
          diagnostic.found.map { " (expected \(expected), found '\($0)')" } ?? " (expected \(expected))"
      }
      return .object([
        ("file", .string(diagnostic.location.file)),
        ("line", diagnostic.location.line.map { .integer($0) } ?? .null),
        ("column", diagnostic.location.column.map { .integer($0) } ?? .null),
        ("severity", .string(diagnostic.severity.rawValue)),
        ("message", .string(message)),
        ("hint", diagnostic.hint.map { .string($0) } ?? .null),
      ])
    }
    return .object([
      ("schema", .string("oncocohort.validate/1")),
      ("valid", .bool(valid)),
      ("diagnostics", .array(diagnostics)),
      ("reading", valid ? result.reading.map { .string($0) } ?? .null : .null),
    ])
  }
}
