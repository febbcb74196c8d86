import Foundation
import GRDB
import OncoFormats
import OncoModel
import Testing

@testable import OncoWarehouse

@Suite struct PatientLinkageTests {
  let folder: ScratchFolder

  init() throws { folder = try ScratchFolder() }

  /// Imports a source whose patients are `ids`.
  func importSource(_ name: String, _ ids: [String], into warehouse: Warehouse) throws {
    let path = try folder.write("\(name).tsv", "PATIENT_ID\n" + ids.joined(separator: "\n") + "\n")
    let records = ids.enumerated().map { index, id in
      SourceRecord.patient(Patient(id: id, source: name, location: TextLocation(file: path, line: index + 2)))
    }
    _ = try WarehouseImporter(warehouse: warehouse).importSource(
      SourceInfo(name: name), paths: [path], reader: ListReader(records: records, files: [(path, "test", 0)]))
  }

  /// `source/patient` → person, for every patient.
  func persons(_ warehouse: Warehouse) throws -> [String: Int64] {
    try warehouse.queue.read { db in
      var result: [String: Int64] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT s.name || '/' || p.patient_id, pp.person FROM patient_persons pp
          JOIN patients p ON p.id = pp.patient_key JOIN sources s ON s.id = p.source_id
          """)
      { result[row[0]] = row[1] }
      return result
    }
  }

  @Test func linkedPatientsShareAPersonAndStayTwoRows() throws {
    let warehouse = try Warehouse.inMemory()
    try importSource("hospital", ["P1", "P2"], into: warehouse)
    try importSource("registry", ["P1", "P2"], into: warehouse)
    try importSource("trial", ["X9"], into: warehouse)
    // Before any linkage, the same id in two sources is two persons.
    var before = try persons(warehouse)
    #expect(Set(before.values).count == 5)
    let linkage = try folder.write(
      "links.csv",
      """
      # hospital and registry share ids for P1 only
      source_a,patient_a,source_b,patient_b
      hospital,P1,registry,P1
      registry,P1,"trial",X9

      hospital,P2,biobank,B7
      """)
    let report = try PatientLinkage.load(path: linkage, into: warehouse)
    #expect(report.links == 3)
    #expect(report.resolved == 2)
    #expect(report.linkedPersons == 1)
    before = try persons(warehouse)
    #expect(before.count == 5)
    let p1 = before["hospital/P1"]
    #expect(p1 != nil)
    #expect(before["registry/P1"] == p1)
    #expect(before["trial/X9"] == p1)
    #expect(before["hospital/P2"] != before["registry/P2"])
    #expect(before["hospital/P2"] != p1)

    // Re-importing a linked source (new patient rows) keeps the grouping.
    try importSource("registry", ["P1", "P2", "P3"], into: warehouse)
    let after = try persons(warehouse)
    #expect(after.count == 6)
    #expect(after["registry/P1"] == after["hospital/P1"])
    #expect(after["trial/X9"] == after["hospital/P1"])
    // The biobank link waits for its source.
    try importSource("biobank", ["B7"], into: warehouse)
    #expect(try persons(warehouse)["biobank/B7"] == persons(warehouse)["hospital/P2"])
  }

  @Test func reloadingAFileReplacesItsLinks() throws {
    let warehouse = try Warehouse.inMemory()
    try importSource("a", ["1"], into: warehouse)
    try importSource("b", ["1"], into: warehouse)
    let path = try folder.write("links.tsv", "source_a\tpatient_a\tsource_b\tpatient_b\na\t1\tb\t1\n")
    #expect(try PatientLinkage.load(path: path, into: warehouse).linkedPersons == 1)
    try folder.write("links.tsv", "patient_a\tsource_a\tpatient_b\tsource_b\n")
    #expect(try PatientLinkage.load(path: path, into: warehouse).linkedPersons == 0)
    #expect(Set(try persons(warehouse).values).count == 2)
  }

  @Test func malformedFilesNameTheirLineAndStoreNothing() throws {
    let warehouse = try Warehouse.inMemory()
    let noColumn = try folder.write("bad1.csv", "source_a,patient_a,source_b\nx,1,y\n")
    let error = #expect(throws: WarehouseError.self) {
      try PatientLinkage.load(path: noColumn, into: warehouse)
    }
    #expect(error?.code == .invalidLinkage)
    #expect(error?.location.line == 1)
    #expect(error?.message.contains("patient_b") == true)
    let empty = try folder.write("bad2.csv", "source_a,patient_a,source_b,patient_b\nx,1,y,2\nx,,y,3\n")
    let second = #expect(throws: WarehouseError.self) {
      try PatientLinkage.load(path: empty, into: warehouse)
    }
    #expect(second?.location.line == 3)
    #expect(second?.location.column == 2)
    #expect(try warehouse.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM patient_links") } == 0)
  }
}
