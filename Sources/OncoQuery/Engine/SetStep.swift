import GRDB

/// One step of a build whose criterion is two sets of patients (``PatientSets``), run as set
/// operations on the remaining patients `c` instead of a status per patient.
///
/// Two statements read the warehouse: the first keeps `H = c ∩ holds` in a keyed table (driven
/// from `holds`, which is usually far smaller than `c`: 40,000 NSCLC diagnoses, not the
/// 100,000 patients), the second counts, or for a negated step keeps, `(c ∖ H) ∩ known`. The
/// attrition follows: a plain step keeps `H` and excludes `(c ∖ H) ∩ known`, a negated one keeps
/// `(c ∖ H) ∩ known` and excludes `H`, and the rest of `c` is not assessed in both.
struct SetStep {
  let tables: EngineTables
  /// The step's number: it reads `population(number)` and writes `kept(number + 1)`.
  let number: Int
  let sets: PatientSets
  let dialect: any SQLDialect
  /// Whether the sets can only name remaining patients: a step that reads the selected samples
  /// right after they were selected for exactly the remaining patients.
  var setsAreRemaining = false
  /// The number of patients the step starts from.
  var remaining = 0

  /// The most remaining patients for which a step reads the alterations of their samples
  /// rather than every row of the gene.
  ///
  /// Starting from the samples costs one index seek per sample of a remaining patient; starting
  /// from the gene, one table read per row of the gene (19,925 `STK11` mutations in the
  /// benchmark warehouse: 53 ms, against 6 ms from the samples of 1,451 patients). Below this
  /// bound the seeks cost at most ≈ 10 ms, whatever the gene; above it a common gene could
  /// have fewer rows than the samples to seek.
  static let defaultSampleDrivenLimit = 5_000
  /// The bound this step applies (tests lower it to compare both ways of reading).
  var sampleDrivenLimit = Self.defaultSampleDrivenLimit

  /// The test that keeps a patient key of the sets to the remaining patients.
  private func isRemaining(_ column: String) -> String {
    setsAreRemaining ? "\(column) IS NOT NULL" : tables.isRemaining(column, number)
  }

  /// The table of `H`: the kept table itself, unless the step is negated.
  private var holdsTable: String { sets.negated ? tables.holds(number + 1) : tables.kept(number + 1) }

  /// Whether `H` keeps each patient's first day (a diagnosis step that is not negated).
  private var keepsDays: Bool { sets.holdsDays != nil && !sets.negated }

  /// The holds set as this step reads it: from the remaining patients' samples when they are
  /// few (see ``sampleDrivenLimit``).
  private var holds: String {
    guard number > 0, !setsAreRemaining, remaining <= sampleDrivenLimit,
      let amongSamples = sets.holdsAmongSamples
    else { return sets.holds }
    return amongSamples(
      "SELECT sm.id FROM \(tables.kept(number)) rp CROSS JOIN samples sm WHERE sm.patient_key = rp.patient_key"
    )
  }

  /// The rows of `H`: distinct patients, or each patient with the first day of its rows.
  private var holdsSelect: String {
    if keepsDays, let days = sets.holdsDays {
      return
        "SELECT h.patient_key, MIN(h.day) FROM (\(days)) h WHERE \(isRemaining("h.patient_key")) "
        + "GROUP BY h.patient_key"
    }
    return
      "SELECT DISTINCT h.patient_key FROM (\(holds)) h WHERE \(isRemaining("h.patient_key"))"
  }

  /// The remaining patients for whom the criterion is known.
  private var knownInPopulation: String {
    "SELECT DISTINCT k.patient_key FROM (\(sets.known)) k WHERE \(isRemaining("k.patient_key"))"
  }

  /// The remaining patients not in `H` for whom the criterion is known, driven from `known`
  /// (which the engine would build as a whole for an `IN` test anyway).
  private var knownRest: String {
    "SELECT DISTINCT k.patient_key FROM (\(sets.known)) k WHERE \(isRemaining("k.patient_key")) "
      + "AND k.patient_key NOT IN (SELECT patient_key FROM \(holdsTable))"
  }

  /// Runs the step on the remaining patients (`remaining` of them) and returns its counts, and
  /// with `explain` the plans of its two statements headed by `label`.
  func execute(_ db: Database, label: String, remaining: Int, explain: Bool) throws
    -> (step: AttritionStep, plans: [String])
  {
    var plans = explain ? ["-- \(label)"] : []
    let columns = keepsDays ? EngineTables.keptDayColumns : EngineTables.keptColumns
    if explain { plans += try plan(db, holdsSelect) }
    for statement in EngineTables.create(holdsTable, columns: columns, from: holdsSelect, dialect: dialect) {
      try db.execute(sql: statement)
    }
    let held = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(holdsTable)") ?? 0
    if explain {
      plans += try plan(db, sets.knownContainsHolds && !sets.negated ? knownInPopulation : knownRest)
    }
    let known: Int
    if sets.negated {
      let kept = tables.kept(number + 1)
      for statement in EngineTables.create(
        kept, columns: EngineTables.keptColumns, from: knownRest, dialect: dialect)
      {
        try db.execute(sql: statement)
      }
      known = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(kept)") ?? 0
    } else if sets.knownContainsHolds {
      // `|(c ∖ H) ∩ K| = |c ∩ K| − |H|`: no test of `K` against `H`, 100,000 searches fewer
      // on the first diagnosis step.
      known = (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(knownInPopulation)) r") ?? 0) - held
    } else {
      known = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(knownRest)) r") ?? 0
    }
    let kept = sets.negated ? known : held
    let step = AttritionStep(
      label: label, remaining: kept, excluded: remaining - kept, notAssessed: remaining - held - known)
    return (step, plans)
  }

  private func plan(_ db: Database, _ sql: String) throws -> [String] {
    try Row.fetchAll(db, sql: "\(dialect.explainPrefix) \(sql)").map { row in
      String(describing: row[row.count - 1] as DatabaseValue)
    }
  }
}
