import OncoQuery
import OncoWarehouse

/// The hand-built warehouse of the engine tests; every answer below is read off these rows.
///
/// hospital (public, calendar axis), panel P50 covers KRAS EGFR BRAF TP53 STK11 ALK EML4 MET ERBB2:
/// - H1: KRAS G12C (vaf 0.30, depth 200); lung adenocarcinoma (NCIT:C3512) day 18000 stage IVA;
///   female, born day 0 (49.3 years at diagnosis); osimertinib-like drug D1 from day 18100.
/// - H2: KRAS G12D (vaf 0.02, depth 40); STK11 Q37* nonsense; NSCLC (NCIT:C2926) stage IIIB, day 18100.
/// - H3: EGFR E746_A750del (exon 19 annotated) and T790M (vaf 0.04); breast carcinoma (NCIT:C4872).
/// - H4: BRAF V600K; KEAP1 G333C (KEAP1 is off the panel: a recorded call still counts);
///   a diagnosis whose code was not mapped (concept NULL).
/// - H5: a P50 sample without any call.
/// - H6: no sample at all.
/// - H7: a sample with no panel (coverage assumed): ERBB2 AMP, CDKN2A HOMDEL, MYC GAIN.
/// - H8: EML4::ALK fusion; MET X1010_splice (no exon annotation); TP53 R175H germline.
/// lab (private, relative axis), its panel "unknown" is not defined (coverage assumed):
/// - L1: KRAS G12C filtered `LowQual`; TMB 12.5; MSI-H.
/// - L2: KRAS G12C (written p.Gly12Cys at the source, stored normalised); TMB 5; MSS;
///   PTEN L108fs frameshift; EGFR L747_P753delinsS without exon annotation.
enum EngineFixture {
  static func make() throws -> TestWarehouse {
    let w = try TestWarehouse()
    try w.panel("P50", genes: ["KRAS", "EGFR", "BRAF", "TP53", "STK11", "ALK", "EML4", "MET", "ERBB2"])
    try w.closure("NCIT", ancestor: "NCIT:C2926", descendant: "NCIT:C2926", depth: 0)
    try w.closure("NCIT", ancestor: "NCIT:C2926", descendant: "NCIT:C3512", depth: 1)
    try w.closure("NCIT", ancestor: "NCIT:C3512", descendant: "NCIT:C3512", depth: 0)
    try w.closure("ATC", ancestor: "ATC:L01EB", descendant: "ATC:L01EB04", depth: 1)

    let h1 = try w.patient("H1", sex: "female", birthDay: 0)
    try w.diagnosis(h1, day: 18000, concept: "NCIT:C3512", stage: "IVA")
    try w.treatment(h1, concept: "ATC:L01EB04", start: 18100)
    let s1 = try w.sample("S1", patient: h1, panel: "P50", day: 18010)
    try w.alteration(
      s1, "KRAS", change: "G12C", changeKind: "missense", start: 12, variantClass: "Missense_Mutation",
      consequence: "missense_variant", vaf: 0.30, depth: 200)

    try w.attribute(h1, "smoking", "current")
    let h2 = try w.patient("H2", sex: "male", ageYears: 71)
    try w.attribute(h2, "smoking", "former")
    try w.diagnosis(h2, day: 18100, concept: "NCIT:C2926", stage: "IIIB")
    let s2 = try w.sample("S2", patient: h2, panel: "P50", day: 18120)
    try w.alteration(s2, "KRAS", change: "G12D", changeKind: "missense", start: 12, vaf: 0.02, depth: 40)
    try w.alteration(
      s2, "STK11", change: "Q37*", changeKind: "nonsense", start: 37, variantClass: "Nonsense_Mutation")

    let h3 = try w.patient("H3", sex: "female")
    try w.diagnosis(h3, day: 17000, concept: "NCIT:C4872", stage: "II")
    let s3 = try w.sample("S3", patient: h3, panel: "P50", day: 17050)
    try w.alteration(
      s3, "EGFR", change: "E746_A750del", changeKind: "inframe_deletion", start: 746, end: 750,
      variantClass: "In_Frame_Del", exon: 19)
    try w.alteration(s3, "EGFR", change: "T790M", changeKind: "missense", start: 790, exon: 20, vaf: 0.04)

    let h4 = try w.patient("H4")
    try w.diagnosis(h4, day: 16000, concept: nil, code: "LOCAL:42")
    let s4 = try w.sample("S4", patient: h4, panel: "P50", type: "metastasis", day: 16010)
    try w.alteration(s4, "BRAF", change: "V600K", changeKind: "missense", start: 600)
    try w.alteration(s4, "KEAP1", change: "G333C", changeKind: "missense", start: 333)

    let h5 = try w.patient("H5")
    try w.sample("S5", patient: h5, panel: "P50", day: 15000)
    try w.patient("H6")

    let h7 = try w.patient("H7")
    let s7 = try w.sample("S7", patient: h7)
    try w.alteration(s7, "ERBB2", kind: "copy_number", copyNumber: 2)
    try w.alteration(s7, "CDKN2A", kind: "copy_number", copyNumber: -2)
    try w.alteration(s7, "MYC", kind: "copy_number", copyNumber: 1)

    let h8 = try w.patient("H8")
    let s8 = try w.sample("S8", patient: h8, panel: "P50")
    try w.alteration(s8, "EML4", kind: "structural", partners: ["EML4", "ALK"])
    try w.alteration(s8, "ALK", kind: "structural", partners: ["EML4", "ALK"])
    try w.alteration(
      s8, "MET", change: "X1010_splice", changeKind: "splice", start: 1010, variantClass: "Splice_Site")
    try w.alteration(s8, "TP53", change: "R175H", changeKind: "missense", start: 175, origin: "germline")

    let l1 = try w.patient("L1", source: 2)
    let t1 = try w.sample("T1", patient: l1, source: 2, panel: "unknown")
    try w.alteration(t1, "KRAS", change: "G12C", changeKind: "missense", start: 12, filter: "LowQual")
    try w.biomarker(t1, "TMB", value: 12.5)
    try w.biomarker(t1, "MSI", category: "MSI-H")

    let l2 = try w.patient("L2", source: 2)
    let t2 = try w.sample("T2", patient: l2, source: 2, panel: "unknown")
    try w.alteration(t2, "KRAS", change: "G12C", changeKind: "missense", start: 12)
    try w.alteration(
      t2, "PTEN", change: "L108fs", changeKind: "frameshift", start: 108, variantClass: "Frame_Shift_Del")
    try w.alteration(t2, "EGFR", change: "L747_P753delinsS", changeKind: "delins", start: 747, end: 753)
    try w.biomarker(t2, "TMB", value: 5)
    try w.biomarker(t2, "MSI", category: "MSS")
    return w
  }

  static let everyone: Set<String> = ["H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "L1", "L2"]
}
