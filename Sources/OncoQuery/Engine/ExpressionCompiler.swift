/// Compiles an alteration expression into a three-valued SQL status per patient.
///
/// The status is an integer: 2 altered, 1 not assessed, 0 not altered. With that order
/// Kleene logic is arithmetic: `AND` is the smaller operand, `OR` the larger, `NOT x` is `2 − x`
/// (so not assessed stays not assessed). The compiled text is a scalar over `c.patient_key`,
/// built from uncorrelated `IN (SELECT …)` sets that SQL engines evaluate once per statement.
struct ExpressionCompiler {
  /// The statuses, by name, as the compiled SQL encodes them.
  enum Status: Int {
    case notAltered = 0
    case notAssessed = 1
    case altered = 2
  }

  let atoms: AtomCompiler
  /// The table of selected samples.
  ///
  /// Its columns are `patient_key`, `sample_key` and `panel_key` (NULL when the sample declares
  /// no known panel: coverage is assumed).
  let selected: String

  var dialect: any SQLDialect { atoms.dialect }

  /// The status of `expression` for the patient `c.patient_key`.
  func status(_ expression: AlterationExpression) throws -> String {
    switch expression {
    case .gene(let query): return try gene(query).status
    case .fusion(let query): return fusion(query).status
    case .biomarker(let condition): return biomarker(condition).status
    case .reference(let name):
      throw CohortBuildError(
        .unresolvedDefinition, "the definition @\(name) was not expanded before the build",
        hint: "define it under `definitions:` in the query file")
    case .and(let left, let right): return dialect.least(try status(left), try status(right))
    case .or(let left, let right): return dialect.greatest(try status(left), try status(right))
    case .not(let operand): return "(2 - \(try status(operand)))"
    }
  }

  /// The expression as two sets of patients, when it is one statement, fusion or biomarker,
  /// possibly negated; `nil` for `AND`/`OR` (their status is arithmetic on the operands').
  func sets(_ expression: AlterationExpression) throws -> PatientSets? {
    switch expression {
    case .gene(let query): return try gene(query)
    case .fusion(let query): return fusion(query)
    case .biomarker(let condition): return biomarker(condition)
    case .not(let operand): return try sets(operand)?.inverted
    case .reference, .and, .or: return nil
    }
  }

  /// Altered when a selected sample has a matching call; else not altered when a selected
  /// sample covered the gene; else not assessed.
  private func gene(_ query: GeneQuery) throws -> PatientSets {
    let conditions = try query.effectiveAlterations.map { try atoms.condition($0, gene: query.gene) }
    let altered = """
      SELECT s.patient_key FROM \(selected) s JOIN alterations a ON a.sample_key = s.sample_key \
      WHERE a.gene = \(dialect.literal(query.gene)) AND (\(conditions.joined(separator: " OR ")))
      """
    return PatientSets(
      holds: altered, holdsAmongSamples: Self.amongSamples(altered), known: covered([query.gene]))
  }

  /// `altered` (rows `a` of `alterations`) restricted to the sample keys a subquery lists.
  private static func amongSamples(_ altered: String) -> @Sendable (String) -> String {
    { sampleKeys in "\(altered) AND a.sample_key IN (\(sampleKeys))" }
  }

  /// A structural variant whose partners are in the order written (5′ first, as stored);
  /// assessed when a selected sample covered one of the named partners.
  private func fusion(_ query: FusionQuery) -> PatientSets {
    var conditions = ["a.kind = 'structural'", "f5.ordinal < f3.ordinal"]
    conditions.append(contentsOf: atoms.rowFilters(AlterationAtom(.fusion)))
    if let five = query.fivePrime { conditions.append("f5.gene = \(dialect.literal(five))") }
    if let three = query.threePrime { conditions.append("f3.gene = \(dialect.literal(three))") }
    let altered = """
      SELECT s.patient_key FROM \(selected) s JOIN alterations a ON a.sample_key = s.sample_key \
      JOIN fusion_partners f5 ON f5.alteration_key = a.id \
      JOIN fusion_partners f3 ON f3.alteration_key = a.id WHERE \(conditions.joined(separator: " AND "))
      """
    return PatientSets(
      holds: altered, holdsAmongSamples: Self.amongSamples(altered),
      known: covered([query.fivePrime, query.threePrime].compactMap { $0 }))
  }

  /// Altered when a selected sample's measure meets the condition; not altered when a
  /// selected sample has the measure; else not assessed (panels do not apply).
  private func biomarker(_ condition: BiomarkerCondition) -> PatientSets {
    let name = "UPPER(b.name) = \(dialect.literal(condition.name.uppercased()))"
    let measured: String
    let holds: String
    let op = AtomCompiler.sqlOperator(condition.comparison)
    switch condition.value {
    case .number(let number):
      measured = "b.value IS NOT NULL"
      holds = "b.value \(op) \(dialect.literal(number))"
    case .category(let category):
      measured = "b.category IS NOT NULL"
      holds = "UPPER(b.category) \(op) \(dialect.literal(category.uppercased()))"
    }
    let base =
      "SELECT s.patient_key FROM \(selected) s JOIN biomarkers b ON b.sample_key = s.sample_key WHERE \(name) AND \(measured)"
    return PatientSets(holds: base + " AND " + holds, known: base)
  }

  /// Patients with a selected sample covering one of `genes`: its panel lists the gene, or it
  /// has no known panel (coverage assumed).
  private func covered(_ genes: [String]) -> String {
    "SELECT s.patient_key FROM \(selected) s WHERE s.panel_key IS NULL OR s.panel_key IN "
      + "(SELECT g.panel_key FROM panel_genes g WHERE g.gene IN \(dialect.list(genes)))"
  }
}
