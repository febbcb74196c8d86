import ArgumentParser
import Foundation

/// Options shared by the commands that use the warehouse: where it is, and the output format.
struct WarehouseOptions: ParsableArguments {
  /// How a command prints its result.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(
    help: ArgumentHelp(
      "The warehouse file (default: $ONCOCOHORT_WAREHOUSE, else oncocohort.sqlite here).",
      valueName: "file"))
  var warehouse: String?

  @Option(help: "Output format: text for people, json for scripts (stable keys).")
  var format: Format = .text

  /// The warehouse path: `--warehouse`, else `$ONCOCOHORT_WAREHOUSE`, else `oncocohort.sqlite`.
  var warehousePath: String { Self.resolvedPath(warehouse) }

  /// `option` when given, else `$ONCOCOHORT_WAREHOUSE`, else `oncocohort.sqlite`.
  static func resolvedPath(_ option: String?) -> String {
    if let warehouse = option { return warehouse }
    if let fromEnvironment = ProcessInfo.processInfo.environment["ONCOCOHORT_WAREHOUSE"],
      !fromEnvironment.isEmpty
    {
      return fromEnvironment
    }
    return "oncocohort.sqlite"
  }
}
