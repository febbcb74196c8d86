extension CohortBuilder {
  /// The statements that create the index table and the selected-samples table for the
  /// patients of the table `kept`.
  ///
  /// `diagnosisDays` is a table of each patient's first day of a diagnosis matching the query's
  /// diagnosis concepts (`patient_key`, `day`), when a step has already computed it.
  func setupStatements(
    _ query: CohortQuery, tables: EngineTables, kept: String, diagnosisDays: String?,
    compiler: CriterionCompiler
  ) throws -> [String] {
    EngineTables.create(
      tables.index, columns: EngineTables.indexColumns,
      from: try indexSelect(query, kept: kept, diagnosisDays: diagnosisDays, compiler: compiler),
      dialect: dialect)
      + EngineTables.create(
        tables.selected, columns: EngineTables.selectedColumns,
        from: selectedSamples(query.samples, tables: tables), dialect: dialect)
  }

  /// Every patient's first matching diagnosis day (the diagnoses of the query's diagnosis
  /// criteria, or every diagnosis when it has none) and index day.
  private func indexSelect(
    _ query: CohortQuery, kept: String, diagnosisDays: String?, compiler: CriterionCompiler
  )
    throws -> String
  {
    let concepts = query.criteria.flatMap { criterion -> [String] in
      if case .diagnosis(let concepts) = criterion.kind { return concepts }
      return []
    }
    // The matching diagnoses, one indexed lookup per branch (an `OR` of the branches would
    // scan every diagnosis code); a diagnosis listed twice does not change a minimum.
    let codes = compiler.diagnosisBranches(concepts).map {
      "SELECT dc.diagnosis_key FROM diagnosis_codes dc WHERE \($0)"
    }
    .joined(separator: " UNION ALL ")
    let matching = concepts.isEmpty ? "1 = 1" : "d.id IN (\(codes))"
    let inKept = "d.patient_key IN (SELECT patient_key FROM \(kept))"
    // Driven from the matching codes, not from every diagnosis of the remaining patients.
    let aggregate =
      concepts.isEmpty
      ? "SELECT d.patient_key, MIN(d.day) AS day FROM diagnoses d WHERE \(inKept) GROUP BY d.patient_key"
      : "SELECT d.patient_key, MIN(d.day) AS day FROM (\(codes)) m CROSS JOIN diagnoses d "
        + "WHERE d.id = m.diagnosis_key AND \(inKept) GROUP BY d.patient_key"
    // The days a diagnosis step kept cover every patient still here: a keyed lookup each.
    let diagnosis = diagnosisDays ?? "(\(aggregate))"
    let index: String
    switch query.index {
    case .diagnosis:
      // The index is the diagnosis day itself: one aggregate, not two; none at all when the
      // remaining patients are those the diagnosis step kept with their days.
      if let diagnosisDays, diagnosisDays == kept {
        return "SELECT k.patient_key, k.day AS diagnosis_day, k.day AS index_day FROM \(kept) k"
      }
      return """
        SELECT k.patient_key, dx.day AS diagnosis_day, dx.day AS index_day FROM \(kept) k \
        LEFT JOIN \(diagnosis) dx ON dx.patient_key = k.patient_key
        """
    case .advancedDiagnosis:
      index =
        "SELECT d.patient_key, MIN(d.advanced_day) AS day FROM diagnoses d WHERE \(inKept) AND \(matching) GROUP BY d.patient_key"
    case .firstMolecularReport:
      index = """
        SELECT s.patient_key, MIN(s.collection_day) AS day FROM samples s \
        WHERE s.patient_key IN (SELECT patient_key FROM \(kept)) AND \(sampleTypes(query.samples)) GROUP BY s.patient_key
        """
    case .firstExposure(let drugs):
      index = """
        SELECT t.patient_key, MIN(t.start_day) AS day FROM treatments t \
        WHERE t.patient_key IN (SELECT patient_key FROM \(kept)) AND \(compiler.conceptMatch("t.concept", drugs)) \
        GROUP BY t.patient_key
        """
    case .lineStart(let line):
      throw CohortBuildError(
        .needsCarePathway,
        "index `line_start: \(line)` needs the care pathway (lines of therapy), not built yet",
        hint: "use `first_exposure: <drug concept>` or `diagnosis` as the index for now")
    }
    return """
      SELECT k.patient_key, dx.day AS diagnosis_day, ix.day AS index_day FROM \(kept) k \
      LEFT JOIN \(diagnosis) dx ON dx.patient_key = k.patient_key LEFT JOIN (\(index)) ix ON ix.patient_key = k.patient_key
      """
  }

  private func sampleTypes(_ selection: SampleSelection) -> String {
    selection.types.isEmpty ? "1 = 1" : "s.sample_type IN \(dialect.list(selection.types.map(\.rawValue)))"
  }

  /// The samples that count for each patient: type and window filters, then the policy
  /// (`first`/`last` prefer dated samples, ties broken by sample id; `nearest_before_index`
  /// needs a collection day on or before the index day).
  private func selectedSamples(_ selection: SampleSelection, tables: EngineTables) -> String {
    var conditions = ["s.patient_key IS NOT NULL", sampleTypes(selection)]
    let offset = "(s.collection_day - i.index_day)"
    if let from = selection.windowFrom { conditions.append("\(offset) >= \(from)") }
    if let to = selection.windowTo { conditions.append("\(offset) <= \(to)") }
    let undatedLast = "CASE WHEN s.collection_day IS NULL THEN 1 ELSE 0 END"
    let order: String?
    switch selection.policy {
    case .all: order = nil
    case .first: order = "\(undatedLast), s.collection_day, s.sample_id"
    case .last: order = "\(undatedLast), s.collection_day DESC, s.sample_id"
    case .nearestBeforeIndex:
      conditions.append("s.collection_day <= i.index_day")
      order = "s.collection_day DESC, s.sample_id"
    }
    let rank = order.map { "ROW_NUMBER() OVER (PARTITION BY s.patient_key ORDER BY \($0))" } ?? "1"
    return """
      SELECT sample_key, patient_key, panel_key, day FROM (SELECT s.patient_key, s.id AS sample_key, \
      pn.id AS panel_key, s.collection_day AS day, \(rank) AS position FROM samples s \
      JOIN \(tables.index) i ON i.patient_key = s.patient_key \
      LEFT JOIN panels pn ON pn.source_id = s.source_id AND pn.panel_id = s.panel_id \
      WHERE \(conditions.joined(separator: " AND "))) ranked WHERE position = 1
      """
  }
}
