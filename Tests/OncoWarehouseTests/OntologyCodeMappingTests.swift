import Foundation
import GRDB
import OncoFormats
import OncoModel
import OncoOntology
import OncoTestSupport
import Testing

@testable import OncoWarehouse

/// Code harmonisation through the shipped ontologies, on a hand-made source.
///
/// Expected concepts, read by hand from `Ontologies/`: ICD-10 C34.1 is a subcategory of C34, which
/// NCIt C4878 (Lung Carcinoma) lists as `ICD10:C34`; OncoTree LUAD is a cross-reference of
/// C3512 (Lung Adenocarcinoma); ICD-O-3 8140/3 of C2852 (Adenocarcinoma); Tagrisso is a brand
/// synonym of osimertinib, ATC L01EB04; "CARBOPLATINE" is the French name of carboplatin, ATC
/// L01XA02, written in capitals; HER2 is an alias of ERBB2 (HGNC:3430).
@Suite struct OntologyCodeMappingTests {
  static let graph: TermGraph = {
    let folder = Fixtures.packageRoot.appendingPathComponent("Ontologies").path
    return TermGraph(files: (try? OntologyLoader.read(paths: [folder])) ?? [])
  }()

  @Test func mapsEachVocabularyThroughTheShippedOntologies() {
    let mapping = OntologyCodeMapping(graph: Self.graph)
    #expect(mapping.diagnosisConcept(for: "ICD10:C34.1") == "NCIT:C4878")
    #expect(mapping.diagnosisConcept(for: "ONCOTREE:LUAD") == "NCIT:C3512")
    #expect(mapping.diagnosisConcept(for: "LUAD") == "NCIT:C3512")
    #expect(mapping.diagnosisConcept(for: "ICDO3:8140/3") == "NCIT:C2852")
    #expect(mapping.diagnosisConcept(for: "NCIT:C3512") == "NCIT:C3512")
    #expect(mapping.diagnosisConcept(for: "ICD10:Z99.9") == nil)
    #expect(mapping.drugConcept(for: "Tagrisso") == "ATC:L01EB04")
    #expect(mapping.drugConcept(for: "CARBOPLATINE") == "ATC:L01XA02")
    #expect(mapping.drugConcept(for: "notadrug") == nil)
    #expect(mapping.geneSymbol(for: "HER2") == "ERBB2")
    #expect(mapping.geneSymbol(for: "ERBB2") == "ERBB2")
    #expect(mapping.geneSymbol(for: "NOTAGENE1") == nil)
  }

  /// Read from `Ontologies/ncit-neoplasms.owl`: C3512 Lung Adenocarcinoma is a child of both
  /// C2926 (under C4878 Lung Carcinoma) and C2852 Adenocarcinoma; C3493 Lung Squamous Cell
  /// Carcinoma of C2926 and C2929 Squamous Cell Carcinoma; nothing is both a lung carcinoma and
  /// a glioblastoma (ICD-O-3 9440/3).
  @Test func siteAndHistologyCombineIntoTheirCommonDescendant() throws {
    let mapping = OntologyCodeMapping(graph: Self.graph)
    #expect(mapping.combinedDiagnosisConcept(["NCIT:C4878", "NCIT:C2852"]) == "NCIT:C3512")
    #expect(mapping.combinedDiagnosisConcept(["NCIT:C4878", "NCIT:C2929"]) == "NCIT:C3493")
    #expect(mapping.combinedDiagnosisConcept(["NCIT:C4878", "NCIT:C3512"]) == "NCIT:C3512")
    let glioblastoma = try #require(mapping.diagnosisConcept(for: "ICDO3:9440/3"))
    #expect(mapping.combinedDiagnosisConcept(["NCIT:C4878", glioblastoma]) == nil)
    #expect(mapping.combinedDiagnosisConcept(["NCIT:C4878"]) == nil)

    let folder = try ScratchFolder()
    let path = try folder.write("source/d.tsv", "header\n1\n2\n3\n")
    let records: [SourceRecord] = [
      .patient(Patient(id: "P1", source: "s", location: TextLocation(file: path, line: 2))),
      .diagnosis(
        Diagnosis(
          patientID: "P1", codes: ["ICD10:C34.1", "ICDO3:8070/3"], location: TextLocation(file: path, line: 3)
        )),
    ]
    let warehouse = try Warehouse.inMemory()
    _ = try WarehouseImporter(warehouse: warehouse, options: .harmonising(with: Self.graph))
      .importSource(
        SourceInfo(name: "s"), paths: [folder.path("source")],
        reader: ListReader(records: records, files: [(path, "test", 0)]))
    let stored = try warehouse.queue.read { db in
      try String?.fetchAll(db, sql: "SELECT concept FROM diagnosis_codes ORDER BY ordinal")
    }
    // The site keeps its own concept; the histology code carries the combination.
    #expect(stored == ["NCIT:C4878", "NCIT:C3493"])
  }

