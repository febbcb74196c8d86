import ArgumentParser
import Foundation
import OncoQuery
import OncoReports

/// `oncocohort describe QUERY.yaml`: the cohort's descriptors, masked by statistical secrecy.
struct DescribeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "describe",
    abstract: "Describe a cohort: attrition, baseline, alterations, care pathway and survival.",
    discussion: """
      Selects the cohort the query file describes (as `build`) and computes what a report shows: \
      group sizes, the attrition table, baseline characteristics by group, the most altered genes \
      (denominators: patients whose panels covered the gene) and the co-occurrence of the query's \
      genes, lines of therapy with the query's care_pathway preset, and one survival analysis per \
      outcome (overall survival from the index date when the query names none). Every count obeys \
      the minimum cell count (the query's report.min_cell_count, or --min-cell-count; default 10): \
      counts below it show as <10, and counts that would reveal one are masked. Text is for \
      people; --format json prints the oncocohort.describe/1 document (stable keys, \
      docs/report-schema.md without provenance).

      --explain PATIENT prints that one patient's lines of therapy and why each started and ended. \
      It is patient-level output, allowed only because you ask for it by name; nothing else in \
      describe or report ever shows a patient.

      Examples:
        oncocohort describe SampleData/queries/kras-g12c.yaml --warehouse out/oncocohort.sqlite
        oncocohort describe q.yaml --format json --min-cell-count 5
        oncocohort describe q.yaml --explain REG-00042

      Exit status: 0 ok, 65 invalid query or data, 64 bad usage.
      """
  )

  @OptionGroup var options: CohortQueryOptions

  @Option(help: "Output format: text for people, json for scripts.")
  var format: DescribeFormat = .text

  @Option(
    help: ArgumentHelp(
      "Print this patient's lines of therapy with their reasons (source id, or source:id); patient-level.",
      valueName: "patient"))
  var explain: String?

  @Option(help: ArgumentHelp("Write the result to this file instead of standard output.", valueName: "file"))
  var output: String?

  func validate() throws {
    if explain != nil && format == .json {
      throw ValidationError("--explain prints text; leave out --format json")
    }
  }

  func run() throws {
    let (loaded, assembler) = try options.load()
    let writer = try ResultWriter(path: output)
    if let explain {
      guard let text = try assembler.explain(patient: explain, query: loaded.query) else {
        printError("error: patient '\(explain)' is not in the cohort of \(options.query)")
        printError(
          "  hint: give the source's patient id (REG-00042) or source:id; `oncocohort build` lists the cohort"
        )
        throw ExitCode(ExitStatus.dataError)
      }
      writer.write(text)
      return
    }
    let document = try assembler.assemble(QueryLoader.request(loaded, file: options.query)).document
    writer.write(
      ReportRenderer.describe(
        document: document, format: format, minCellCount: options.minimumCellCount(loaded)))
  }
}

extension DescribeFormat: ExpressibleByArgument {}
