import GRDB
import OncoModel

/// The prepared inserts of one import, one per table, bound column by column.
///
/// Alterations, fusion partners and transcript annotations, the tables that take a row per
/// variant, are written in batches (``BatchedInsert``); ``flushAlterations()`` writes what waits.
struct RecordStatements {
  let patient: InsertStatement
  let attribute: InsertStatement
  let diagnosis: InsertStatement
  let diagnosisCode: InsertStatement
  let panel: InsertStatement
  let panelGene: InsertStatement
  let sample: InsertStatement
  let declareSample: InsertStatement
  private var alterations: BatchedInsert
  private var partners: BatchedInsert
  private var annotations: BatchedInsert
  /// The id the next alteration gets: ids are given here, as SQLite would (`max(id) + 1`
  /// onwards), so that partners and annotations can name a row that is still buffered.
  private var nextAlterationKey: Int64
  private let db: Database
  let biomarker: InsertStatement
  /// Treatments, a million rows in a large clinical extract, are batched like alterations.
  private var treatments: BatchedInsert
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
    alterations = try BatchedInsert(
      db, table: "alterations",
      columns: [
        "id", "sample_key", "kind", "gene", "chromosome", "position", "ref", "alt", "protein_change",
        "protein_change_kind", "protein_start", "protein_end", "hgvsc", "consequence", "variant_class",
        "impact", "transcript", "exon", "exon_last", "exon_total", "intron", "intron_last",
        "intron_total", "vaf", "depth", "filter", "origin", "copy_number", "structural_class",
        "file_id", "line", "hgvsp", "biotype", "consequences", "annotation_flags",
      ], rowsPerStatement: 32)
    partners = try BatchedInsert(
      db, table: "fusion_partners", columns: ["alteration_key", "ordinal", "gene"], rowsPerStatement: 32)
    annotations = try BatchedInsert(
      db, table: "transcript_annotations",
      columns: [
        "alteration_key", "ordinal", "gene", "transcript", "consequences", "impact", "hgvsc", "hgvsp",
        "exon", "intron", "biotype", "canonical", "mane_select", "picked",
      ], rowsPerStatement: 32)
    nextAlterationKey = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM alterations") ?? 1
    self.db = db
    biomarker = try InsertStatement(
      db,
      """
      INSERT INTO biomarkers (sample_key, name, value, category, unit, file_id, line)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      """)
    treatments = try BatchedInsert(
      db, table: "treatments",
      columns: ["patient_key", "agent", "concept", "modality", "start_day", "end_day", "file_id", "line"],
      rowsPerStatement: 32)
    event = try InsertStatement(
      db, "INSERT INTO events (patient_key, kind, day, detail, file_id, line) VALUES (?, ?, ?, ?, ?, ?)")
    reject = try InsertStatement(
      db,
      """
      INSERT INTO rejects (file_id, line, "column", record, message, hint) VALUES (?, ?, ?, ?, ?, ?)
      """)
  }

  /// Inserts one alteration (with its fusion partners and, if asked, its transcript annotations).
  ///
  /// An only annotation that repeats the alteration's columns goes into the alteration's row
  /// (schema v4, ``Alteration/primaryAnnotation(storedGene:)``); any other into
  /// `transcript_annotations`.
  ///
  /// The rows are buffered; they are written when a batch is full or at ``flushAlterations()``.
  mutating func insert(
    _ alteration: Alteration, sampleKey: Int64, gene: String?, fileID: Int64,
    annotations withAnnotations: Bool
  ) throws {
    let key = nextAlterationKey
    nextAlterationKey += 1
    alterations.append(key)
    alterations.append(sampleKey)
    alterations.append(alteration.kind.rawValue)
    alterations.append(gene)
    alterations.append(alteration.position?.chromosome)
    alterations.append(alteration.position?.position)
    alterations.append(alteration.ref)
    alterations.append(alteration.alt)
    alterations.append(alteration.proteinChange?.short)
    alterations.append(alteration.proteinChange?.kind.rawValue)
    alterations.append(alteration.proteinChange?.start)
    alterations.append(alteration.proteinChange?.end)
    alterations.append(alteration.hgvsc)
    alterations.append(alteration.consequence)
    alterations.append(alteration.variantClass?.rawValue)
    alterations.append(alteration.impact)
    alterations.append(alteration.transcript)
    alterations.append(alteration.exon?.number)
    alterations.append(alteration.exon?.last)
    alterations.append(alteration.exon?.total)
    alterations.append(alteration.intron?.number)
    alterations.append(alteration.intron?.last)
    alterations.append(alteration.intron?.total)
    alterations.append(alteration.vaf)
    alterations.append(alteration.depth)
    alterations.append(alteration.filter)
    alterations.append(alteration.origin.rawValue)
    alterations.append(alteration.copyNumber?.rawValue)
    alterations.append(alteration.structuralClass)
    alterations.append(fileID)
    alterations.append(alteration.location?.line)
    let primary = withAnnotations ? alteration.primaryAnnotation(storedGene: gene) : nil
    alterations.append(primary?.hgvsp)
    alterations.append(primary?.biotype)
    if let primary, primary.consequences.count > 1 {
      alterations.append(joining: primary.consequences, separator: UInt8(ascii: "&"))
    } else {
      alterations.append(nil as String?)
    }
    alterations.append(primary?.flags)
    for (ordinal, partnerGene) in alteration.fusionPartners.enumerated() {
      partners.append(key)
      partners.append(ordinal)
      partners.append(partnerGene)
    }
    if withAnnotations && primary == nil {
      for (ordinal, item) in alteration.annotations.enumerated() {
        annotations.append(key)
        annotations.append(ordinal)
        annotations.append(item.gene)
        annotations.append(item.transcript)
        annotations.append(joining: item.consequences, separator: UInt8(ascii: "&"))
        annotations.append(item.impact)
        annotations.append(item.hgvsc)
        annotations.append(item.hgvsp)
        annotations.append(item.exon)
        annotations.append(item.intron)
        annotations.append(item.biotype)
        annotations.append(item.isCanonical)
        annotations.append(item.isManeSelect)
        annotations.append(item.isPicked)
      }
    }
    if alterations.isFull || partners.isFull || annotations.isFull { try flushAlterations() }
  }

  /// Inserts one treatment row; it is buffered until its batch is full or ``flushAlterations()``.
  mutating func insertTreatment(
    patientKey: Int64, _ treatment: TreatmentExposure, concept: String?, fileID: Int64
  ) throws {
    treatments.append(patientKey)
    treatments.append(treatment.agent)
    treatments.append(concept)
    treatments.append(treatment.modality.rawValue)
    treatments.append(treatment.startDay.value)
    treatments.append(treatment.endDay?.value)
    treatments.append(fileID)
    treatments.append(treatment.location?.line)
    if treatments.isFull { try treatments.flush(db) }
  }

  /// Writes the buffered rows: alterations, then the partners and annotations that refer to them
  /// (their foreign keys need the alteration rows first), and treatments.
  mutating func flushAlterations() throws {
    try treatments.flush(db)
    try alterations.flush(db)
    try partners.flush(db)
    try annotations.flush(db)
  }
}
