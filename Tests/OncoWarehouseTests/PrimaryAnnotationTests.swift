import Foundation
import GRDB
import OncoFormats
import OncoModel
import Testing

@testable import OncoWarehouse

/// Schema v4: an alteration's only transcript annotation that repeats the alteration's columns is
/// kept in the alteration's row; every other annotation is a `transcript_annotations` row, and
/// the `alteration_transcripts` view shows both alike.
@Suite struct PrimaryAnnotationTests {
  /// EGFR L858R on one transcript, as a MAF row or VEP `--pick` gives it.
  static func egfr(annotations: [TranscriptAnnotation]) -> Alteration {
    Alteration(
      sampleID: "S1", kind: .mutation, gene: "EGFR",
      position: GenomicPosition(chromosome: "chr7", position: 55_191_822), ref: "T", alt: "G",
      proteinChange: ProteinChange(short: "L858R", kind: .missense, start: 858, end: 858),
      hgvsc: "ENST00000275493.7:c.2573T>G", consequence: "missense_variant", impact: "MODERATE",
      transcript: "ENST00000275493.7", exon: FeatureNumber(number: 21, total: 28), annotations: annotations)
  }

  static let picked = TranscriptAnnotation(
    gene: "EGFR", transcript: "ENST00000275493.7",
    consequences: ["missense_variant", "splice_region_variant"], impact: "MODERATE",
    hgvsc: "ENST00000275493.7:c.2573T>G", hgvsp: "ENSP00000275493.2:p.Leu858Arg",
    exon: FeatureNumber(number: 21, total: 28), biotype: "protein_coding", isCanonical: true,
    isManeSelect: false, isPicked: true)

  /// Imports one alteration per entry (samples S1… of patient P1) and returns the warehouse.
  func imported(_ alterations: [Alteration]) throws -> Warehouse {
    let scratch = try ScratchFolder()
    let path = try scratch.write("v.maf", "x\n")
    var records: [SourceRecord] = [
      .patient(Patient(id: "P1", source: "s", sex: .female, location: TextLocation(file: path, line: 1)))
    ]
    for (index, alteration) in alterations.enumerated() {
      var alteration = alteration
      alteration.sampleID = "S\(index + 1)"
      alteration.location = TextLocation(file: path, line: index + 2)
      records.append(.sample(Sample(id: alteration.sampleID, patientID: "P1")))
      records.append(.alteration(alteration))
    }
    let warehouse = try Warehouse.inMemory()
    _ = try WarehouseImporter(warehouse: warehouse).importSource(
      SourceInfo(name: "s"), paths: [path], reader: ListReader(records: records, files: [(path, "maf", 0)]))
    return warehouse
  }

  func count(_ warehouse: Warehouse, _ sql: String) throws -> Int {
    try warehouse.queue.read { try Int.fetchOne($0, sql: sql) ?? -1 }
  }

