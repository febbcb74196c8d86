extension ReportDocument {
  /// Visits every count of the document in a fixed order, declaring the sums the report shows
  /// and the values derived from counts (see ``CellLedger``).
  mutating func walkCells(_ ledger: inout CellLedger) {
    let cohortTotal = ledger.visit(&cohort.patients)
    var groupIDs: [Int] = []
    for index in cohort.groups.indices { groupIDs.append(ledger.visit(&cohort.groups[index].patients)) }
    if cohort.groupsPartitionCohort { ledger.sum(cohortTotal, groupIDs) }
    if let last = walkAttrition(&ledger) { ledger.sameIfEqual(cohortTotal, last) }
    if var table = baseline {
      let sizes = table.walkCells(&ledger)
      // The same group appears in several tables: its cells must be masked alike.
      for (column, id) in zip(table.columns, sizes) {
        if let group = cohort.groups.firstIndex(where: { $0.name == column.name }) {
          ledger.sameIfEqual(groupIDs[group], id)
        } else if table.hasOverallColumn, id == sizes.last {
          ledger.sameIfEqual(cohortTotal, id)
        }
      }
      baseline = table
    }
    if var landscape = alterations {
      landscape.walkCells(&ledger)
      alterations = landscape
    }
    if var care = pathway {
      let cohortLines = care.walkCells(&ledger)
      pathway = care
      walkGroupPathways(&ledger, cohortLines: cohortLines)
    }
    let named = Dictionary(zip(cohort.groups.map(\.name), groupIDs)) { first, _ in first }
    for index in outcomes.indices {
      outcomes[index].walkCells(&ledger, cohortTotal: cohortTotal, cohortGroups: named)
    }
  }

  /// Each group's pathway has the cohort pathway's own sums; when the groups partition the
  /// cohort, each line's patients and each regimen every group names add up to the cohort's.
  private mutating func walkGroupPathways(_ ledger: inout CellLedger, cohortLines: [PathwayCells]) {
    var groupLines: [[PathwayCells]] = []
    for index in groupPathways.indices {
      groupLines.append(groupPathways[index].pathway.walkCells(&ledger))
    }
    guard cohort.groupsPartitionCohort, !groupPathways.isEmpty else { return }
    for line in cohortLines {
      let parts = groupLines.map { lines in lines.first { $0.number == line.number } }
      ledger.sum(line.patients, parts.compactMap { $0?.patients })
      for (regimen, id) in line.regimens {
        let named = parts.map { $0?.regimens[regimen] }
        // A group that has the line but folds the regimen into "other" breaks the exact sum.
        guard zip(parts, named).allSatisfy({ part, cell in part == nil || cell != nil }) else { continue }
        ledger.sum(id, named.compactMap { $0 })
      }
    }
  }

  /// Attrition: each step's remaining plus its exclusions is the previous step's remaining.
  ///
  /// - Returns: The cell of the last step's remaining, `nil` without steps.
  private mutating func walkAttrition(_ ledger: inout CellLedger) -> Int? {
    var previous: Int?
    for index in attrition.indices {
      let remaining = ledger.visit(&attrition[index].remaining)
      let excluded = ledger.visit(&attrition[index].excluded)
      let notAssessed = ledger.visit(&attrition[index].notAssessed)
      if let previous { ledger.sum(previous, [remaining, excluded, notAssessed]) }
      previous = remaining
    }
    return previous
  }
}

extension BaselineTable {
  /// Column sizes are the sum of each categorical variable's levels and missing; with an overall
  /// column, each row's overall cell is the sum of the group cells.
  ///
  /// - Returns: The cells of the column sizes.
  mutating func walkCells(_ ledger: inout CellLedger) -> [Int] {
    let sizes = columns.indices.map { ledger.visit(&columns[$0].patients) }
    addRowSums(sizes, &ledger)
    for v in variables.indices {
      var rows: [[Int]] = []
      for l in variables[v].levels.indices { rows.append(ledger.visit(&variables[v].levels[l].counts)) }
      let missing = ledger.visit(&variables[v].missing)
      if variables[v].summaries == nil {
        for column in sizes.indices where column < missing.count {
          ledger.sum(
            sizes[column],
            rows.compactMap { $0.indices.contains(column) ? $0[column] : nil } + [missing[column]])
        }
        for row in rows { addRowSums(row, &ledger) }
      }
      addRowSums(missing, &ledger)
      if var summaries = variables[v].summaries {
        // A median comes from the column's patients; masked with them.
        for column in summaries.indices where column < sizes.count {
          var median = summaries[column].median
          var q1 = summaries[column].q1
          var q3 = summaries[column].q3
          ledger.derived(&median, from: [sizes[column]])
          ledger.derived(&q1, from: [sizes[column]])
          ledger.derived(&q3, from: [sizes[column]])
          summaries[column] = NumericSummary(median: median, q1: q1, q3: q3)
        }
        variables[v].summaries = summaries
      }
    }
    return sizes
  }

  private func addRowSums(_ row: [Int], _ ledger: inout CellLedger) {
    guard hasOverallColumn, let overall = row.last, row.count == columns.count else { return }
    ledger.sum(overall, Array(row.dropLast()))
  }
}

extension AlterationLandscape {
  /// Each pair's four cells add up to its patients assessed for both genes.
  mutating func walkCells(_ ledger: inout CellLedger) {
    for index in genes.indices {
      _ = ledger.visit(&genes[index].altered)
      _ = ledger.visit(&genes[index].assessed)
    }
    for index in pairs.indices {
      let cells = [
        ledger.visit(&pairs[index].both), ledger.visit(&pairs[index].onlyA),
        ledger.visit(&pairs[index].onlyB), ledger.visit(&pairs[index].neither),
      ]
      let assessed = ledger.visit(&pairs[index].assessed)
      ledger.sum(assessed, cells)
    }
  }
}
