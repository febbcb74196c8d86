import Foundation
import GRDB
import Testing

@testable import OncoWarehouse

@Suite struct WarehouseTests {
  let folder: ScratchFolder

  init() throws { folder = try ScratchFolder() }

  @Test func migratesAnEmptyFileToTheCurrentSchema() throws {
    let path = folder.path("new.sqlite")
    let warehouse = try Warehouse(path: path)
    let (version, tables) = try warehouse.queue.read { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA user_version"),
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      )
    }
    #expect(version == Warehouse.schemaVersion)
    for table in [
      "sources", "files", "patients", "patient_attributes", "diagnoses", "diagnosis_codes", "samples",
      "panels", "panel_genes", "alterations", "fusion_partners", "transcript_annotations", "biomarkers",
      "treatments", "events", "rejects", "unmapped_codes", "ontology_closure",
    ] {
      #expect(tables.contains(table), "missing table \(table)")
    }
    // Opening again applies nothing and keeps the file usable.
    let again = try Warehouse(path: path)
    #expect(try again.sources().isEmpty)
    #expect(try again.queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
  }

  @Test func migratesAVersionTwoFileToOneGeneIndex() throws {
    let path = folder.path("v2.sqlite")
    let queue = try DatabaseQueue(path: path)
    var older = DatabaseMigrator()
    for (index, migration) in WarehouseSchema.migrations.prefix(2).enumerated() {
      older.registerMigration(migration.identifier) { db in
        try db.execute(sql: migration.sql)
        try db.execute(sql: "PRAGMA user_version = \(index + 1)")
      }
    }
    try older.migrate(queue)
    try queue.close()

    let warehouse = try Warehouse(path: path)
    let (version, indexes) = try warehouse.queue.read { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA user_version"),
        try String.fetchAll(
          db,
          sql: """
            SELECT name FROM sqlite_master
            WHERE type = 'index' AND tbl_name = 'alterations' AND sql IS NOT NULL ORDER BY name
            """)
      )
    }
    #expect(version == 3)
    #expect(indexes == ["alterations_gene", "alterations_sample"])
  }

  @Test func refusesAWarehouseFromANewerTool() throws {
    let path = folder.path("newer.sqlite")
    _ = try Warehouse(path: path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: "PRAGMA user_version = 99") }
    let error = #expect(throws: WarehouseError.self) { _ = try Warehouse(path: path) }
    #expect(error?.code == .newerSchema)
    #expect(error?.message.contains("99") == true)
  }

  @Test func refusesAMigrationItDoesNotKnow() throws {
    let path = folder.path("future.sqlite")
    _ = try Warehouse(path: path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-future')") }
    let error = #expect(throws: WarehouseError.self) { _ = try Warehouse(path: path) }
    #expect(error?.code == .newerSchema)
  }

  @Test func refusesFilesThatAreNotWarehouses() throws {
    let text = try folder.write("notes.sqlite", String(repeating: "not a database\n", count: 100))
    #expect((#expect(throws: WarehouseError.self) { _ = try Warehouse(path: text) })?.code == .notAWarehouse)
    let other = folder.path("other.sqlite")
    try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE t (x)") }
    #expect((#expect(throws: WarehouseError.self) { _ = try Warehouse(path: other) })?.code == .notAWarehouse)
  }
}