  @Test func anOnlyAnnotationRepeatingTheAlterationStaysInItsRow() throws {
    let warehouse = try imported([Self.egfr(annotations: [Self.picked])])
    #expect(try count(warehouse, "SELECT count(*) FROM transcript_annotations") == 0)
    let row = try #require(
      try warehouse.queue.read {
        try Row.fetchOne($0, sql: "SELECT hgvsp, biotype, consequences, annotation_flags FROM alterations")
      })
    #expect(row["hgvsp"] == "ENSP00000275493.2:p.Leu858Arg")
    #expect(row["biotype"] == "protein_coding")
    #expect(row["consequences"] == "missense_variant&splice_region_variant")
    #expect(row["annotation_flags"] == 5)  // canonical (1) + picked (4)
    // Read back as the same annotation.
    let stored = try #require(try warehouse.alterations(gene: "EGFR").first)
    #expect(stored.alteration.annotations == [Self.picked])
  }

  @Test func theViewShowsItAsATranscriptAnnotationRow() throws {
    let warehouse = try imported([Self.egfr(annotations: [Self.picked])])
    let row = try #require(
      try warehouse.queue.read { try Row.fetchOne($0, sql: "SELECT * FROM alteration_transcripts") })
    #expect(row["ordinal"] == 0)
    #expect(row["gene"] == "EGFR")
    #expect(row["transcript"] == "ENST00000275493.7")
    #expect(row["consequences"] == "missense_variant&splice_region_variant")
    #expect(row["impact"] == "MODERATE")
    #expect(row["hgvsc"] == "ENST00000275493.7:c.2573T>G")
    #expect(row["exon"] == "21/28")
    #expect(row["intron"] == nil as String?)
    #expect(row["canonical"] == 1)
    #expect(row["mane_select"] == 0)
    #expect(row["picked"] == 1)
  }

  @Test func aSingleTermAndNoFlagsNeedNoExtraText() throws {
    var single = Self.picked
    single.consequences = ["missense_variant"]
    single.hgvsp = nil
    single.biotype = nil
    single.isCanonical = false
    single.isPicked = false
    let warehouse = try imported([Self.egfr(annotations: [single])])
    let row = try #require(
      try warehouse.queue.read {
        try Row.fetchOne($0, sql: "SELECT consequences, annotation_flags FROM alterations")
      })
    #expect(row["consequences"] == nil as String?)
    #expect(row["annotation_flags"] == 0)
    let view = try warehouse.queue.read {
      try String.fetchOne($0, sql: "SELECT consequences FROM alteration_transcripts")
    }
    #expect(view == "missense_variant")
    #expect(try warehouse.alterations(gene: "EGFR").first?.alteration.annotations == [single])
  }

  @Test func otherAnnotationsAreRowsOfTheirOwn() throws {
    var otherTranscript = Self.picked
    otherTranscript.transcript = "ENST00000455089.5"
    var otherExon = Self.picked
    otherExon.exon = FeatureNumber(number: 20, total: 27)
    var otherGene = Self.picked
    otherGene.gene = "EGFR-AS1"
    var secondTerm = Self.picked
    secondTerm.consequences = ["splice_region_variant", "missense_variant"]
    let cases: [[TranscriptAnnotation]] = [
      [otherTranscript], [otherExon], [otherGene], [secondTerm], [Self.picked, otherTranscript],
    ]
    let warehouse = try imported(cases.map { Self.egfr(annotations: $0) } + [Self.egfr(annotations: [])])
    #expect(try count(warehouse, "SELECT count(*) FROM transcript_annotations") == 6)
    #expect(try count(warehouse, "SELECT count(*) FROM alterations WHERE annotation_flags IS NOT NULL") == 0)
    #expect(try count(warehouse, "SELECT count(*) FROM alteration_transcripts") == 6)
    let stored = try warehouse.alterations(gene: "EGFR").map(\.alteration.annotations)
    #expect(stored == cases + [[]])
  }

  @Test func skippingTranscriptAnnotationsStoresNone() throws {
    let scratch = try ScratchFolder()
    let path = try scratch.write("v.maf", "x\n")
    let records: [SourceRecord] = [
      .patient(Patient(id: "P1", source: "s", sex: .female)),
      .sample(Sample(id: "S1", patientID: "P1")),
      .alteration(Self.egfr(annotations: [Self.picked])),
    ]
    let warehouse = try Warehouse.inMemory()
    _ = try WarehouseImporter(warehouse: warehouse, options: ImportOptions(transcriptAnnotations: false))
      .importSource(
        SourceInfo(name: "s"), paths: [path], reader: ListReader(records: records, files: [(path, "maf", 0)]))
    #expect(try count(warehouse, "SELECT count(*) FROM alteration_transcripts") == 0)
    #expect(try warehouse.alterations(gene: "EGFR").first?.alteration.annotations == [])
  }

  /// A gene symbol the import harmonised differs from the annotation's: the annotation keeps
  /// the symbol as written in a row of its own.
  @Test func aHarmonisedGeneKeepsTheAnnotationAsWritten() throws {
    var alteration = Self.egfr(annotations: [])
    alteration.gene = "ERBB1"
    var annotation = Self.picked
    annotation.gene = "ERBB1"
    alteration.annotations = [annotation]
    let primary = alteration.primaryAnnotation(storedGene: "EGFR")
    #expect(primary == nil)
    #expect(alteration.primaryAnnotation(storedGene: "ERBB1")?.flags == 5)
  }
}
