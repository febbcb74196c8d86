/// A criterion whose three-valued status comes from two sets of patients: those for whom it
/// holds and those for whom it is known (assessed).
///
/// Status 2 (kept) when the patient is in `holds`, else 0 when in `known`, else 1 (not
/// assessed); `negated` swaps 2 and 0 (`2 − status`), as `exclude:` and `NOT` do. A step on
/// such a criterion is computed with set operations on the remaining patients `c`
/// (``CohortBuilder``): kept = `c ∩ holds` (or `(c ∖ holds) ∩ known` when negated), and the
/// not assessed are `|c| − |c ∩ holds| − |(c ∖ holds) ∩ known|`, without a status per patient.
struct PatientSets {
  /// `SELECT <patient key> FROM …`: the patients for whom the criterion holds.
  var holds: String
  /// `holds` restricted to the rows of the samples a `SELECT <sample key> FROM …` lists, for
  /// criteria that read alterations; `nil` for the others.
  ///
  /// Reached from those samples through `alterations (sample_key, gene, kind)`, a step on a few
  /// remaining patients reads their rows of the gene only (``SetStep``), not every row of it.
  var holdsAmongSamples: (@Sendable (_ sampleKeys: String) -> String)?
  /// `SELECT <patient key> FROM …`: the patients for whom the criterion can be decided.
  var known: String
  /// Whether the step keeps the patients for whom the criterion does not hold.
  var negated = false
  /// Whether every patient of `holds` is in `known` too, so that a step counts
  /// `|c ∩ known| − |c ∩ holds|` for the excluded instead of testing `known` against `holds`.
  var knownContainsHolds = false
  /// `SELECT <patient key>, <day> FROM …`: the rows of `holds` with a day each, or `nil`.
  ///
  /// Diagnosis criteria give the diagnosis day. The step keeps each patient's first day, which
  /// the index table then reads instead of aggregating the diagnoses again.
  var holdsDays: String?

  /// The sets with `negated` flipped.
  var inverted: PatientSets {
    var sets = self
    sets.negated.toggle()
    return sets
  }

  /// The status of the patient `c.patient_key` as one scalar (where a step needs a status per
  /// patient: groups, or a criterion combined with others).
  var status: String {
    let status =
      "(CASE WHEN c.patient_key IN (\(holds)) THEN \(ExpressionCompiler.Status.altered.rawValue) "
      + "WHEN c.patient_key IN (\(known)) THEN \(ExpressionCompiler.Status.notAltered.rawValue) "
      + "ELSE \(ExpressionCompiler.Status.notAssessed.rawValue) END)"
    return negated ? "(2 - \(status))" : status
  }
}
