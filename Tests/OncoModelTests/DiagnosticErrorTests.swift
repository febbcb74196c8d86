import OncoModel
import Testing

/// What the command line prints for any module's error, through the one `DiagnosticError` protocol.
@Suite struct DiagnosticErrorTests {
  /// A module error as the protocol sees it; `isDataError` is left to the default unless given.
  struct SampleError: DiagnosticError {
    var diagnosticCode = "sample_code"
    var message: String
    var diagnosticLocation: TextLocation?
    var diagnosticHint: String?
  }

  struct EnvironmentError: DiagnosticError {
    var diagnosticCode: String { "database" }
    var message: String { "disk I/O error" }
    var diagnosticLocation: TextLocation? { TextLocation(file: "w.sqlite") }
    var diagnosticHint: String? { nil }
    var isDataError: Bool { false }
  }

  @Test func locatedErrorPrintsCompilerStyle() {
    let error = SampleError(
      message: "unknown gene 'KRSA'", diagnosticLocation: TextLocation(file: "q.yaml", line: 12, column: 7),
      diagnosticHint: "did you mean 'KRAS'?")
    #expect(error.formattedError == "q.yaml:12:7: error: unknown gene 'KRSA'\n  hint: did you mean 'KRAS'?")
    #expect(error.locatedDiagnostic?.severity == .error)
    #expect(error.isDataError)
  }

  @Test func errorWithoutLocationPrintsTheSeverityFirst() {
    let bare = SampleError(message: "no events", diagnosticLocation: nil, diagnosticHint: nil)
    #expect(bare.formattedError == "error: no events")
    #expect(bare.locatedDiagnostic == nil)
    let hinted = SampleError(message: "no events", diagnosticLocation: nil, diagnosticHint: "add follow-up")
    #expect(hinted.formattedError == "error: no events\n  hint: add follow-up")
  }

  @Test func typesCanMarkEnvironmentFailures() {
    let error: any DiagnosticError = EnvironmentError()
    #expect(!error.isDataError)
    #expect(error.formattedError == "w.sqlite: error: disk I/O error")
  }
}
