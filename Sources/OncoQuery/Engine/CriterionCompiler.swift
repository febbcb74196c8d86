/// Compiles one selection step into a three-valued SQL status per patient (2 kept, 0 excluded,
/// 1 excluded as not assessed; see ``ExpressionCompiler/Status``).
///
/// The status is a scalar over the step's row: `c` (the remaining patients), `p` (`patients`),
/// `so` (`sources`) and, for criteria that read samples, `i` (the index table: `index_day`,
/// `diagnosis_day`).
struct CriterionCompiler {
  let expressions: ExpressionCompiler
  /// The index table's name.
  let indexTable: String

  var dialect: any SQLDialect { expressions.dialect }

  /// The status of `criterion`.
  func status(_ criterion: CohortCriterion) throws -> String {
    switch criterion.kind {
    case .sources(let names):
      return "(CASE WHEN so.name IN \(dialect.list(names)) THEN 2 ELSE 0 END)"
    case .origin(let origin):
      return "(CASE WHEN so.origin = \(dialect.literal(origin.rawValue)) THEN 2 "
        + "WHEN so.origin = 'unknown' THEN 1 ELSE 0 END)"
    case .ageAtDiagnosis(let min, let max):
      let age =
        "(CASE WHEN p.birth_day IS NOT NULL AND \(firstDiagnosis) IS NOT NULL "
        + "THEN (\(firstDiagnosis) - p.birth_day) / 365.25 ELSE p.age_years END)"
      var bounds: [String] = []
      if let min { bounds.append("\(age) >= \(dialect.literal(min))") }
      if let max { bounds.append("\(age) <= \(dialect.literal(max))") }
      let test = bounds.isEmpty ? "1 = 1" : bounds.joined(separator: " AND ")
      return "(CASE WHEN \(age) IS NULL THEN 1 WHEN \(test) THEN 2 ELSE 0 END)"
    case .sex(let sexes):
      return "(CASE WHEN p.sex IN \(dialect.list(sexes.map(\.rawValue))) THEN 2 "
        + "WHEN p.sex = 'unknown' THEN 1 ELSE 0 END)"
    case .diagnosedBetween(let from, let to):
      var bounds = ["d.day IS NOT NULL"]
      if let from { bounds.append("d.day >= \(from.value)") }
      if let to { bounds.append("d.day <= \(to.value)") }
      let window = PatientSets(
        holds: "SELECT d.patient_key FROM diagnoses d WHERE \(bounds.joined(separator: " AND "))",
        known: "SELECT d.patient_key FROM diagnoses d WHERE d.day IS NOT NULL")
      return "(CASE WHEN so.time_axis = 'calendar' THEN \(window.status) ELSE 1 END)"
    case .requireAlterations(let expression):
      return try expressions.status(expression)
    case .excludeAlterations(let expression):
      return "(2 - \(try expressions.status(expression)))"
    case .treatment(let treatment):
      return treatmentStatus(treatment)
    case .diagnosis(let concepts): return diagnosisSets(concepts).status
    case .stage(let stages): return stageSets(stages).status
    case .attribute(let name, let comparison, let value): return attributeSets(name, comparison, value).status
    case .biomarker(let condition): return try expressions.status(.biomarker(condition))
    }
  }

  /// The criterion as two sets of patients (see ``PatientSets``), or `nil` when its status is
  /// not one (sources, sex, age, dates, treatments, alteration expressions with `AND`/`OR`).
  func sets(_ criterion: CohortCriterion) throws -> PatientSets? {
    switch criterion.kind {
    case .diagnosis(let concepts): return diagnosisSets(concepts)
    case .stage(let stages): return stageSets(stages)
    case .attribute(let name, let comparison, let value): return attributeSets(name, comparison, value)
    case .requireAlterations(let expression):
      return try expressions.sets(expression)
    case .excludeAlterations(let expression):
      return try expressions.sets(expression)?.inverted
    case .biomarker(let condition):
      return try expressions.sets(.biomarker(condition))
    default:
      return nil
    }
  }

  /// Holds for a diagnosis coded with one of `concepts` or a descendant; known for a patient
  /// with a diagnosis coded in an ontology.
  private func diagnosisSets(_ concepts: [String]) -> PatientSets {
    // One indexed lookup per branch, joined in that order: an `OR` of the branches, or a
    // join SQLite starts from `diagnoses`, reads every diagnosis.
    let branches = diagnosisBranches(concepts)
    return PatientSets(
      holds: branches.map { diagnosisQuery($0) }.joined(separator: " UNION ALL "),
      // Driven from `diagnoses` in patient order (its patient index), so that the distinct
      // patients of the 100,000-row set come without a sort. A raw code that matches makes the
      // diagnosis known even unmapped: the status is the same (`holds` is tested first), and
      // known then contains holds.
      known: "SELECT d.patient_key FROM diagnoses d WHERE EXISTS (SELECT 1 FROM diagnosis_codes dc "
        + "WHERE dc.diagnosis_key = d.id AND (dc.concept IS NOT NULL OR dc.code IN \(dialect.list(concepts))))",
      knownContainsHolds: true,
      holdsDays: branches.map { diagnosisQuery($0, day: true) }.joined(separator: " UNION ALL "))
  }

