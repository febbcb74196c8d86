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

  /// Rows without quotes are cut straight from the line; rows with one go through the quote-aware
  /// path: both must read alike, with the same columns in diagnostics.
  @Test func plainAndQuotedRowsInOneFile() throws {
    let text =
      "P,A,S\np1, x ,2020-01-01\np2,a\"b,2020-01-02\np3,\"q\",2020-01-03\np4,y,\n,,\np5,,2020-01-05\n"
    let result = try Self.read(Array(text.utf8))
    // Spaces around a cell are trimmed; a quote inside an unquoted cell is an ordinary character.
    #expect(result.treatments.map(\.agent) == ["x", "a\"b", "q"])
    #expect(result.treatments.map { $0.location?.line } == [2, 3, 4])
    // p4's start date is empty: column 1 + "p4," + "y," = 6. The all-empty line 6 is no row.
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.map(\.message) == ["start date is empty", "agent is empty"])
    #expect(errors.map(\.location.line) == [5, 7])
    #expect(errors.map(\.location.column) == [6, 4])
    #expect(result.reports.first?.counts == ReadCounts(read: 5, accepted: 3, rejected: 2))
  }

  /// Rows of one patient follow each other; a row of another patient must not reuse the first
  /// one's checks (known patient, birth day).
  @Test func consecutiveRowsOfDifferentPatients() throws {
    let folder = try Fixtures.temporaryDirectory()
    try "P,B\np1,2000-01-01\np2,2010-01-01\n".write(
      to: folder.appendingPathComponent("p.csv"), atomically: true, encoding: .utf8)
    try
      "P,A,S\np1,x,2005-01-01\np1,y,2006-01-01\np2,z,2005-01-01\np3,w,2005-01-01\np3,v,2005-01-01\np1,u,2007-01-01\n"
      .write(to: folder.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
    let mapping = """
      tables:
        patients:
          file: p.csv
          columns: {patient_id: P, birth_date: B}
        treatments:
          file: t.csv
          columns: {patient_id: P, agent: A, start_date: S}
      """
    try mapping.write(to: folder.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
    let result = try ClinicalTableReaderTests.read(folder.appendingPathComponent("m.yaml").path)
    #expect(result.treatments.map(\.agent) == ["x", "y", "u"])
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(
      errors.map(\.message) == [
        "start_date is before the patient's birth", "unknown patient p3", "unknown patient p3",
      ])
    #expect(errors.map(\.location.line) == [4, 5, 6])
  }
}
