import GRDB
import OncoModel
import OncoWarehouse

/// Builds a cohort from a ``CohortQuery`` on a warehouse: the criteria run in order, each as
/// one set-based SQL statement, and leave the attrition table behind.
///
/// Every step reads the patients the previous step kept (a temporary table), computes each
/// one's three-valued status (kept, excluded, excluded as not assessed) and keeps those it
/// selects; no Swift code loops over the warehouse's patients. Before the steps, two tables
/// are computed for every patient: the index day (``IndexDefinition``) and the selected samples
/// (``SampleSelection``), which alteration and biomarker criteria read. The SQL is written
/// through a ``SQLDialect``; docs/cohort-engine.md describes it.
public struct CohortBuilder: Sendable {
  /// The warehouse the cohort is selected from.
  public var warehouse: Warehouse
  /// The SQL dialect of the warehouse's engine.
  public var dialect: any SQLDialect
  /// Expands `CONSEQUENCE(SO:…)` terms to labels, or `nil` (such atoms are then an error).
  public var consequences: ConsequenceResolver?
  /// The most remaining patients for which an alteration step starts from their samples
  /// (``SetStep/defaultSampleDrivenLimit``); tests change it to compare both plans.
  var sampleDrivenLimit = SetStep.defaultSampleDrivenLimit

  /// Creates a builder.
  public init(
    warehouse: Warehouse, dialect: any SQLDialect = SQLiteDialect(), consequences: ConsequenceResolver? = nil
  ) {
    self.warehouse = warehouse
    self.dialect = dialect
    self.consequences = consequences
  }

  /// Selects the cohort `query` describes.
  /// - Throws: ``CohortBuildError`` for a criterion the warehouse cannot answer (located at the
  ///   criterion), `WarehouseError` when SQLite fails.
  /// - Complexity: one SQL statement per criterion, plus one per group and the final reads.
  public func build(_ query: CohortQuery) throws -> Cohort {
    try run(query, explain: false).cohort
  }

  /// Builds the cohort and returns the plan SQL chose for each step's statement
  /// (`EXPLAIN QUERY PLAN` in SQLite), headed by the step's label.
  public func explain(_ query: CohortQuery) throws -> [String] {
    try run(query, explain: true).plans
  }

  /// A step of the run: a label and the status SQL of its patients.
  struct Step {
    var label: String
    var location: TextLocation?
    var status: String
    /// Whether the status reads the index or selected-sample tables.
    var readsSamples = false
    /// Whether the status reads the patient's row `p` or source `so` (joining them costs a
    /// third of a diagnosis step over the whole warehouse).
    var readsPatient = true
    /// The criterion as sets of patients, when it is one: the step then runs as set
    /// operations (``SetStep``) rather than a status per patient.
    var sets: PatientSets?
  }

  private func run(_ query: CohortQuery, explain: Bool) throws -> (cohort: Cohort, plans: [String]) {
    let tables = EngineTables()
    let compiler = CriterionCompiler(
      expressions: ExpressionCompiler(
        atoms: AtomCompiler(dialect: dialect, defaults: query.alterationDefaults, consequences: consequences),
        selected: tables.selected),
      indexTable: tables.index)
    let steps = try self.steps(query, compiler: compiler)
    // The index and selected-sample tables are built for the patients still in the cohort when
    // the first step that reads them comes (or at the end), not for the whole warehouse.
    let setupPoint = steps.firstIndex(where: \.readsSamples) ?? steps.count
    // A diagnosis step keeps each patient's first matching day; when it is the query's only
    // diagnosis criterion, the index table reads those days instead of aggregating again.
    let diagnosisSteps = query.criteria.filter {
      if case .diagnosis = $0.kind { return true }
      return false
    }
    return try warehouse.withConnection { db in
      defer { try? tables.drop(db, dialect: dialect, steps: steps.count) }
      try tables.drop(db, dialect: dialect, steps: steps.count)
      for statement in dialect.sessionStatements { try db.execute(sql: statement) }
      var plans: [String] = []
      let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM patients") ?? 0
      var attrition = [
        AttritionStep(label: "patients in the warehouse", remaining: total, excluded: 0, notAssessed: 0)
      ]
      var diagnosisDays: String?
      for (number, step) in steps.enumerated() {
        if number == setupPoint {
          try execute(
            db,
            try setupStatements(
              query, tables: tables, kept: tables.population(number), diagnosisDays: diagnosisDays,
              compiler: compiler))
        }
        let remaining = attrition.last?.remaining ?? 0
        if let sets = step.sets {
          // The samples were just selected for exactly the remaining patients.
          let run = SetStep(
            tables: tables, number: number, sets: sets, dialect: dialect,
            setsAreRemaining: step.readsSamples && number == setupPoint, remaining: remaining,
            sampleDrivenLimit: sampleDrivenLimit)
          let result = try run.execute(db, label: step.label, remaining: remaining, explain: explain)
          plans += result.plans
          attrition.append(result.step)
          if sets.holdsDays != nil, !sets.negated, diagnosisSteps.count == 1 {
            diagnosisDays = tables.kept(number + 1)
          }
        } else {
          let select = statusSelect(step, number: number, setupPoint: setupPoint, tables: tables)
          if explain { plans += try plan(db, label: step.label, sql: select) }
          attrition.append(try statusStep(db, step, number: number, select: select, tables: tables))
        }
      }
      let kept = tables.population(steps.count)
      if setupPoint == steps.count {
        try execute(
          db,
          try setupStatements(
            query, tables: tables, kept: kept, diagnosisDays: diagnosisDays, compiler: compiler))
      }
      let patients = try finalPatients(db, query: query, tables: tables, kept: kept, compiler: compiler)
      return (Cohort(name: query.name, attrition: attrition, patients: patients), plans)
    }
  }

