import OncoModel
import OncoSurvival

/// The columns of a survival table turned into what OncoSurvival takes: times, events, entry,
/// groups, strata and covariates, with the rows that miss a used value dropped and counted.
struct SurvivalInput {
  /// The columns the user named.
  struct Columns {
    var time: String
    var event: String
    var entry: String?
    var group: String?
    var strata: String?
    var covariates: [String]

    var all: [String] { [time, event] + [entry, group, strata].compactMap { $0 } + covariates }
  }

  let data: SurvivalData
  /// Group labels in sorted order (numerically when all are numbers); one "all" without a group.
  let groupNames: [String]
  /// The group code of each kept row.
  let groups: [Int]
  /// The stratum code of each kept row, if `--strata`.
  let strata: [Int]?
  /// The Cox covariates (numeric when every value is a number, else categorical).
  let covariates: [CoxDesign.Covariate]
  /// Rows read and rows dropped for a missing value.
  let rowsRead: Int
  let dropped: Int

  /// Reads and converts the table.
  ///
  /// - Throws: ``TableError`` (with file:line:column) for a value that is not usable.
  init(table: DelimitedTable, columns: Columns) throws {
    let names = uniqueColumnNames(columns.all)
    func slot(_ name: String) -> Int { names.firstIndex(of: name) ?? 0 }
    let kept = (0..<table.rowCount).filter { row in table.values.allSatisfy { $0[row] != nil } }
    rowsRead = table.rowCount
    dropped = table.rowCount - kept.count
    func strings(_ name: String) -> [String] { kept.map { table.values[slot(name)][$0] ?? "" } }
    func numbers(_ name: String, what: String) throws -> [Double] {
      try kept.map { row in
        let text = table.values[slot(name)][row] ?? ""
        guard let value = Double(text), value.isFinite else {
          throw TableError(
            at: table.location(row: row, slot: slot(name)), "\(what) '\(name)' is not a number",
            expected: "a number", found: text,
            hint: "missing values are written empty, NA, NaN or '.'")
        }
        return value
      }
    }
    let time = try numbers(columns.time, what: "time column")
    let event = try EventCoding.decode(
      table, rows: kept, slot: slot(columns.event), name: columns.event)
    let entry = try columns.entry.map { try numbers($0, what: "entry column") }
    do {
      data = try SurvivalData(time: time, event: event, entry: entry)
    } catch let error as SurvivalError {
      let row = error.observation.map { kept[$0] }
      let column = error.message.hasPrefix("entry") ? columns.entry ?? columns.time : columns.time
      throw TableError(
        at: row.map { table.location(row: $0, slot: slot(column)) }
          ?? TextLocation(file: table.path),
        error.message, hint: error.hint)
    }
    if let group = columns.group {
      let labels = strings(group)
      let levels = Self.sortedLevels(labels)
      groupNames = levels
      let code = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
      groups = labels.map { code[$0] ?? 0 }
    } else {
      groupNames = ["all"]
      groups = [Int](repeating: 0, count: kept.count)
    }
    strata = columns.strata.map { name in
      let labels = strings(name)
      let code = Dictionary(
        uniqueKeysWithValues: Self.sortedLevels(labels).enumerated().map { ($1, $0) })
      return labels.map { code[$0] ?? 0 }
    }
    covariates = columns.covariates.map { name in
      let labels = strings(name)
      let values = labels.compactMap { Double($0) }
      if values.count == labels.count, values.allSatisfy(\.isFinite) {
        return .numeric(name: name, values: values)
      }
      return .categorical(name: name, values: labels)
    }
  }

  /// Distinct labels, sorted numerically when all are numbers, else as text (R's `factor`).
  static func sortedLevels(_ labels: [String]) -> [String] {
    let distinct = Array(Set(labels))
    let numbers = distinct.compactMap { Double($0) }
    if numbers.count == distinct.count {
      return distinct.sorted { (Double($0) ?? 0) < (Double($1) ?? 0) }
    }
    return distinct.sorted()
  }
}
