import Foundation
import OncoModel
import OncoTestSupport
import Testing

@testable import OncoFormats

/// The clinical tables' fast paths against the general code they stand in for: each shortcut
/// must give what the slow path gives, and the slow path must still be taken when needed.
@Suite struct TableFastPathTests {
  /// Cells covering every branch of `TableColumns.glance`: spaces around, `[…]`, short cells
  /// that are and are not missing spellings, upper case, non-ASCII first bytes, empty.
  static let cells = [
    "", " ", "\t", "NA", "na", " NA ", "Na", "N/A", "n/a", "nan", "NaN", "null", "NULL ", "None",
    "none", "Nonesuch", "[Not Available]", "[]", "[x", "x]", " [x] ", "1", "T", "CT", "2020-01-01",
    "é", "éa", "É", "\tx", "x\t", "unk", "UNK", "unknown", "ünk", "a b", "SYN-05-000010",
  ]

  @Test(arguments: [
    TableColumns.standardMissingValues, TableColumns.standardMissingValues.union(["unk", "ünk"]),
  ])
  func glanceAgreesWithTrimmingAndMissingCheck(missing: Set<String>) {
    let columns = TableColumns(["A"], missingValues: missing)
    for cell in Self.cells {
      let trimmed = cell.trimmingSpaces
      let expected = columns.isMissing(trimmed) ? nil : trimmed
      #expect(columns.value([cell], at: 0) == expected, "cell '\(cell)'")
      #expect(TableColumns.isBlank(cell) == trimmed.isEmpty, "cell '\(cell)'")
    }
    #expect(columns.value([], at: 0) == nil)
  }

  @Test func glanceLeavesTheHardCasesUndecided() {
    let columns = TableColumns(["A"])
    #expect(columns.glance("") == .missing)
    #expect(columns.glance("osimertinib") == .value)
    #expect(columns.glance("CT") == .value)  // `c` starts no missing spelling
    for cell in [" x", "x ", "[x]", "NA", "nan", "é"] {
      #expect(columns.glance(cell) == .undecided, "cell '\(cell)'")
    }
  }

  @Test func asciiCheckOfEveryLengthAndPosition() {
    for length in 0..<20 {
      for position in -1..<length {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        if position >= 0 { bytes[position] = 0xC3 }
        let ascii = bytes.withUnsafeBufferPointer { DelimitedReader.isASCII($0) }
        #expect(ascii == (position < 0), "length \(length), high byte at \(position)")
      }
    }
  }

  @Test func fieldNamesRoundTrip() {
    for field in ClinicalField.allCases {
      #expect(ClinicalField(name: field.name) == field)
    }
    #expect(Set(ClinicalField.allCases.map(\.name)).count == ClinicalField.allCases.count)
    #expect(ClinicalField(name: "patient") == nil)
    #expect(ClinicalField(name: "PATIENT_ID") == nil)
  }

  /// Maps of up to 8 codes are scanned, longer ones hashed: both must answer as the dictionary.
  @Test(arguments: [3, 8, 9, 40])
  func valueMapsAnswerAsTheirDictionary(size: Int) {
    let map = Dictionary(uniqueKeysWithValues: (0..<size).map { ("c\($0)", "meaning \($0)") })
    let slot = ClinicalTableSession.FieldSlot(field: .modality, index: 0, values: map)
    for code in map.keys.sorted() + ["c\(size)", "", "C0", "c"] {
      #expect(slot.meaning(of: code) == map[code], "code \(code) of \(size)")
    }
    #expect(ClinicalTableSession.FieldSlot(field: .modality, index: 0, values: nil).meaning(of: "c0") == nil)
  }

  /// Coded cells are remembered from the previous row: repeated, alternating and unmapped codes,
  /// a code written in upper case, a long map, non-ASCII cells on the plain (unquoted) path and
  /// rows whose field counts grow and shrink (the row array is reused).
  @Test func codedCellsAcrossRows() throws {
    let folder = try Fixtures.temporaryDirectory()
    let rows = [
      "P,A,S,K,X", "p1,cétuximab,2020-01-01,CT,x", "p1,b,2020-01-02,CT", "p1,c,2020-01-03,RT,x,extra,more",
      "p1,d,2020-01-04,CT,", "p1,e,2020-01-05,RADIOTHERAPY,x", "p1,f,2020-01-06,XX,x", "p1,g,2020-01-07,XX",
      "p1,h,2020-01-08,K9", "p1,i,2020-01-09,CHIR", "p1,j,2020-01-10",
    ]
    try (rows.joined(separator: "\n") + "\n").write(
      to: folder.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
    // Nine codes: the map is hashed; K0…K8 are not treatments' modalities except K9's meaning.
    let codes = (0..<9).map { "K\($0): other" }.joined(separator: ", ")
    let mapping = """
      tables:
        treatments:
          file: t.csv
          columns: {patient_id: P, agent: A, start_date: S, modality: K}
          values:
            modality: {CT: systemic, RT: radiotherapy, CHIR: surgery}
        events:
          file: t.csv
          columns: {patient_id: P, kind: K, date: S, detail: A}
          values:
            kind: {\(codes), CT: progression, RT: response}
      """
    try mapping.write(to: folder.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
    let result = try ClinicalTableReaderTests.read(folder.appendingPathComponent("m.yaml").path)
    #expect(result.treatments.map(\.agent) == ["cétuximab", "b", "c", "d", "e", "i", "j"])
    #expect(
      result.treatments.map(\.modality) == [
        .systemic, .systemic, .radiotherapy, .systemic, .radiotherapy, .surgery, .systemic,
      ])
    let errors = result.diagnostics.filter { $0.severity == .error }
    // XX (twice: the second from the remembered cell) and K9 are no modality; the events table
    // knows CT, RT and K0…K8 but not RADIOTHERAPY, XX, CHIR, nor an empty kind.
    #expect(
      errors.filter { $0.location.file.hasSuffix("t.csv") }.map(\.message).prefix(3) == [
        "modality 'XX' is not known", "modality 'XX' is not known", "modality 'K9' is not known",
      ])
    #expect(result.events.map(\.kind) == [.progression, .progression, .response, .progression])
    #expect(result.events.map(\.detail) == ["cétuximab", "b", "c", "d"])
    #expect(!result.diagnostics.contains { $0.message == "file is not valid UTF-8" })
  }

  /// The byte-level ISO date reader: digits just outside `0…9` (`/` and `:`), a bad separator,
  /// a short text, a time after the date, and a day that does not exist.
  @Test func isoDatesFromBytes() {
    let day = { (year: Int, month: Int, day: Int) in Day(year: year, month: month, day: day) }
    let cases: [(String, Day?)] = [
      ("2020-01-31", day(2020, 1, 31)), ("1931-03-28", day(1931, 3, 28)), ("2020-02-30", nil),
      ("2020-1a-01", nil), ("/020-01-01", nil), (":020-01-01", nil), ("2020-01-0:", nil),
      ("2020/01/01", nil), ("2020-01-0", nil), ("2020-01-01T10:00", day(2020, 1, 1)),
      ("2020-01-01 10:00", day(2020, 1, 1)), ("2020-01-01X", nil), ("", nil),
    ]
    for (text, expected) in cases {
      #expect(FHIRDate.fastDay(text) == expected, "\(text)")
    }
  }
}
