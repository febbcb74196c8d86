import ArgumentParser
import OncoFormats
import OncoOntology
import OncoQuery
import OncoSurvival
import OncoWarehouse

/// The sysexits-style exit codes of DESIGN.md, in one place.
enum ExitStatus {
  static let usage: Int32 = 64
  static let dataError: Int32 = 65
  static let failure: Int32 = 1

  /// Turns any error into what `exit(withError:)` should print and return.
  ///
  /// argument-parser's own validation errors exit 64; input-data errors print
  /// compiler-style on stderr and exit 65; anything else exits 1.
  static func translate(_ error: Error) -> Error {
    if let exit = error as? ExitCode { return exit }
    if let formatError = error as? FormatError {
      printDiagnostic(formatError.diagnostic)
      return ExitCode(dataError)
    }
    if let warehouseError = error as? WarehouseError {
      printDiagnostic(warehouseError.diagnostic)
      return ExitCode(warehouseError.isDataError ? dataError : failure)
    }
    if let tableError = error as? TableError {
      printDiagnostic(tableError.diagnostic)
      return ExitCode(dataError)
    }
    if let buildError = error as? CohortBuildError {
      printDiagnostic(buildError.diagnostic)
      return ExitCode(dataError)
    }
    if let survivalError = error as? SurvivalError {
      printError(survivalError.description)
      return ExitCode(dataError)
    }
    if let ontologyError = error as? OntologyError {
      printError(ontologyError.description)
      return ExitCode(dataError)
    }
    if error is ValidationError || error is CleanExit { return error }
    let code = OncoCohort.exitCode(for: error)
    if code == .validationFailure || code.rawValue == 64 {
      // argument-parser prints the usage message itself; keep its text, change its status.
      let message = OncoCohort.fullMessage(for: error)
      if !message.isEmpty { printError(message) }
      return ExitCode(usage)
    }
    if code != .failure { return error }
    printError("error: \(error)")
    return ExitCode(failure)
  }
}
