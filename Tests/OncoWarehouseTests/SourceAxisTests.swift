import Foundation
import GRDB
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

@testable import OncoWarehouse

/// The time axis a reader reports reaches the `sources` row.
@Suite struct SourceAxisTests {
  func storedAxis(_ warehouse: Warehouse, _ name: String) throws -> [String?] {
    try warehouse.queue.read { db in
      try Row.fetchOne(
        db, sql: "SELECT time_axis, time_origin FROM sources WHERE name = ?", arguments: [name]
      )
      .map { [$0[0], $0[1]] } ?? []
    }
  }

  @Test func cBioPortalDaysAreStoredAsRelative() throws {
    let folder = Fixtures.local("OncoFormatsTests", "cbioportal/mini_study")
    let reader = CBioPortalStudyReader(folder: folder, source: "mini")
    #expect(reader.axis == .relative(origin: "cbioportal:mini_luad day 0"))
    let warehouse = try Warehouse.inMemory()
    _ = try WarehouseImporter(warehouse: warehouse).importSource(
      SourceInfo(name: "mini"), paths: [folder], reader: reader)
    #expect(try storedAxis(warehouse, "mini") == ["relative", "cbioportal:mini_luad day 0"])
  }

  @Test func otherReadersStayOnTheCalendar() throws {
    let scratch = try ScratchFolder()
    let path = try scratch.write("p.tsv", "x\n1\n")
    let reader = ListReader(
      records: [.patient(Patient(id: "P1", source: "cal", location: TextLocation(file: path, line: 2)))],
      files: [(path, "test", 0)])
    #expect(reader.axis == .calendar)
    let warehouse = try Warehouse.inMemory()
    _ = try WarehouseImporter(warehouse: warehouse).importSource(
      SourceInfo(name: "cal"), paths: [path], reader: reader)
    #expect(try storedAxis(warehouse, "cal") == ["calendar", nil])
  }
}