  private func stageSets(_ stages: [String]) -> PatientSets {
    let stage = "TRIM(REPLACE(UPPER(d.stage), 'STAGE', ''))"
    let matches = stages.map { stageMatch(stage, $0.uppercased()) }.joined(separator: " OR ")
    return PatientSets(
      holds: "SELECT d.patient_key FROM diagnoses d WHERE \(matches)",
      known: "SELECT d.patient_key FROM diagnoses d WHERE d.stage IS NOT NULL AND d.stage <> ''")
  }

  private func attributeSets(_ name: String, _ comparison: Comparison, _ value: String) -> PatientSets {
    let base = "SELECT pa.patient_key FROM patient_attributes pa WHERE pa.name = \(dialect.literal(name))"
    return PatientSets(
      holds: base + " AND " + attributeTest(comparison, value), known: base + " AND pa.value <> ''")
  }

  /// The day of the patient's first diagnosis (indexed by `diagnoses.patient_key`).
  private var firstDiagnosis: String {
    "(SELECT MIN(d.day) FROM diagnoses d WHERE d.patient_key = c.patient_key)"
  }

  /// `column` is one of `concepts` or one of their descendants in `ontology_closure`.
  func conceptMatch(_ column: String, _ concepts: [String]) -> String {
    "(" + conceptBranches(column, concepts).joined(separator: " OR ") + ")"
  }

  /// The alternatives of ``conceptMatch(_:_:)``, each answerable from an index on `column`.
  func conceptBranches(_ column: String, _ concepts: [String]) -> [String] {
    [
      "\(column) IN \(dialect.list(concepts))",
      "\(column) IN (SELECT o.descendant FROM ontology_closure o WHERE o.ancestor IN \(dialect.list(concepts)))",
    ]
  }

  /// Conditions on a `diagnosis_codes dc` row whose union is "the diagnosis is one of
  /// `concepts` or a descendant, or was coded with one of them".
  func diagnosisBranches(_ concepts: [String]) -> [String] {
    conceptBranches("dc.concept", concepts) + ["dc.code IN \(dialect.list(concepts))"]
  }

  /// The patients (and with `day`, the days) of the diagnoses with a code meeting `condition`.
  private func diagnosisQuery(_ condition: String, day: Bool = false) -> String {
    "SELECT d.patient_key\(day ? ", d.day" : "") FROM diagnosis_codes dc CROSS JOIN diagnoses d "
      + "WHERE d.id = dc.diagnosis_key AND \(condition)"
  }

  /// A recorded stage is the stage asked for, or a subdivision of it (`IV` → `IVA`, `IVB`).
  private func stageMatch(_ stage: String, _ wanted: String) -> String {
    let literal = dialect.literal(wanted)
    let subdivisions = ["A", "B", "C"].map { "\(stage) LIKE \(dialect.literal(wanted + $0 + "%"))" }
    return "(\(stage) = \(literal) OR " + subdivisions.joined(separator: " OR ") + ")"
  }

  /// Numbers compare as numbers (`age_group >= 3`), anything else as text ignoring case.
  private func attributeTest(_ comparison: Comparison, _ value: String) -> String {
    let op = AtomCompiler.sqlOperator(comparison)
    if let number = Double(value), comparison != .equal, comparison != .notEqual {
      return "\(dialect.numeric("pa.value")) \(op) \(dialect.literal(number))"
    }
    return "UPPER(pa.value) \(op) \(dialect.literal(value.uppercased()))"
  }

  /// Exposure to a drug concept or descendant, started before/after the index as asked.
  ///
  /// A patient whose source records no treatment at all is not assessed; so is one without
  /// an index date when the timing needs it.
  private func treatmentStatus(_ treatment: TreatmentCriterion) -> String {
    var conditions = [conceptMatch("t.concept", treatment.concepts)]
    switch treatment.timing {
    case .any: break
    case .beforeIndex: conditions.append("t.start_day < ti.index_day")
    case .afterIndex: conditions.append("t.start_day >= ti.index_day")
    }
    // From the kept patients to their treatments (`treatments_patient`): the warehouse has no
    // index on `concept` (schema v4), and a patient has few treatments.
    let exposed = """
      SELECT t.patient_key FROM \(indexTable) ti CROSS JOIN treatments t \
      WHERE ti.patient_key = t.patient_key AND \(conditions.joined(separator: " AND "))
      """
    let recording =
      "SELECT tp.source_id FROM patients tp WHERE tp.id IN (SELECT t.patient_key FROM treatments t)"
    let (yes, no) = treatment.requirement == .required ? (2, 0) : (0, 2)
    let needsIndex = treatment.timing == .any ? "" : "WHEN i.index_day IS NULL THEN 1 "
    return "(CASE WHEN so.id NOT IN (\(recording)) THEN 1 \(needsIndex)"
      + "WHEN c.patient_key IN (\(exposed)) THEN \(yes) ELSE \(no) END)"
  }
}