  /// The statement that computes each remaining patient's status at a step without sets.
  private func statusSelect(_ step: Step, number: Int, setupPoint: Int, tables: EngineTables) -> String {
    // `CROSS JOIN` keeps the remaining patients as the outer loop (SQLite does not reorder
    // it; elsewhere it is an inner join like any other).
    let index = number < setupPoint ? "" : " LEFT JOIN \(tables.index) i ON i.patient_key = c.patient_key"
    let patient =
      step.readsPatient
      ? (
        " CROSS JOIN patients p CROSS JOIN sources so",
        " WHERE p.id = c.patient_key AND so.id = p.source_id"
      )
      : ("", "")
    return """
      SELECT c.patient_key, \(step.status) AS status FROM \(tables.population(number)) c\(patient.0)\(index)\(patient.1)
      """
  }

  /// Runs a step without sets: a status per remaining patient, then the kept ones and counts.
  private func statusStep(_ db: Database, _ step: Step, number: Int, select: String, tables: EngineTables)
    throws -> AttritionStep
  {
    // The status table is only scanned (counts, kept patients): a plain copy. The kept
    // patients are keyed, for the `IN` tests of the index table and the final reads.
    try db.execute(sql: dialect.createTemporaryTable(tables.status(number + 1), as: select))
    try execute(
      db,
      EngineTables.create(
        tables.kept(number + 1), columns: EngineTables.keptColumns,
        from: "SELECT patient_key FROM \(tables.status(number + 1)) WHERE status = 2", dialect: dialect))
    return try counts(db, label: step.label, table: tables.status(number + 1))
  }

  /// The criteria in order, with the index step before the first criterion that reads
  /// samples or treatments when the query depends on its index (see ``requiresIndex(_:)``).
  private func steps(_ query: CohortQuery, compiler: CriterionCompiler) throws -> [Step] {
    var steps: [Step] = []
    for criterion in query.criteria {
      do {
        steps.append(
          Step(
            label: criterion.label, location: criterion.location, status: try compiler.status(criterion),
            readsSamples: Self.readsSamples(criterion), readsPatient: Self.readsPatient(criterion),
            sets: try compiler.sets(criterion)))
      } catch let error as CohortBuildError {
        throw error.located(criterion.location)
      }
    }
    guard Self.requiresIndex(query) else { return steps }
    let indexStep = Step(
      label: "index date: \(Self.describe(query.index))", location: nil,
      status: "(CASE WHEN i.index_day IS NOT NULL THEN 2 ELSE 0 END)", readsSamples: true, readsPatient: false
    )
    steps.insert(indexStep, at: query.criteria.firstIndex(where: Self.readsSamples) ?? steps.count)
    return steps
  }

  /// Whether a criterion reads the index or the selected samples (the others read only
  /// patients, sources, diagnoses and attributes).
  static func readsSamples(_ criterion: CohortCriterion) -> Bool {
    switch criterion.kind {
    case .requireAlterations, .excludeAlterations, .biomarker, .treatment: true
    default: false
    }
  }

  /// Whether a criterion's status reads `p` (`patients`) or `so` (`sources`).
  static func readsPatient(_ criterion: CohortCriterion) -> Bool {
    switch criterion.kind {
    case .sources, .origin, .ageAtDiagnosis, .sex, .diagnosedBetween, .treatment: true
    default: false
    }
  }

  /// Whether patients without an index day leave the cohort.
  ///
  /// They do when the query names an index other than the default diagnosis, or selects
  /// samples or treatments relative to it. Otherwise a
  /// patient without a diagnosis day stays, with no index day.
  static func requiresIndex(_ query: CohortQuery) -> Bool {
    if query.index != .diagnosis { return true }
    let samples = query.samples
    if samples.policy == .nearestBeforeIndex || samples.windowFrom != nil || samples.windowTo != nil {
      return true
    }
    return query.criteria.contains { criterion in
      if case .treatment(let treatment) = criterion.kind { return treatment.timing != .any }
      return false
    }
  }

  /// The index definition in words, for the attrition label.
  static func describe(_ index: IndexDefinition) -> String {
    switch index {
    case .diagnosis: "diagnosis"
    case .advancedDiagnosis: "advanced diagnosis"
    case .firstMolecularReport: "first molecular report"
    case .lineStart(let line): "start of line \(line)"
    case .firstExposure(let concepts): "first exposure to " + concepts.joined(separator: " or ")
    }
  }

  private func counts(_ db: Database, label: String, table: String) throws -> AttritionStep {
    // One pass with sums rather than `GROUP BY status`, which sorts; a NULL status is not assessed.
    let row = try Row.fetchOne(
      db,
      sql: "SELECT COUNT(*), SUM(CASE WHEN status = 2 THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN status = 0 THEN 1 ELSE 0 END) FROM \(table)")
    let total: Int = row?[0] ?? 0
    let remaining: Int = row?[1] ?? 0
    let excluded: Int = row?[2] ?? 0
    let notAssessed = total - remaining - excluded
    return AttritionStep(
      label: label, remaining: remaining, excluded: excluded + notAssessed, notAssessed: notAssessed)
  }

  func execute(_ db: Database, _ statements: [String]) throws {
    for statement in statements { try db.execute(sql: statement) }
  }

  func plan(_ db: Database, label: String, sql: String) throws -> [String] {
    let rows = try Row.fetchAll(db, sql: "\(dialect.explainPrefix) \(sql)")
    return ["-- \(label)"] + rows.map { row in String(describing: row[row.count - 1] as DatabaseValue) }
  }
}
