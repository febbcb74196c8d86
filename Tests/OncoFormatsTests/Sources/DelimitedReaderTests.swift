import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// The CSV layer through ``ClinicalTableReader``: a one-table mapping over hand-written bytes.
@Suite struct DelimitedReaderTests {
  static func read(_ table: [UInt8], delimiter: String = ",") throws -> SourceReadResult {
    let folder = try Fixtures.temporaryDirectory()
    try Data(table).write(to: folder.appendingPathComponent("t.csv"))
    let mapping = """
      tables:
        treatments:
          file: t.csv
          delimiter: "\(delimiter)"
          columns: {patient_id: P, agent: A, start_date: S}
      """
    try mapping.write(to: folder.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
    return try ClinicalTableReaderTests.read(folder.appendingPathComponent("m.yaml").path)
  }

  @Test func rfc4180Quoting() throws {
    let text =
      "P,A,S\r\np1,\"a, \"\"quoted\"\" drug\",2020-01-01\r\np2,\"two\r\nlines\",2020-01-02\r\np3,\"\",2020-01-03\r\n"
    let result = try Self.read(Array(text.utf8))
    #expect(result.treatments.map(\.agent) == ["a, \"quoted\" drug", "two\nlines"])
    #expect(result.treatments.map { $0.location?.line } == [2, 3])
    // The empty quoted agent is missing: rejected on line 5.
    #expect(result.diagnostics.first { $0.severity == .error }?.location.line == 5)
    #expect(result.reports.first?.counts == ReadCounts(read: 3, accepted: 2, rejected: 1))
  }

  @Test func unterminatedQuoteIsReportedAtItsLine() throws {
    let result = try Self.read(Array("P,A,S\np1,x,2020-01-01\np2,\"open,2020-01-02\np3,y,2020-01-03\n".utf8))
    #expect(
      result.diagnostics.contains {
        $0.message.contains("quoted field is not closed") && $0.location.line == 3
      })
    #expect(result.treatments.map(\.agent) == ["x"])
  }

  @Test func latin1AndTabs() throws {
    var bytes = Array("P\tA\tS\np1\t".utf8)
    bytes += [0x63, 0xE9, 0x74, 0x75, 0x78, 0x69, 0x6D, 0x61, 0x62]  // "cétuximab" in Latin-1
    bytes += Array("\t2020-01-01\n".utf8)
    let result = try Self.read(bytes, delimiter: "tab")
    #expect(result.treatments.first?.agent == "cétuximab")
    #expect(result.diagnostics.filter { $0.message == "file is not valid UTF-8" }.count == 1)
  }
}
