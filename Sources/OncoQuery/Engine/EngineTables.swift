import GRDB

/// The names of the temporary tables a cohort build creates on its connection.
struct EngineTables {
  /// Index day and first matching diagnosis day of every patient.
  let index = "oc_index"
  /// Selected samples of every patient.
  let selected = "oc_selected"

  /// Patients kept after step `number` (from 1).
  func kept(_ number: Int) -> String { "oc_kept_\(number)" }
  /// The patients step `number` starts from, as a `FROM` item with a `patient_key` column:
  /// every patient for the first step (read from `patients`, not copied), else a kept table.
  func population(_ number: Int) -> String {
    number == 0 ? "(SELECT id AS patient_key FROM patients)" : kept(number)
  }
  /// A condition on `column` (a patient key) that keeps the patients step `number` starts
  /// from: not NULL for the first step (every key a criterion's sets read comes from a column
  /// with a foreign key to `patients`), else a search of the kept table's key.
  func isRemaining(_ column: String, _ number: Int) -> String {
    number == 0 ? "\(column) IS NOT NULL" : "\(column) IN (SELECT patient_key FROM \(kept(number)))"
  }
  /// Patients of the remaining ones for whom the criterion of a negated set step holds.
  func holds(_ number: Int) -> String { "oc_holds_\(number)" }
  /// Status of each patient at step `number` (from 1).
  func status(_ number: Int) -> String { "oc_status_\(number)" }

  /// Column definitions of a kept table: keyed by patient, so that building it is a sorted
  /// append and `IN (SELECT patient_key FROM …)` probes the key rather than a copy.
  static let keptColumns = "patient_key INTEGER PRIMARY KEY"
  /// Column definitions of the kept table of a diagnosis step: each patient's first matching
  /// diagnosis day beside the key (the index table reads it).
  static let keptDayColumns = "patient_key INTEGER PRIMARY KEY, day INTEGER"
  /// Column definitions of the index table.
  static let indexColumns = "patient_key INTEGER PRIMARY KEY, diagnosis_day INTEGER, index_day INTEGER"
  /// Column definitions of the selected-samples table (a sample is selected once at most).
  static let selectedColumns =
    "sample_key INTEGER PRIMARY KEY, patient_key INTEGER NOT NULL, panel_key INTEGER, day INTEGER"

  /// The statements that create `table` with `columns` and fill it with the rows of `select`
  /// (in the order of the column definitions).
  static func create(_ table: String, columns: String, from select: String, dialect: some SQLDialect)
    -> [String]
  {
    let names = columns.split(separator: ",").compactMap { $0.split(separator: " ").first }
    return [
      dialect.createTemporaryTable(table, columns: columns),
      "INSERT INTO \(table) (\(names.joined(separator: ", "))) \(select)",
    ]
  }

  /// Drops every table a run with `steps` steps creates.
  func drop(_ db: Database, dialect: some SQLDialect, steps: Int) throws {
    var names = [index, selected, kept(0)]
    for number in stride(from: 1, through: steps, by: 1) {
      names += [status(number), kept(number), holds(number)]
    }
    for name in names { try db.execute(sql: dialect.dropTemporaryTable(name)) }
  }
}
