import GRDB
import OncoModel

/// The prepared inserts of one import, one per table, bound column by column.
struct RecordStatements {
  let patient: InsertStatement
  let attribute: InsertStatement
  let diagnosis: InsertStatement
  let diagnosisCode: InsertStatement
  let panel: InsertStatement
  let panelGene: InsertStatement
  let sample: InsertStatement
  let declareSample: InsertStatement
  let alteration: InsertStatement
  let partner: InsertStatement
  let annotation: InsertStatement
  let biomarker: InsertStatement
  let treatment: InsertStatement
  let event: InsertStatement
  let reject: InsertStatement

  init(_ db: Database) throws {
    patient = try InsertStatement(
      db,
      """
      INSERT INTO patients (source_id, patient_id, sex, birth_day, age_years, death_day,
        last_contact_day, file_id, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    attribute = try InsertStatement(
      db, "INSERT OR REPLACE INTO patient_attributes (patient_key, name, value) VALUES (?, ?, ?)")
    diagnosis = try InsertStatement(
      db,
      """
      INSERT INTO diagnoses (patient_key, label, day, stage, advanced_day, file_id, line)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      """)
    diagnosisCode = try InsertStatement(
      db, "INSERT INTO diagnosis_codes (diagnosis_key, ordinal, code, concept) VALUES (?, ?, ?, ?)")
    panel = try InsertStatement(
      db, "INSERT INTO panels (source_id, panel_id, description, file_id, line) VALUES (?, ?, ?, ?, ?)")
    panelGene = try InsertStatement(
      db, "INSERT OR IGNORE INTO panel_genes (panel_key, gene) VALUES (?, ?)")
    sample = try InsertStatement(
      db,
      """
      INSERT INTO samples (source_id, sample_id, patient_key, declared, sample_type, assay, panel_id,
        collection_day, file_id, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    declareSample = try InsertStatement(
      db,
      """
      UPDATE samples SET patient_key = ?, declared = 1, sample_type = ?, assay = ?, panel_id = ?,
        collection_day = ?, file_id = ?, line = ? WHERE id = ?
      """)
    alteration = try InsertStatement(
      db,
      """
      INSERT INTO alterations (sample_key, kind, gene, chromosome, position, ref, alt,
        protein_change, protein_change_kind, protein_start, protein_end, hgvsc, consequence,
        variant_class, impact, transcript, exon, exon_last, exon_total, intron, intron_last,
        intron_total, vaf, depth, filter, origin, copy_number, structural_class, file_id, line)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    partner = try InsertStatement(
      db, "INSERT INTO fusion_partners (alteration_key, ordinal, gene) VALUES (?, ?, ?)")
    annotation = try InsertStatement(
      db,
      """
      INSERT INTO transcript_annotations (alteration_key, ordinal, gene, transcript, consequences,
        impact, hgvsc, hgvsp, exon, intron, biotype, canonical, mane_select, picked)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    biomarker = try InsertStatement(
      db,
      """
      INSERT INTO biomarkers (sample_key, name, value, category, unit, file_id, line)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      """)
    treatment = try InsertStatement(
      db,
      """
      INSERT INTO treatments (patient_key, agent, concept, modality, start_day, end_day, file_id, line)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """)
    event = try InsertStatement(
      db, "INSERT INTO events (patient_key, kind, day, detail, file_id, line) VALUES (?, ?, ?, ?, ?, ?)")
    reject = try InsertStatement(
      db,
      """
      INSERT INTO rejects (file_id, line, "column", record, message, hint) VALUES (?, ?, ?, ?, ?, ?)
      """)
  }

  /// Inserts one alteration (with its fusion partners and, if asked, its transcript annotations).
  func insert(
    _ alteration: Alteration, sampleKey: Int64, gene: String?, fileID: Int64, annotations: Bool
  ) throws {
    let s = self.alteration
    s.bind(1, sampleKey)
    s.bind(2, alteration.kind.rawValue)
    s.bind(3, gene)
    s.bind(4, alteration.position?.chromosome)
    s.bind(5, alteration.position?.position)
    s.bind(6, alteration.ref)
    s.bind(7, alteration.alt)
    s.bind(8, alteration.proteinChange?.short)
    s.bind(9, alteration.proteinChange?.kind.rawValue)
    s.bind(10, alteration.proteinChange?.start)
    s.bind(11, alteration.proteinChange?.end)
    s.bind(12, alteration.hgvsc)
    s.bind(13, alteration.consequence)
    s.bind(14, alteration.variantClass?.rawValue)
    s.bind(15, alteration.impact)
    s.bind(16, alteration.transcript)
    s.bind(17, alteration.exon?.number)
    s.bind(18, alteration.exon?.last)
    s.bind(19, alteration.exon?.total)
    s.bind(20, alteration.intron?.number)
    s.bind(21, alteration.intron?.last)
    s.bind(22, alteration.intron?.total)
    s.bind(23, alteration.vaf)
    s.bind(24, alteration.depth)
    s.bind(25, alteration.filter)
    s.bind(26, alteration.origin.rawValue)
    s.bind(27, alteration.copyNumber?.rawValue)
    s.bind(28, alteration.structuralClass)
    s.bind(29, fileID)
    s.bind(30, alteration.location?.line)
    let key = try s.run()
    for (ordinal, partnerGene) in alteration.fusionPartners.enumerated() {
      partner.bind(1, key)
      partner.bind(2, ordinal)
      partner.bind(3, partnerGene)
      try partner.run()
    }
    guard annotations else { return }
    for (ordinal, item) in alteration.annotations.enumerated() {
      let a = annotation
      a.bind(1, key)
      a.bind(2, ordinal)
      a.bind(3, item.gene)
      a.bind(4, item.transcript)
      a.bind(5, item.consequences.isEmpty ? nil : item.consequences.joined(separator: "&"))
      a.bind(6, item.impact)
      a.bind(7, item.hgvsc)
      a.bind(8, item.hgvsp)
      a.bind(9, item.exon?.description)
      a.bind(10, item.intron?.description)
      a.bind(11, item.biotype)
      a.bind(12, item.isCanonical)
      a.bind(13, item.isManeSelect)
      a.bind(14, item.isPicked)
      try a.run()
    }
  }
}