  @Test func importStoresConceptsClosureAndUnmappedCodes() throws {
    let folder = try ScratchFolder()
    let path = try folder.write("source/timeline.tsv", "header\n1\n2\n3\n4\n5\n6\n7\n")
    func at(_ line: Int) -> TextLocation { TextLocation(file: path, line: line) }
    let records: [SourceRecord] = [
      .patient(Patient(id: "P1", source: "mapped", location: at(2))),
      .sample(Sample(id: "S1", patientID: "P1", location: at(3))),
      .diagnosis(
        Diagnosis(patientID: "P1", codes: ["ICD10:C34.1", "ONCOTREE:LUAD", "ICD10:Z99.9"], location: at(4))),
      .treatment(TreatmentExposure(patientID: "P1", agent: "Tagrisso", startDay: Day(10), location: at(5))),
      .treatment(
        TreatmentExposure(patientID: "P1", agent: "CARBOPLATINE", startDay: Day(20), location: at(6))),
      .alteration(Alteration(sampleID: "S1", kind: .mutation, gene: "HER2", location: at(7))),
      .alteration(Alteration(sampleID: "S1", kind: .mutation, gene: "NOTAGENE1", location: at(8))),
    ]
    let reader = ListReader(records: records, files: [(path, "test", 0)])
    let warehouse = try Warehouse.inMemory()
    let report = try WarehouseImporter(warehouse: warehouse, options: .harmonising(with: Self.graph))
      .importSource(SourceInfo(name: "mapped"), paths: [folder.path("source")], reader: reader)
    #expect(report.files.map(\.imported) == [7])
    try warehouse.queue.read { db in
      let codes = try Row.fetchAll(db, sql: "SELECT code, concept FROM diagnosis_codes ORDER BY ordinal")
        .map { "\($0[0] as String)=\(($0[1] as String?) ?? "-")" }
      #expect(codes == ["ICD10:C34.1=NCIT:C4878", "ONCOTREE:LUAD=NCIT:C3512", "ICD10:Z99.9=-"])
      let drugs = try Row.fetchAll(db, sql: "SELECT agent, concept FROM treatments ORDER BY start_day")
        .map { "\($0[0] as String)=\(($0[1] as String?) ?? "-")" }
      #expect(drugs == ["Tagrisso=ATC:L01EB04", "CARBOPLATINE=ATC:L01XA02"])
      let genes = try String.fetchAll(db, sql: "SELECT gene FROM alterations ORDER BY line")
      #expect(genes == ["ERBB2", "NOTAGENE1"])
      // Lung adenocarcinoma is a lung carcinoma, two is_a edges below it (C3512 → C2926 → C4878).
      let depth = try Int.fetchOne(
        db,
        sql: "SELECT depth FROM ontology_closure WHERE ancestor = 'NCIT:C4878' AND descendant = 'NCIT:C3512'")
      #expect(depth == 2)
      let reflexive = try Int.fetchOne(
        db,
        sql: "SELECT depth FROM ontology_closure WHERE ancestor = 'HGNC:3430' AND descendant = 'HGNC:3430'")
      #expect(reflexive == 0)
    }
    let unmapped = report.unmappedCodes.map { "\($0.vocabulary) \($0.code) \($0.occurrences)" }
    #expect(unmapped == ["diagnosis ICD10:Z99.9 1", "gene NOTAGENE1 1"])
    #expect(try warehouse.summary().unmappedCodes.map(\.code) == ["ICD10:Z99.9", "NOTAGENE1"])
  }
}
