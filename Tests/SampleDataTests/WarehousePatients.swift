import GRDB

/// One patient of the imported SampleData as the planted-effect tests see it, read with plain SQL
/// from the warehouse tables documented in docs/warehouse.md.
struct WarehousePatient {
  var key: Int64
  var source: String
  /// Day of diagnosis (registry: day 0 of its relative axis).
  var diagnosis: Double
  /// Day of the first molecular report (registry: SPECIMEN timeline event; others: sample
  /// collection day), the delayed entry.
  var entry: Double?
  /// Death day, else the last day the patient is known alive: the last-contact column, or, for
  /// the FHIR export which has none, the patient's last dated record.
  var exit: Double
  var died: Bool
  var lung: Bool
  var adenocarcinomaOrOther: Bool
  var panels: Set<String?> = []
  var alterations: [(gene: String, proteinChange: String?)] = []
  var treatments: [(name: String, start: Double)] = []

  func has(_ gene: String, _ change: String? = nil) -> Bool {
    alterations.contains { $0.gene == gene && (change == nil || $0.proteinChange == change) }
  }

  /// Whether every sequenced sample's panel covers `gene` (no panel: every gene).
  func assessed(_ gene: String, panelGenes: [String: Set<String>]) -> Bool {
    !panels.isEmpty
      && panels.allSatisfy { panel in panel.map { panelGenes[$0]?.contains(gene) == true } ?? true }
  }

  static func load(_ db: Database) throws -> [WarehousePatient] {
    var patients: [Int64: WarehousePatient] = [:]
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT p.id, so.name, p.death_day, p.last_contact_day,
          (SELECT max(e.day) FROM events e WHERE e.patient_key = p.id),
          (SELECT max(coalesce(t.end_day, t.start_day)) FROM treatments t WHERE t.patient_key = p.id),
          coalesce((SELECT min(e.day) FROM events e WHERE e.patient_key = p.id AND e.kind = 'specimen'),
                   (SELECT min(s.collection_day) FROM samples s
                     WHERE s.patient_key = p.id AND s.sample_type <> 'normal')),
          coalesce((SELECT min(d.day) FROM diagnoses d WHERE d.patient_key = p.id), 0),
          EXISTS (SELECT 1 FROM diagnoses d JOIN diagnosis_codes c ON c.diagnosis_key = d.id
                  WHERE d.patient_key = p.id
                    AND (c.code LIKE 'ICD10:C34%' OR c.code IN ('ONCOTREE:LUAD', 'ONCOTREE:LUSC', 'ONCOTREE:NSCLC'))),
          EXISTS (SELECT 1 FROM diagnoses d JOIN diagnosis_codes c ON c.diagnosis_key = d.id
                  WHERE d.patient_key = p.id AND c.code IN ('ONCOTREE:LUAD', 'ONCOTREE:NSCLC'))
        FROM patients p JOIN sources so ON so.id = p.source_id
        """)
    for row in rows {
      let death: Int? = row[2]
      let lastKnown = [row[3], row[4], row[5]].compactMap { $0 as Int? }.max() ?? 0
      let entry: Int? = row[6]
      let diagnosis: Int = row[7]
      patients[row[0]] = WarehousePatient(
        key: row[0], source: row[1], diagnosis: Double(diagnosis), entry: entry.map(Double.init),
        exit: Double(death ?? lastKnown), died: death != nil, lung: row[8], adenocarcinomaOrOther: row[9])
    }
    for row in try Row.fetchAll(
      db,
      sql:
        "SELECT patient_key, panel_id FROM samples WHERE patient_key IS NOT NULL AND sample_type <> 'normal'")
    {
      let key: Int64 = row[0]
      patients[key]?.panels.insert(row[1])
    }
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT s.patient_key, a.gene, a.protein_change FROM alterations a JOIN samples s ON s.id = a.sample_key
        WHERE s.patient_key IS NOT NULL AND a.gene IS NOT NULL
        """)
    {
      let key: Int64 = row[0]
      patients[key]?.alterations.append((row[1], row[2]))
    }
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT patient_key, coalesce(concept, lower(agent)), start_day FROM treatments
        WHERE modality = 'systemic' ORDER BY patient_key, start_day
        """)
    {
      let key: Int64 = row[0]
      let start: Int = row[2]
      patients[key]?.treatments.append((row[1], Double(start)))
    }
    return patients.values.sorted { $0.key < $1.key }
  }

  static func panelGenes(_ db: Database) throws -> [String: Set<String>] {
    var genes: [String: Set<String>] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT p.panel_id, g.gene FROM panels p JOIN panel_genes g ON g.panel_key = p.id")
    {
      genes[row[0], default: []].insert(row[1])
    }
    return genes
  }
}
