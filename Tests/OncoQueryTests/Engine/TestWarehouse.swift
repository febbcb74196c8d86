import GRDB
import OncoQuery
import OncoWarehouse

/// A warehouse in memory filled row by row in the documented schema (docs/warehouse.md), so
/// that each test knows every patient's answer by reading the rows it inserted.
struct TestWarehouse {
  let warehouse: Warehouse

  init() throws {
    warehouse = try Warehouse.inMemory()
    try execute(
      """
      INSERT INTO sources (id, name, origin, time_axis, time_origin, imported_at) VALUES
        (1, 'hospital', 'public', 'calendar', NULL, '2026-01-01T00:00:00Z'),
        (2, 'lab', 'private', 'relative', 'diagnosis', '2026-01-01T00:00:00Z')
      """)
  }

  /// A warehouse filled elsewhere (by the importer).
  init(wrapping warehouse: Warehouse) { self.warehouse = warehouse }

  func execute(_ sql: String, _ arguments: StatementArguments = []) throws {
    try warehouse.withConnection { db in try db.execute(sql: sql, arguments: arguments) }
  }

  func lastID() throws -> Int64 {
    try warehouse.withConnection { db in db.lastInsertedRowID }
  }

  @discardableResult
  func patient(
    _ id: String, source: Int64 = 1, sex: String = "unknown", birthDay: Int? = nil, ageYears: Double? = nil
  ) throws -> Int64 {
    try execute(
      "INSERT INTO patients (source_id, patient_id, sex, birth_day, age_years) VALUES (?, ?, ?, ?, ?)",
      [source, id, sex, birthDay, ageYears])
    return try lastID()
  }

  func attribute(_ patient: Int64, _ name: String, _ value: String) throws {
    try execute(
      "INSERT INTO patient_attributes (patient_key, name, value) VALUES (?, ?, ?)", [patient, name, value])
  }

  func diagnosis(
    _ patient: Int64, day: Int?, concept: String?, code: String = "X:1", stage: String? = nil,
    advancedDay: Int? = nil
  )
    throws
  {
    try execute(
      "INSERT INTO diagnoses (patient_key, day, stage, advanced_day) VALUES (?, ?, ?, ?)",
      [patient, day, stage, advancedDay])
    let key = try lastID()
    try execute(
      "INSERT INTO diagnosis_codes (diagnosis_key, ordinal, code, concept) VALUES (?, 0, ?, ?)",
      [key, code, concept])
  }

  func panel(_ id: String, source: Int64 = 1, genes: [String]) throws {
    try execute("INSERT INTO panels (source_id, panel_id) VALUES (?, ?)", [source, id])
    let key = try lastID()
    for gene in genes { try execute("INSERT INTO panel_genes (panel_key, gene) VALUES (?, ?)", [key, gene]) }
  }

  @discardableResult
  func sample(
    _ id: String, patient: Int64, source: Int64 = 1, panel: String? = nil, type: String = "primary",
    day: Int? = nil
  ) throws -> Int64 {
    try execute(
      """
      INSERT INTO samples (source_id, sample_id, patient_key, declared, sample_type, panel_id, collection_day)
      VALUES (?, ?, ?, 1, ?, ?, ?)
      """, [source, id, patient, type, panel, day])
    return try lastID()
  }

  /// One alteration row; the keyword arguments are the columns of `alterations`.
  @discardableResult
  func alteration(
    _ sample: Int64, _ gene: String, kind: String = "mutation", change: String? = nil,
    changeKind: String? = nil,
    start: Int? = nil, end: Int? = nil, variantClass: String? = nil, consequence: String? = nil,
    exon: Int? = nil, intron: Int? = nil, ref: String? = nil, alt: String? = nil, vaf: Double? = nil,
    depth: Int? = nil, filter: String? = nil, origin: String = "somatic", copyNumber: Int? = nil,
    partners: [String] = []
  ) throws -> Int64 {
    try execute(
      """
      INSERT INTO alterations (sample_key, kind, gene, protein_change, protein_change_kind, protein_start,
        protein_end, variant_class, consequence, exon, intron, ref, alt, vaf, depth, filter, origin, copy_number)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """,
      [
        sample, kind, gene, change, changeKind, start, end ?? start, variantClass, consequence, exon, intron,
        ref, alt,
        vaf, depth, filter, origin, copyNumber,
      ])
    let key = try lastID()
    for (ordinal, partner) in partners.enumerated() {
      try execute(
        "INSERT INTO fusion_partners (alteration_key, ordinal, gene) VALUES (?, ?, ?)",
        [key, ordinal, partner])
    }
    return key
  }

  func biomarker(_ sample: Int64, _ name: String, value: Double? = nil, category: String? = nil) throws {
    try execute(
      "INSERT INTO biomarkers (sample_key, name, value, category) VALUES (?, ?, ?, ?)",
      [sample, name, value, category])
  }

  func treatment(_ patient: Int64, concept: String, start: Int) throws {
    try execute(
      "INSERT INTO treatments (patient_key, agent, concept, modality, start_day) VALUES (?, ?, ?, 'systemic', ?)",
      [patient, concept, concept, start])
  }

  func closure(_ ontology: String, ancestor: String, descendant: String, depth: Int) throws {
    try execute(
      "INSERT INTO ontology_closure (ontology, ancestor, descendant, depth) VALUES (?, ?, ?, ?)",
      [ontology, ancestor, descendant, depth])
  }
}
