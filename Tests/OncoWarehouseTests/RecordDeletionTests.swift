import Foundation
import GRDB
import OncoFormats
import OncoModel
import Testing

@testable import OncoWarehouse

/// Imports run without foreign-key enforcement and delete explicitly what a cascade would
/// (`RecordDeletion`): replacing a source, or dropping the samples no sample list declared,
/// must leave no orphan row and nothing of the old records.
@Suite struct RecordDeletionTests {
  let folder: ScratchFolder

  init() throws { folder = try ScratchFolder() }

  /// A source with a row in every table an import fills: a patient with an attribute and a
  /// coded diagnosis, a panel, a declared sample, an alteration with two annotations, a fusion,
  /// a biomarker, a treatment, an event, a rejected treatment, and an alteration of a sample
  /// the source never declared (rejected and deleted when the import settles).
  func source(_ name: String, version: Int) throws -> (paths: [String], reader: ListReader) {
    let path = try folder.write("\(name)/records.tsv", "version \(version)\n")
    let at = { (line: Int) in TextLocation(file: path, line: line) }
    let annotation = TranscriptAnnotation(
      gene: "EGFR", transcript: "ENST00000275493.7", consequences: ["missense_variant"])
    var second = annotation
    second.transcript = "ENST00000455089.5"
    let records: [SourceRecord] = [
      .patient(
        Patient(id: "P1", source: name, sex: .female, attributes: ["SMOKING": "never"], location: at(1))),
      .diagnosis(Diagnosis(patientID: "P1", codes: ["ICD10:C34.1"], day: Day(10), location: at(2))),
      .panel(GenePanel(id: "PANEL", genes: ["EGFR", "ALK"], location: at(3))),
      .sample(Sample(id: "S1", patientID: "P1", panel: "PANEL", location: at(4))),
      .alteration(
        Alteration(
          sampleID: "S1", kind: .mutation, gene: "EGFR", consequence: "missense_variant",
          annotations: [annotation, second], location: at(5))),
      .alteration(
        Alteration(
          sampleID: "S1", kind: .structural, gene: "ALK", fusionPartners: ["EML4", "ALK"], location: at(6))),
      .alteration(Alteration(sampleID: "S9", kind: .mutation, gene: "KRAS", location: at(7))),
      .biomarker(Biomarker(name: "TMB", sampleID: "S1", value: 12, location: at(8))),
      .treatment(
        TreatmentExposure(patientID: "P1", agent: "osimertinib", startDay: Day(20), location: at(9))),
      .treatment(TreatmentExposure(patientID: "P1", agent: "", startDay: Day(30), location: at(10))),
      .event(ClinicalEvent(patientID: "P1", kind: .progression, day: Day(200), location: at(11))),
    ]
    return ([path], ListReader(records: records, files: [(path, "test", 0)]))
  }

  @discardableResult
  func importSource(_ name: String, version: Int, into warehouse: Warehouse) throws -> SourceReport {
    let (paths, reader) = try source(name, version: version)
    return try WarehouseImporter(warehouse: warehouse).importSource(
      SourceInfo(name: name), paths: paths, reader: reader)
  }

  static let tables = [
    "sources", "files", "patients", "patient_attributes", "diagnoses", "diagnosis_codes", "panels",
    "panel_genes", "samples", "alterations", "fusion_partners", "transcript_annotations", "biomarkers",
    "treatments", "events", "rejects",
  ]

  func counts(_ warehouse: Warehouse) throws -> [String: Int] {
    try warehouse.queue.read { db in
      try Self.tables.reduce(into: [:]) { counts, table in
        counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")
      }
    }
  }

  func orphans(_ warehouse: Warehouse) throws -> Int {
    try warehouse.queue.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check").count }
  }

  @Test func oneSourceFillsEveryTableAndLeavesNoOrphan() throws {
    let warehouse = try Warehouse(path: folder.path("one.sqlite"))
    try importSource("a", version: 1, into: warehouse)
    // The undeclared sample S9 and its KRAS alteration went when the import settled.
    #expect(
      try counts(warehouse) == [
        "sources": 1, "files": 1, "patients": 1, "patient_attributes": 1, "diagnoses": 1,
        "diagnosis_codes": 1, "panels": 1, "panel_genes": 2, "samples": 1, "alterations": 2,
        "fusion_partners": 2, "transcript_annotations": 2, "biomarkers": 1, "treatments": 1,
        "events": 1, "rejects": 2,
      ])
    #expect(try orphans(warehouse) == 0)
  }

  @Test func replacingASourceDeletesEveryRowItOwned() throws {
    let warehouse = try Warehouse(path: folder.path("two.sqlite"))
    try importSource("a", version: 1, into: warehouse)
    try importSource("b", version: 1, into: warehouse)
    let both = try counts(warehouse)
    // A changed file of the same size: its digest, not its size, tells it changed.
    #expect(try !importSource("a", version: 2, into: warehouse).skipped)
    #expect(try importSource("a", version: 2, into: warehouse).skipped)
    #expect(try counts(warehouse) == both)
    #expect(try orphans(warehouse) == 0)
    let owners = try warehouse.queue.read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT DISTINCT so.name FROM alterations a JOIN samples s ON s.id = a.sample_key
          JOIN sources so ON so.id = s.source_id ORDER BY 1
          """)
    }
    #expect(owners == ["a", "b"])
  }

  @Test func theImportLeavesForeignKeysEnforcedAfterwards() throws {
    let warehouse = try Warehouse(path: folder.path("fk.sqlite"))
    try importSource("a", version: 1, into: warehouse)
    let enforced = try warehouse.queue.read { try Int.fetchOne($0, sql: "PRAGMA foreign_keys") }
    #expect(enforced == 1)
  }
}
