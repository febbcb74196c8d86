import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// Reads from `Fixtures/fhir-server/server.py`, a FHIR-like server on 127.0.0.1 started per test.
@Suite struct FHIRServerReaderTests {
  /// The FHIR-like loopback server of `Fixtures/fhir-server/server.py`.
  final class Server {
    let server: LoopbackServer

    init() throws {
      server = try LoopbackServer(script: Fixtures.local("OncoFormatsTests", "fhir-server/server.py"))
    }

    var port: Int { server.port }
    var base: String { "fhir+http://127.0.0.1:\(port)/fhir" }
  }

  /// A reader whose token variable holds the server's token (a name unique to the test).
  static func reader(_ server: Server, _ searches: [String], token: String? = "s3cret") -> FHIRServerReader {
    let variable = "ONCOCOHORT_TEST_FHIR_TOKEN_\(UUID().uuidString.prefix(8))"
    if let token { setenv(variable, token, 1) }
    var reader = FHIRServerReader(baseURL: server.base, searches: searches, tokenVariable: variable)
    reader.retryDelay = 0.05
    reader.timeoutSeconds = 10
    return reader
  }

  @Test func pagesThroughSearchesAndRetriesBusyAnswers() throws {
    let server = try Server()
    #expect(server.port > 0)
    let result = try SourceReadResult.collect(Self.reader(server, ["Patient", "Observation"]))
    let base = "http://127.0.0.1:\(server.port)/fhir"
    #expect(
      result.reports.map(\.path) == ["\(base)/Patient", "\(base)/Patient?page=2", "\(base)/Observation"])
    #expect(
      result.reports.map(\.counts) == [
        ReadCounts(read: 2, accepted: 2, rejected: 0), ReadCounts(read: 1, accepted: 1, rejected: 0),
        ReadCounts(read: 2, accepted: 1, rejected: 1),
      ])
    #expect(result.patients.map(\.id) == ["p1", "p2", "p3"])
    #expect(result.patients[2].birthDay == Day(year: 1970, month: 5, day: 15))
    #expect(
      result.alterations.first?.gene == "KRAS" && result.alterations.first?.proteinChange?.short == "G12C")
    let rejected = try #require(result.diagnostics.first { $0.severity == .error })
    #expect(rejected.location.description == "\(base)/Observation: entry[1]")
  }

  @Test func stopsOnALoopingNextLink() throws {
    let server = try Server()
    let result = try SourceReadResult.collect(Self.reader(server, ["Loop"]))
    #expect(result.reports.count == 1)
  }

  @Test func unauthorisedAndNotFoundAreClearErrors() throws {
    let server = try Server()
    let unauthorised = #expect(throws: FormatError.self) {
      try SourceReadResult.collect(Self.reader(server, ["Patient"], token: nil))
    }
    #expect(unauthorised?.code == .httpStatus && unauthorised?.message.contains("401") == true)
    #expect(unauthorised?.hint?.contains("ONCOCOHORT_TEST_FHIR_TOKEN_") == true)
    let missing = #expect(throws: FormatError.self) {
      try SourceReadResult.collect(Self.reader(server, ["Nothing"]))
    }
    #expect(missing?.message == "not found: 404")
  }

  @Test func failingServerGivesUpAfterTheRetries() throws {
    let server = try Server()
    var reader = Self.reader(server, ["Down"])
    reader.retries = 2
    let error = #expect(throws: FormatError.self) { try SourceReadResult.collect(reader) }
    #expect(error?.message == "server answered 500")
    #expect(error?.hint?.contains("tried 3 time(s)") == true)
  }

  @Test func connectionRefusedIsANetworkError() throws {
    // Port 9 (discard) on loopback has no listener here; the reader must not hang.
    var reader = FHIRServerReader(baseURL: "http://127.0.0.1:9/fhir", searches: ["Patient"])
    reader.retries = 1
    reader.retryDelay = 0.01
    let error = #expect(throws: FormatError.self) { try SourceReadResult.collect(reader) }
    #expect(error?.code == .network)
  }
}
