import OncoQuery

/// The three sets of patient ids an expression splits a cohort into.
struct Split: Equatable, CustomStringConvertible {
  var altered: Set<String>
  var notAltered: Set<String>
  var notAssessed: Set<String>

  var description: String {
    "altered \(altered.sorted()), not altered \(notAltered.sorted()), not assessed \(notAssessed.sorted())"
  }
}

extension TestWarehouse {
  /// Patient ids kept by a query made of `criteria`.
  func kept(
    _ criteria: [CohortCriterion.Kind], query: CohortQuery = CohortQuery(name: "t"),
    consequences: ConsequenceResolver? = nil
  )
    throws -> Set<String>
  {
    var query = query
    query.criteria = criteria.map { CohortCriterion(kind: $0, label: "step") }
    return Set(
      try CohortBuilder(warehouse: warehouse, consequences: consequences).build(query).patients.map(\.id))
  }

  /// The split of every patient by `expression`: altered ones are kept by `require`, not
  /// altered ones by `require NOT`, the others are not assessed.
  func split(
    _ expression: AlterationExpression, query: CohortQuery = CohortQuery(name: "t"),
    consequences: ConsequenceResolver? = nil
  )
    throws -> Split
  {
    let altered = try kept([.requireAlterations(expression)], query: query, consequences: consequences)
    let notAltered = try kept(
      [.requireAlterations(.not(expression))], query: query, consequences: consequences)
    let everyone = try kept([], query: query)
    return Split(
      altered: altered, notAltered: notAltered,
      notAssessed: everyone.subtracting(altered).subtracting(notAltered))
  }

  func split(
    _ text: String, query: CohortQuery = CohortQuery(name: "t"), consequences: ConsequenceResolver? = nil
  ) throws -> Split {
    try split(try ExpressionParser().parseOrThrow(text), query: query, consequences: consequences)
  }
}
