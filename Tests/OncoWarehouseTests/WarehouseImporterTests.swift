import Foundation
import GRDB
import OncoFormats
import OncoModel
import Testing

@testable import OncoWarehouse

@Suite struct WarehouseImporterTests {
  let folder: ScratchFolder
  let source = SourceInfo(name: "hospital", origin: .public)

  init() throws { folder = try ScratchFolder() }

  func importHandBuilt(into warehouse: Warehouse, options: ImportOptions = ImportOptions()) throws -> (
    SourceReport, [Diagnostic]
  ) {
    let handBuilt = try HandBuiltSource(folder: folder)
    var diagnostics: [Diagnostic] = []
    let report = try WarehouseImporter(warehouse: warehouse, options: options).importSource(
      source, paths: handBuilt.paths, reader: handBuilt.reader, diagnostic: { diagnostics.append($0) })
    return (report, diagnostics)
  }

  @Test func handBuiltSourceGivesExactCounts() throws {
    let warehouse = try Warehouse(path: folder.path("w.sqlite"))
    let (report, _) = try importHandBuilt(into: warehouse)
    let byName = Dictionary(
      uniqueKeysWithValues: report.files.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0) })
    #expect(report.files.count == 4)
    #expect(byName["patients.tsv"].map { [$0.recordsRead, $0.imported, $0.rejected] } == [3, 3, 0])
    #expect(byName["samples.tsv"].map { [$0.recordsRead, $0.imported, $0.rejected] } == [4, 3, 1])
    #expect(byName["variants.maf"].map { [$0.recordsRead, $0.imported, $0.rejected] } == [7, 4, 3])
    #expect(byName["timeline.tsv"].map { [$0.recordsRead, $0.imported, $0.rejected] } == [6, 3, 3])
    #expect(byName["variants.maf"]?.format == "maf")
    for file in report.files { #expect(file.recordsRead == file.imported + file.rejected) }
    #expect(report.counts == RecordTotals(patients: 3, samples: 3, alterations: 4, treatments: 1, events: 1))
    // sha256 of "Hugo_Symbol\nKRAS G12C\n", computed with `printf 'Hugo_Symbol\nKRAS G12C\n' | sha256sum`.
    #expect(
      byName["variants.maf"]?.sha256 == "2a89f01df288213f00b2d46d86475be7dab1f9afaf634ca5e6e892dcaf7f87bd")
  }

  @Test func everyRejectNamesItsFileAndLine() throws {
    let warehouse = try Warehouse.inMemory()
    let (_, diagnostics) = try importHandBuilt(into: warehouse)
    let rejects = try warehouse.rejects(source: "hospital")
    let places = rejects.map {
      "\(URL(fileURLWithPath: $0.location.file).lastPathComponent):\($0.location.line ?? 0)"
    }
    #expect(
      places.sorted() == [
        "samples.tsv:5", "timeline.tsv:2", "timeline.tsv:5", "timeline.tsv:6", "variants.maf:5",
        "variants.maf:6",
        "variants.maf:8",
      ])
    let messages = Dictionary(uniqueKeysWithValues: zip(places, rejects.map(\.message)))
    #expect(messages["samples.tsv:5"]?.contains("patient 'P9'") == true)
    #expect(messages["timeline.tsv:2"]?.contains("ends (day") == true)
    #expect(messages["timeline.tsv:5"]?.contains("patient 'P7'") == true)
    #expect(messages["timeline.tsv:6"]?.contains("before the birth") == true)
    #expect(messages["variants.maf:5"]?.contains("sample 'S5'") == true)
    #expect(messages["variants.maf:6"]?.contains("outside [0, 1]") == true)
    // Every rejection was also reported to the caller as an error diagnostic.
    #expect(diagnostics.filter { $0.severity == .error }.count == 7)
  }

  @Test func recordsKeepTheirValuesAndProvenance() throws {
    let warehouse = try Warehouse.inMemory()
    _ = try importHandBuilt(into: warehouse)
    let kras = try warehouse.alterations(gene: "KRAS")
    #expect(kras.count == 1)
    let stored = try #require(kras.first)
    #expect(stored.patientID == "P1")
    #expect(stored.alteration.proteinChange?.short == "G12C")
    #expect(stored.alteration.exon == FeatureNumber(number: 2, total: 6))
    #expect(stored.alteration.annotations.first?.isCanonical == true)
    #expect(stored.alteration.location?.line == 2)
    #expect(stored.alteration.location?.file.hasSuffix("hospital/variants.maf") == true)
    #expect(try warehouse.alterations(gene: "ALK").first?.alteration.fusionPartners == ["EML4", "ALK"])
    let patients = try warehouse.patients(source: "hospital")
    #expect(patients.map(\.id) == ["P1", "P2", "P3"])
    #expect(patients[0].attributes == ["SMOKING": "former"])
    #expect(patients[2].ageYears == 61.5)
    #expect(try warehouse.samples(source: "hospital", patientIDs: ["P1"]).map(\.id) == ["S1"])
    #expect(try warehouse.treatments(source: "hospital").map(\.agent) == ["Carboplatin"])
    #expect(try warehouse.events(source: "hospital").map(\.kind) == [.progression])
    #expect(try warehouse.diagnoses(source: "hospital").map(\.codes) == [["ICD10:C34.1", "ONCOTREE:LUAD"]])
  }

  @Test func secondImportOfTheSameFilesChangesNothing() throws {
    let warehouse = try Warehouse(path: folder.path("w.sqlite"))
    let (first, _) = try importHandBuilt(into: warehouse)
    let before = try warehouse.fingerprint()
    let times = try warehouse.queue.read {
      try String.fetchAll($0, sql: "SELECT imported_at FROM files ORDER BY id")
    }
    let (second, _) = try importHandBuilt(into: warehouse)
    #expect(second.skipped)
    #expect(second.files.map(\.imported) == first.files.map(\.imported))
    #expect(try warehouse.fingerprint() == before)
    #expect(
      try warehouse.queue.read { try String.fetchAll($0, sql: "SELECT imported_at FROM files ORDER BY id") }
        == times)
  }

  @Test func aChangedFileReplacesTheSourcesRecords() throws {
    let warehouse = try Warehouse(path: folder.path("w.sqlite"))
    _ = try importHandBuilt(into: warehouse)
    let before = try warehouse.fingerprint()
    let changed = try HandBuiltSource(folder: folder, variantText: "KRAS G12C\nEGFR L858R\n")
    let report = try WarehouseImporter(warehouse: warehouse).importSource(
      source, paths: changed.paths, reader: changed.reader)
    #expect(!report.skipped)
    #expect(report.counts.patients == 3)
    #expect(report.counts.alterations == 4)
    #expect(try warehouse.fingerprint().sha256 != before.sha256)
    let rows = try warehouse.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM rejects") }
    #expect(rows == 7)
  }

  @Test func samePatientIdInTwoSourcesStaysTwoPatients() throws {
    let warehouse = try Warehouse.inMemory()
    _ = try importHandBuilt(into: warehouse)
    let other = try HandBuiltSource(folder: folder)
    _ = try WarehouseImporter(warehouse: warehouse).importSource(
      SourceInfo(name: "registry", origin: .private), paths: other.paths, reader: other.reader)
    #expect(try warehouse.summary().totals.patients == 6)
    #expect(try warehouse.patients(source: "registry").map(\.id) == ["P1", "P2", "P3"])
  }

  @Test func strictMakesAnyRejectionFatalAndLeavesTheWarehouseAsItWas() throws {
    let warehouse = try Warehouse(path: folder.path("w.sqlite"))
    let error = #expect(throws: WarehouseError.self) {
      _ = try importHandBuilt(into: warehouse, options: ImportOptions(strict: true))
    }
    #expect(error?.code == .strictRejection)
    #expect(try warehouse.sources().isEmpty)
    #expect(try warehouse.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM alterations") } == 0)
  }

  @Test func aReaderFailingMidwayLeavesThePreviousImportIntact() throws {
    let warehouse = try Warehouse(path: folder.path("w.sqlite"))
    _ = try importHandBuilt(into: warehouse)
    let before = try warehouse.fingerprint()
    var changed = try HandBuiltSource(folder: folder, variantText: "changed\n")
    changed.reader.failAfter = 9
    #expect(throws: FormatError.self) {
      _ = try WarehouseImporter(warehouse: warehouse).importSource(
        source, paths: changed.paths, reader: changed.reader)
    }
    #expect(try warehouse.fingerprint() == before)
  }

  @Test func recordsBeforeTheirPatientWaitForIt() throws {
    let warehouse = try Warehouse.inMemory()
    let path = try folder.write("late.tsv", "a\nb\nc\n")
    let reader = ListReader(
      records: [
        .treatment(
          TreatmentExposure(
            patientID: "Q1", agent: "pembrolizumab", startDay: Day(10),
            location: TextLocation(file: path, line: 1))),
        .sample(Sample(id: "T1", patientID: "Q1", location: TextLocation(file: path, line: 2))),
        .patient(Patient(id: "Q1", source: "late", location: TextLocation(file: path, line: 3))),
      ],
      files: [(path, "clinical", 0)])
    let report = try WarehouseImporter(warehouse: warehouse).importSource(
      SourceInfo(name: "late"), paths: [path], reader: reader)
    #expect(report.files.map(\.imported) == [3])
    #expect(report.counts == RecordTotals(patients: 1, samples: 1, treatments: 1))
  }

  @Test func variantOnlySourcesKeepTheirSamplesWithoutPatients() throws {
    let warehouse = try Warehouse.inMemory()
    let path = try folder.write("only.maf", "x\ny\n")
    let reader = ListReader(
      records: [
        .alteration(
          Alteration(
            sampleID: "T9", kind: .mutation, gene: "PIK3CA", location: TextLocation(file: path, line: 2))),
        .biomarker(
          Biomarker(
            name: "TMB", sampleID: "T9", value: 12.5, unit: "mut/Mb",
            location: TextLocation(file: path, line: 3))),
      ],
      files: [(path, "maf", 0)])
    let report = try WarehouseImporter(warehouse: warehouse).importSource(
      SourceInfo(name: "variants"), paths: [path], reader: reader)
    #expect(report.files.map(\.imported) == [2])
    #expect(try warehouse.samples(source: "variants").map(\.patientID) == [""])
  }

  @Test func unmappedCodesAreKeptAndListed() throws {
    let warehouse = try Warehouse.inMemory()
    let mapping = ClosureCodeMapping(
      diagnosis: { $0 == "ONCOTREE:LUAD" ? "NCIT:C3512" : nil },
      drug: { $0.lowercased() == "carboplatin" ? "NCIT:C1282" : nil })
    _ = try importHandBuilt(into: warehouse, options: ImportOptions(codeMapping: mapping))
    let unmapped = try warehouse.summary().unmappedCodes.map {
      "\($0.vocabulary) \($0.code) \($0.occurrences)"
    }
    #expect(unmapped == ["diagnosis ICD10:C34.1 1"])
    #expect(try warehouse.treatments(source: "hospital").first?.concept == "NCIT:C1282")
    #expect(try warehouse.diagnoses(source: "hospital").first?.codes == ["ICD10:C34.1", "ONCOTREE:LUAD"])
  }

  @Test func strictAlsoRefusesReaderWarnings() throws {
    let warehouse = try Warehouse.inMemory()
    let path = try folder.write("warned.maf", "x\ny\n")
    let reader = ListReader(
      records: [
        .alteration(
          Alteration(
            sampleID: "T1", kind: .mutation, gene: "KRAS", location: TextLocation(file: path, line: 2)))
      ],
      files: [(path, "maf", 0)],
      readerDiagnostics: [Diagnostic(.warning, at: TextLocation(file: path, line: 2), "exon is not a number")]
    )
    let importer = WarehouseImporter(warehouse: warehouse, options: ImportOptions(strict: true))
    let error = #expect(throws: WarehouseError.self) {
      _ = try importer.importSource(SourceInfo(name: "warned"), paths: [path], reader: reader)
    }
    #expect(error?.message.hasPrefix("1 warning in source 'warned'") == true)
    #expect(try warehouse.sources().isEmpty)
    // Without --strict the warning is only reported.
    let report = try WarehouseImporter(warehouse: warehouse).importSource(
      SourceInfo(name: "warned"), paths: [path], reader: reader)
    #expect(report.files.map(\.imported) == [1])
  }
}
