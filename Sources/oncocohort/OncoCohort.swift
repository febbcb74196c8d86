import ArgumentParser

/// The `oncocohort` command: parse variant reports, build cohorts, describe care and prognosis.
@main
struct OncoCohort: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "oncocohort",
    abstract: "Cohorts of cancer patients by molecular alteration: care pathways and prognosis.",
    discussion: """
      Results go to standard output, diagnostics to standard error. Exit status: 0 success, \
      64 bad usage, 65 bad input data or query, 1 any other failure.
      """,
    version: Version.current,
    subcommands: [
      VariantsCommand.self, ImportCommand.self, SummaryCommand.self, OntologyCommand.self,
      SurvivalCommand.self, BuildCommand.self,
      ValidateCommand.self,
    ]
  )

  /// Maps argument-parser's usage errors to exit 64 (EX_USAGE) as DESIGN.md promises.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      exit(withError: ExitStatus.translate(error))
    }
  }
}
