import Foundation
import GRDB
import OncoModel
import Testing

@testable import OncoWarehouse

@Suite struct WarehouseTests {
  let folder: ScratchFolder

  init() throws { folder = try ScratchFolder() }

  /// A file at an older schema: only the first `migrations` of this tool applied.
  func olderWarehouse(at path: String, migrations: Int) throws -> DatabaseQueue {
    let queue = try DatabaseQueue(path: path)
    var older = DatabaseMigrator()
    for (index, migration) in WarehouseSchema.migrations.prefix(migrations).enumerated() {
      older.registerMigration(migration.identifier) { db in
        try db.execute(sql: migration.sql)
        try db.execute(sql: "PRAGMA user_version = \(index + 1)")
      }
    }
    try older.migrate(queue)
    return queue
  }

  /// The file's schema version and the names of the explicit indexes on `table`.
  func versionAndIndexes(_ warehouse: Warehouse, of table: String) throws -> (Int?, [String]) {
    try warehouse.queue.read { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA user_version"),
        try String.fetchAll(
          db,
          sql: """
            SELECT name FROM sqlite_master
            WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name
            """, arguments: [table])
      )
    }
  }

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
    try olderWarehouse(at: path, migrations: 2).close()

    let warehouse = try Warehouse(path: path)
    let (version, indexes) = try versionAndIndexes(warehouse, of: "alterations")
    #expect(version == Warehouse.schemaVersion)
    #expect(indexes == ["alterations_gene", "alterations_sample"])
  }

  /// A v3 file keeps every annotation in `transcript_annotations`; after the v4 migration those
  /// rows are still what the warehouse reads back, through the `alteration_transcripts` view.
  @Test func migratesAVersionThreeFileKeepingItsAnnotationRows() throws {
    let path = folder.path("v3.sqlite")
    let queue = try olderWarehouse(at: path, migrations: 3)
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO sources VALUES (1, 's', 'public', 'relative', NULL, '2026-11-29T00:00:00Z');
          INSERT INTO samples (id, source_id, sample_id, declared, sample_type) VALUES (1, 1, 'S1', 0, 'unknown');
          INSERT INTO alterations (id, sample_key, kind, gene, transcript, origin)
            VALUES (1, 1, 'mutation', 'KRAS', 'ENST00000256078.10', 'somatic');
          INSERT INTO transcript_annotations VALUES
            (1, 0, 'KRAS', 'ENST00000256078.10', 'missense_variant', 'MODERATE', NULL, 'p.Gly12Cys',
             '2/6', NULL, 'protein_coding', 1, 1, 0);
          """)
    }
    try queue.close()

    let warehouse = try Warehouse(path: path)
    let (version, treatmentIndexes) = try versionAndIndexes(warehouse, of: "treatments")
    #expect(version == 4)
    #expect(treatmentIndexes == ["treatments_patient"])
    let annotations = try #require(try warehouse.alterations(gene: "KRAS").first).alteration.annotations
    #expect(
      annotations == [
        TranscriptAnnotation(
          gene: "KRAS", transcript: "ENST00000256078.10", consequences: ["missense_variant"],
          impact: "MODERATE", hgvsp: "p.Gly12Cys", exon: FeatureNumber(number: 2, total: 6),
          biotype: "protein_coding", isCanonical: true, isManeSelect: true)
      ])
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
