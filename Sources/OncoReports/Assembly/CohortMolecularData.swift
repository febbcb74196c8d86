import GRDB
import OncoModel
import OncoQuery
import OncoWarehouse

/// The selected samples of a cohort's patients, the genes altered in them and the genes their
/// panels cover: what Table 1 (sample type, panel) and the alteration landscape count.
///
/// Read with four set-based statements per chunk of 500 patients.
struct CohortMolecularData {
  /// One selected sample.
  struct SampleRow {
    var key: Int64
    var sampleID: String
    var type: String?
    var panel: String?
    var assay: String?
    /// `panels.id` of the sample's declared panel, `nil` when none is known (coverage assumed).
    var panelKey: Int64?
    var collectionDay: Int?
  }

  /// Selected samples by patient key, in the cohort's order of sample ids.
  var samples: [Int64: [SampleRow]] = [:]
  /// Genes altered in a selected sample, by patient key.
  var alteredGenes: [Int64: Set<String>] = [:]
  /// Genes each panel covers, by `panels.id`.
  var panelGenes: [Int64: Set<String>] = [:]
  /// The earliest `specimen` event of each patient: the report day of sources whose samples
  /// carry no collection day (cBioPortal's specimen timeline).
  var firstSpecimenDay: [Int64: Int] = [:]

  /// Whether a patient's selected samples covered the gene (or it was found altered).
  func assessed(_ patient: Int64, gene: String) -> Bool {
    if alteredGenes[patient]?.contains(gene) == true { return true }
    return (samples[patient] ?? []).contains { sample in
      guard let panel = sample.panelKey else { return true }
      return panelGenes[panel]?.contains(gene) == true
    }
  }

  /// The collection day of the first selected sample, else the first specimen event, if any.
  func firstReportDay(_ patient: Int64) -> Day? {
    ((samples[patient] ?? []).compactMap(\.collectionDay).min() ?? firstSpecimenDay[patient]).map(Day.init)
  }

  static func read(_ warehouse: Warehouse, cohort: Cohort) throws -> CohortMolecularData {
    var data = CohortMolecularData()
    let selected = Dictionary(
      cohort.patients.map { ($0.key, $0.sampleIDs) }, uniquingKeysWith: { first, _ in first })
    let keys = cohort.patients.map(\.key)
    try warehouse.withConnection { db in
      for start in stride(from: 0, to: keys.count, by: 500) {
        let chunk = Array(keys[start..<min(start + 500, keys.count)])
        let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
        let arguments = StatementArguments(chunk)
        var sampleKeys: Set<Int64> = []
        for row in try Row.fetchAll(
          db,
          sql: """
            SELECT s.id, s.patient_key, s.sample_id, s.sample_type, s.panel_id, s.assay, s.collection_day,
              pn.id AS panel_key
            FROM samples s LEFT JOIN panels pn ON pn.source_id = s.source_id AND pn.panel_id = s.panel_id
            WHERE s.patient_key IN (\(marks)) ORDER BY s.patient_key, s.collection_day, s.id
            """, arguments: arguments)
        {
          let patient: Int64 = row["patient_key"]
          let sampleID: String = row["sample_id"]
          guard selected[patient]?.contains(sampleID) == true else { continue }
          sampleKeys.insert(row["id"])
          data.samples[patient, default: []].append(
            SampleRow(
              key: row["id"], sampleID: sampleID, type: row["sample_type"], panel: row["panel_id"],
              assay: row["assay"], panelKey: row["panel_key"], collectionDay: row["collection_day"]))
        }
        // Copy-number gains and losses of one level are not counted: only amplifications and
        // deep deletions (±2) are alterations in cBioPortal's sense.
        for row in try Row.fetchAll(
          db,
          sql: """
            SELECT s.patient_key, a.sample_key, a.gene FROM alterations a JOIN samples s ON s.id = a.sample_key
            WHERE s.patient_key IN (\(marks)) AND a.gene IS NOT NULL
              AND (a.kind <> 'copy_number' OR abs(a.copy_number) = 2)
            UNION SELECT s.patient_key, a.sample_key, fp.gene FROM fusion_partners fp
              JOIN alterations a ON a.id = fp.alteration_key JOIN samples s ON s.id = a.sample_key
            WHERE s.patient_key IN (\(marks))
            """, arguments: arguments + arguments)
        where sampleKeys.contains(row["sample_key"]) {
          data.alteredGenes[row["patient_key"], default: []].insert(row["gene"])
        }
        for row in try Row.fetchAll(
          db,
          sql: """
            SELECT patient_key, min(day) AS day FROM events
            WHERE kind = 'specimen' AND patient_key IN (\(marks)) GROUP BY patient_key
            """, arguments: arguments)
        {
          data.firstSpecimenDay[row["patient_key"]] = row["day"]
        }
      }
      let panels = Set(data.samples.values.flatMap { $0.compactMap(\.panelKey) }).sorted()
      guard !panels.isEmpty else { return }
      let marks = Array(repeating: "?", count: panels.count).joined(separator: ",")
      for row in try Row.fetchAll(
        db, sql: "SELECT panel_key, gene FROM panel_genes WHERE panel_key IN (\(marks))",
        arguments: StatementArguments(panels))
      {
        data.panelGenes[row["panel_key"], default: []].insert(row["gene"])
      }
    }
    return data
  }
}
