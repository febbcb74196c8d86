import GRDB

extension CohortBuilder {
  /// Reads the kept patients with their index day, selected samples and groups; loops here run
  /// over the cohort only.
  func finalPatients(
    _ db: Database, query: CohortQuery, tables: EngineTables, kept: String, compiler: CriterionCompiler
  ) throws -> [CohortPatient] {
    // `CROSS JOIN` from the kept patients: with plain joins SQLite walked every patient in
    // `(source, patient_id)` order to spare the sort of a cohort that is often a few hundred.
    let from = """
      FROM \(kept) c CROSS JOIN patients p CROSS JOIN sources so \
      LEFT JOIN \(tables.index) i ON i.patient_key = c.patient_key WHERE p.id = c.patient_key AND so.id = p.source_id
      """
    var patients: [CohortPatient] = []
    var position: [Int64: Int] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: "SELECT c.patient_key, p.patient_id, so.name, i.index_day \(from) ORDER BY so.name, p.patient_id")
    while let row = try rows.next() {
      position[row[0]] = patients.count
      patients.append(
        CohortPatient(
          key: row[0], id: row[1], source: row[2], indexDay: row[3], groups: [], sampleIDs: [],
          coverageAssumed: false))
    }
    let samples = try Row.fetchCursor(
      db,
      sql: """
        SELECT s.patient_key, sm.sample_id, CASE WHEN s.panel_key IS NULL THEN 1 ELSE 0 END \
        FROM \(kept) c CROSS JOIN samples sm CROSS JOIN \(tables.selected) s \
        WHERE sm.patient_key = c.patient_key AND s.sample_key = sm.id \
        ORDER BY s.patient_key, CASE WHEN s.day IS NULL THEN 1 ELSE 0 END, s.day, sm.sample_id
        """)
    // From the kept patients through `samples(patient_key)`, not a scan of every selected
    // sample: the cohort is often a small part of the patients the samples were selected for.
    while let row = try samples.next() {
      guard let index = position[row[0]] else { continue }
      patients[index].sampleIDs.append(row[1])
      if row[2] as Int == 1 { patients[index].coverageAssumed = true }
    }
    if let grouping = query.grouping {
      try assignGroups(
        db, grouping: grouping, from: from, compiler: compiler, patients: &patients, position: position)
    }
    return patients
  }

  private func assignGroups(
    _ db: Database, grouping: Grouping, from: String, compiler: CriterionCompiler,
    patients: inout [CohortPatient], position: [Int64: Int]
  ) throws {
    switch grouping {
    case .expressions(let groups, let overlapAllowed):
      guard !groups.isEmpty else { return }
      let statuses = try groups.map { try compiler.expressions.status($0.expression) }
      let columns = statuses.enumerated().map { "\($0.element) AS g\($0.offset)" }.joined(separator: ", ")
      let rows = try Row.fetchCursor(db, sql: "SELECT c.patient_key, \(columns) \(from)")
      while let row = try rows.next() {
        guard let index = position[row[0]] else { continue }
        for (number, group) in groups.enumerated() where (row[number + 1] as Int?) == 2 {
          patients[index].groups.append(group.name)
        }
      }
      if !overlapAllowed, let shared = patients.first(where: { $0.groups.count > 1 }) {
        let count = patients.filter { $0.groups.count > 1 }.count
        throw CohortBuildError(
          .overlappingGroups,
          "groups '\(shared.groups[0])' and '\(shared.groups[1])' share patients (\(count) in several "
            + "groups; first: \(shared.id) of \(shared.source))",
          hint: "make the group expressions exclusive (add AND NOT …), or write `overlap: allowed`")
      }
    case .bySource:
      try assignGroups(db, column: "so.name", from: from, patients: &patients, position: position)
    case .byOrigin:
      try assignGroups(db, column: "so.origin", from: from, patients: &patients, position: position)
    case .byAttribute(let name):
      let column: String
      switch name.lowercased() {
      case "sex": column = "p.sex"
      case "source": column = "so.name"
      case "origin": column = "so.origin"
      case "stage":
        column =
          "(SELECT MIN(d.stage) FROM diagnoses d WHERE d.patient_key = c.patient_key AND d.day = i.diagnosis_day)"
      default:
        column =
          "(SELECT pa.value FROM patient_attributes pa WHERE pa.patient_key = c.patient_key "
          + "AND pa.name = \(dialect.literal(name)))"
      }
      try assignGroups(db, column: column, from: from, patients: &patients, position: position)
    }
  }

  /// One group per distinct value of `column`; a patient without a value is in no group.
  private func assignGroups(
    _ db: Database, column: String, from: String, patients: inout [CohortPatient], position: [Int64: Int]
  ) throws {
    let rows = try Row.fetchCursor(db, sql: "SELECT c.patient_key, \(column) \(from)")
    while let row = try rows.next() {
      guard let index = position[row[0]], let value = row[1] as String?, !value.isEmpty else { continue }
      patients[index].groups = [value]
    }
  }
}
