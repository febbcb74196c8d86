import OncoQuery

/// The groups a report compares, with their members (indices into the cohort's patients).
///
/// Named groups keep the query's order, other splits (by source, origin, attribute) are sorted
/// by name; patients in no group form a last group "Not in any group", so that a partition's
/// columns add up to the cohort. A query without groups has one analysis group, "All patients".
struct CohortGroups {
  /// The groups the query defines (empty without `groups:`), in display order, with members.
  var defined: [(name: String, members: [Int])]
  /// Whether every patient is in exactly one group.
  var partition: Bool
  /// The groups curves and columns are computed for: ``defined``, or the whole cohort.
  var analysed: [(name: String, members: [Int])]

  static let everyone = "All patients"
  static let ungrouped = "Not in any group"

  init(cohort: Cohort, query: CohortQuery) {
    var order: [String] = []
    var overlapAllowed = false
    switch query.grouping {
    case .expressions(let named, let overlap):
      order = named.map(\.name)
      overlapAllowed = overlap
    case .bySource, .byOrigin, .byAttribute:
      order = Set(cohort.patients.flatMap(\.groups)).sorted()
    case nil: break
    }
    var members: [String: [Int]] = [:]
    var none: [Int] = []
    for (index, patient) in cohort.patients.enumerated() {
      if patient.groups.isEmpty { none.append(index) }
      for group in patient.groups { members[group, default: []].append(index) }
    }
    if query.grouping == nil {
      defined = []
      partition = true
      analysed = [(Self.everyone, Array(cohort.patients.indices))]
      return
    }
    defined = order.map { ($0, members[$0] ?? []) }
    if !none.isEmpty { defined.append((Self.ungrouped, none)) }
    partition = !overlapAllowed || !cohort.patients.contains { $0.groups.count > 1 }
    analysed = defined
  }

  /// The group of each patient index when groups partition the cohort, else `nil`.
  var groupOfPatient: [Int: Int]? {
    guard partition else { return nil }
    var result: [Int: Int] = [:]
    for (group, entry) in analysed.enumerated() {
      for member in entry.members { result[member] = group }
    }
    return result
  }
}
