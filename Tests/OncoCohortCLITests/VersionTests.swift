import OncoTestSupport
import Testing

@Suite struct CommandLineBasicsTests {
  @Test func printsItsVersion() throws {
    let result = try CLI.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == "0.1.0\n")
  }

  @Test func unknownOptionIsAUsageError() throws {
    let result = try CLI.run(["--no-such-option"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("Unknown option '--no-such-option'"))
    #expect(result.stdout.isEmpty)
  }

  @Test func helpListsTheCommands() throws {
    let result = try CLI.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("variants"))
  }
}
