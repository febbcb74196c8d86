import Foundation
import OncoFormats
import OncoModel

/// A small hospital source written by hand: four files with records that each exercise one rule.
///
/// Expected outcome, worked out by hand from the records below:
/// - patients.tsv: 3 read, 3 imported (P1, P2, P3).
/// - samples.tsv: 4 read, 3 imported; line 5 rejected (S4 names patient P9, unknown).
/// - variants.maf: 6 records + 1 line the reader rejected = 7 read; 4 imported (KRAS, EGFR, TP53,
///   the ALK fusion); rejected: line 5 (sample S5 not declared), line 6 (VAF 1.5), line 8 (reader).
/// - timeline.tsv: 6 read, 3 imported (carboplatin, progression, P2's diagnosis); rejected:
///   line 2 (ends before it starts), line 5 (patient P7 unknown), line 6 (diagnosis before birth).
struct HandBuiltSource {
  let folder: ScratchFolder
  var paths: [String]
  var reader: ListReader

  init(folder: ScratchFolder, variantText: String = "KRAS G12C\n") throws {
    self.folder = folder
    let patients = try folder.write("hospital/patients.tsv", "PATIENT_ID\tSEX\nP1\tF\nP2\tM\nP3\tF\n")
    let samples = try folder.write("hospital/samples.tsv", "SAMPLE_ID\tPATIENT_ID\nS1\nS2\nS3\nS4\n")
    let variants = try folder.write("hospital/variants.maf", "Hugo_Symbol\n" + variantText)
    let timeline = try folder.write("hospital/timeline.tsv", "PATIENT_ID\tEVENT\n1\n2\n3\n4\n5\n6\n")
    paths = [folder.path("hospital")]
    func at(_ path: String, _ line: Int) -> TextLocation { TextLocation(file: path, line: line) }
    let birth = Day(year: 1960, month: 1, day: 1) ?? Day(0)
    let diagnosed = Day(year: 2020, month: 3, day: 15) ?? Day(0)
    let records: [SourceRecord] = [
      .patient(
        Patient(
          id: "P1", source: "hospital", sex: .female, birthDay: birth, attributes: ["SMOKING": "former"],
          location: at(patients, 2))),
      .patient(
        Patient(id: "P2", source: "hospital", sex: .male, birthDay: birth + 3000, location: at(patients, 3))),
      .patient(
        Patient(id: "P3", source: "hospital", sex: .female, ageYears: 61.5, location: at(patients, 4))),
      .sample(
        Sample(
          id: "S1", patientID: "P1", type: .primary, assay: "targeted-panel", panel: "PANEL1",
          collectionDay: diagnosed, location: at(samples, 2))),
      .sample(Sample(id: "S2", patientID: "P2", type: .metastasis, location: at(samples, 3))),
      .sample(Sample(id: "S3", patientID: "P3", location: at(samples, 4))),
      .sample(Sample(id: "S4", patientID: "P9", location: at(samples, 5))),
      .alteration(
        Alteration(
          sampleID: "S1", kind: .mutation, gene: "KRAS",
          position: GenomicPosition(chromosome: "12", position: 25_245_351),
          ref: "C", alt: "A",
          proteinChange: ProteinChange(short: "G12C", kind: .missense, start: 12, end: 12),
          variantClass: .missense, exon: FeatureNumber(number: 2, total: 6), vaf: 0.31, depth: 420,
          origin: .somatic,
          annotations: [
            TranscriptAnnotation(
              gene: "KRAS", transcript: "ENST00000256078", consequences: ["missense_variant"],
              isCanonical: true)
          ],
          location: at(variants, 2))),
      .alteration(
        Alteration(
          sampleID: "S2", kind: .mutation, gene: "EGFR",
          proteinChange: ProteinChange(short: "L858R", kind: .missense, start: 858, end: 858),
          variantClass: .missense, location: at(variants, 3))),
      .alteration(
        Alteration(
          sampleID: "S3", kind: .mutation, gene: "TP53",
          proteinChange: ProteinChange(short: "R273H", kind: .missense, start: 273, end: 273),
          location: at(variants, 4))),
      .alteration(Alteration(sampleID: "S5", kind: .mutation, gene: "BRAF", location: at(variants, 5))),
      .alteration(
        Alteration(sampleID: "S1", kind: .mutation, gene: "NRAS", vaf: 1.5, location: at(variants, 6))),
      .alteration(
        Alteration(
          sampleID: "S1", kind: .structural, gene: "ALK", fusionPartners: ["EML4", "ALK"],
          structuralClass: "5'-3'", location: at(variants, 7))),
      .treatment(
        TreatmentExposure(
          patientID: "P1", agent: "osimertinib", startDay: diagnosed + 100, endDay: diagnosed + 50,
          location: at(timeline, 2))),
      .treatment(
        TreatmentExposure(
          patientID: "P2", agent: "Carboplatin", startDay: diagnosed + 10, endDay: diagnosed + 70,
          location: at(timeline, 3))),
      .event(ClinicalEvent(patientID: "P3", kind: .progression, day: Day(200), location: at(timeline, 4))),
      .event(ClinicalEvent(patientID: "P7", kind: .death, day: Day(300), location: at(timeline, 5))),
      .diagnosis(
        Diagnosis(patientID: "P1", codes: ["ICD10:C34.1"], day: birth - 1, location: at(timeline, 6))),
      .diagnosis(
        Diagnosis(
          patientID: "P2", codes: ["ICD10:C34.1", "ONCOTREE:LUAD"], label: "lung adenocarcinoma",
          day: diagnosed, stage: "IV", location: at(timeline, 7))),
    ]
    reader = ListReader(
      records: records,
      files: [
        (patients, "clinical-patients", 0), (samples, "clinical-samples", 0), (variants, "maf", 1),
        (timeline, "timeline", 0),
      ],
      readerDiagnostics: [Diagnostic(.error, at: at(variants, 8), "Tumor_Sample_Barcode is empty")])
  }
}
