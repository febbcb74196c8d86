import ArgumentParser

/// `oncocohort variants FILE…`: parse and normalise variant files.
struct VariantsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "variants",
    abstract: "Parse variant files (VCF, MAF) and print their normalised alterations."
  )

  @Argument(help: "Variant files: VCF (plain, gzip or BGZF) or MAF; '-' reads standard input.")
  var files: [String]

  func run() throws {}
}
