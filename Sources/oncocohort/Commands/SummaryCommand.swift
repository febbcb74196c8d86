import ArgumentParser
import Foundation
import OncoModel
import OncoWarehouse

/// `oncocohort summary`: what the warehouse holds.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Show what the warehouse holds: sources, files, records by kind, unmapped codes."
  )

  @OptionGroup var options: WarehouseOptions
  @OptionGroup var common: CommonOptions

  func run() throws {
    let path = options.warehousePath
    guard path == ":memory:" || FileManager.default.fileExists(atPath: path) else {
      throw WarehouseError(
        .notAWarehouse, at: TextLocation(file: path), "no warehouse here",
        hint: "import sources first with `oncocohort import PATH…`, or name one with --warehouse")
    }
    let summary = try Warehouse(path: path).summary()
    let output = try ResultWriter(path: common.output)
    switch options.format {
    case .json: output.write(try WarehouseJSON.summaryDocument(summary))
    case .text: output.write(WarehouseText.render(summary))
    }
  }
}
