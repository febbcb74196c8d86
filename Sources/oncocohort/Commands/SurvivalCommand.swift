import ArgumentParser
import Foundation
import OncoModel
import OncoSurvival

/// `oncocohort survival --table FILE …`: Kaplan–Meier, log-rank and Cox on a CSV/TSV table.
struct SurvivalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "survival",
    abstract: "Survival statistics on a table: Kaplan–Meier, log-rank, Cox, RMST, delayed entry.",
    discussion: """
      Rows missing a value in a used column (empty, NA, NaN, '.') are dropped and counted. The \
      event column accepts 0/1, 1/2 (R: 1 censored, 2 event), TRUE/FALSE and 1:DECEASED/0:LIVING. \
      Results match R's survival package; see docs/survival.md.
      """
  )

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: "The CSV or TSV table (gzip allowed).")
  var table: String
  @Option(help: "The column of follow-up (exit) times.")
  var time: String
  @Option(help: "The column of event indicators.")
  var event: String
  @Option(help: "The column of entry times (delayed entry, left truncation).")
  var entry: String?
  @Option(help: "The column of groups to compare (one curve per group, log-rank test).")
  var group: String?
  @Option(help: "Comma-separated covariates of a Cox model; non-numeric ones are categorical.")
  var covariates: String?
  @Option(help: "A column of strata (stratified log-rank and Cox).")
  var strata: String?
  @Option(help: "Tie handling of the Cox model.")
  var ties: CoxModel.Ties = .efron
  @Option(name: .customLong("conf-type"), help: "Kaplan–Meier interval type.")
  var confType: KaplanMeier.ConfidenceType = .log
  @Option(name: .customLong("conf-level"), help: "Confidence level of all intervals.")
  var confLevel: Double = 0.95
  @Option(help: "Restricted mean survival time up to this time.")
  var rmst: Double?
  @Option(help: "Comma-separated times at which to report survival.")
  var landmarks: String?
  @Option(help: "Output format.")
  var format: Format = .text
  @Option(help: "Write the result to this file instead of standard output.")
  var output: String?

  func validate() throws {
    guard confLevel > 0, confLevel < 1 else {
      throw ValidationError("--conf-level must be between 0 and 1, e.g. 0.95")
    }
    if let rmst, !(rmst > 0) { throw ValidationError("--rmst must be a positive time") }
    _ = try landmarkTimes()
  }

  func run() throws {
    let columns = SurvivalInput.Columns(
      time: time, event: event, entry: entry, group: group, strata: strata,
      covariates: covariateNames)
    let table = try DelimitedTable(path: self.table, columns: Array(uniqueColumnNames(columns.all)))
    for warning in table.warnings { printDiagnostic(warning) }
    let report = try SurvivalAnalysis(
      table: table, columns: columns, ties: ties, confidenceType: confType,
      confidenceLevel: confLevel,
      rmst: rmst, landmarks: try landmarkTimes()
    ).run()
    let writer = try ResultWriter(path: output)
    writer.write(format == .json ? report.json.rendered() : report.text)
  }

  private var covariateNames: [String] {
    (covariates ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  private func landmarkTimes() throws -> [Double] {
    try (landmarks ?? "").split(separator: ",").map { text in
      guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
        throw ValidationError("--landmarks takes comma-separated times, found '\(text)'")
      }
      return value
    }
  }
}

extension CoxModel.Ties: ExpressibleByArgument {}
extension KaplanMeier.ConfidenceType: ExpressibleByArgument {}

/// The names in order, each once (a column used twice is read once).
func uniqueColumnNames(_ names: [String]) -> [String] {
  var seen = Set<String>()
  return names.filter { seen.insert($0).inserted }
}
