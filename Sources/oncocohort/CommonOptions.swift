import ArgumentParser

/// Options every command shares (DESIGN.md, "Common options").
struct CommonOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp("Write the result to this file instead of standard output.", valueName: "file"))
  var output: String?

  @Flag(
    name: .long,
    help: "Treat warnings and rejected records as errors (exit 65 once all diagnostics are printed).")
  var strict = false

  @Flag(name: .long, help: "Print only errors on standard error, not warnings or summaries.")
  var quiet = false
}
