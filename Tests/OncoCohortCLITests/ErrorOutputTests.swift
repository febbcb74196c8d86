import Foundation
import OncoTestSupport
import Testing

/// The whole standard error and the exit status of one error of each module, as printed through the
/// one `DiagnosticError` path of `ExitStatus`.
///
/// Each expected text is the module's own message and hint (copied from the source that throws
/// it), laid out as before the protocol existed: `file:line:column: error: message` with the
/// expected/found part where the error has one, or `error: message` for an error about no file.
@Suite struct ErrorOutputTests {
  static func run(_ arguments: [String], files: [String: String] = [:]) throws -> CLI.Result {
    let scratch = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    for (name, text) in files {
      try text.write(to: scratch.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return try CLI.run(arguments, directory: scratch)
  }

  /// A table error keeps its expected/found part (`TableError` passes its own diagnostic).
  @Test func tableErrorKeepsExpectedAndFound() throws {
    let result = try Self.run(
      ["survival", "--table", "t.tsv", "--time", "time", "--event", "status"],
      files: ["t.tsv": "time\tstatus\n1\t1\nx\t0\n"])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "t.tsv:3:1: error: time column 'time' is not a number (expected a number, found 'x')\n"
        + "  hint: missing values are written empty, NA, NaN or '.'\n")
  }

  /// A report error is about a command-line value: no location.
  @Test func reportErrorHasNoLocation() throws {
    let result = try Self.run(
      ["report", "q.yaml", "--output", "r.html", "--timestamp", "yesterday"], files: ["q.yaml": "name: x\n"])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "error: 'yesterday' is not a timestamp\n"
        + "  hint: give ISO 8601 with a zone (2026-01-31T12:00:00Z) or seconds since 1970\n")
  }

  /// An ontology term lookup names no file.
  @Test func ontologyLookupErrorHasNoFile() throws {
    let result = try Self.run(["ontology", "lookup", "NOTATERM"])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "error: no loaded term matches 'NOTATERM'\n"
        + "  hint: search with 'oncocohort ontology lookup', or load another --ontology\n")
  }

  /// A warehouse error names the warehouse file.
  @Test func warehouseErrorNamesTheFile() throws {
    let result = try Self.run(
      ["summary", "--warehouse", "w.sqlite"], files: ["w.sqlite": "not a database\n"])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "w.sqlite: error: the file is not an SQLite database\n"
        + "  hint: name a new file with --warehouse, or remove this one\n")
  }
}
