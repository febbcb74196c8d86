import ArgumentParser
import OncoModel

/// The sysexits-style exit codes of DESIGN.md, in one place.
enum ExitStatus {
  static let usage: Int32 = 64
  static let dataError: Int32 = 65
  static let failure: Int32 = 1

  /// Turns any error into what `exit(withError:)` should print and return.
  ///
  /// argument-parser's own validation errors exit 64; every module's error (a `DiagnosticError`)
  /// prints compiler-style on stderr and exits 65 when input data are at fault, 1 otherwise;
  /// anything else exits 1.
  static func translate(_ error: Error) -> Error {
    if let exit = error as? ExitCode { return exit }
    if let known = error as? any DiagnosticError {
      printError(known.formattedError)
      return ExitCode(known.isDataError ? dataError : failure)
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
