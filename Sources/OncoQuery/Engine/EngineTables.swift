import GRDB

/// The names of the temporary tables a cohort build creates on its connection.
struct EngineTables {
  /// Index day and first matching diagnosis day of every patient.
  let index = "oc_index"
  /// Selected samples of every patient.
  let selected = "oc_selected"

  /// Patients kept after step `number` (0 is every patient).
  func kept(_ number: Int) -> String { "oc_kept_\(number)" }
  /// Status of each patient at step `number` (from 1).
  func status(_ number: Int) -> String { "oc_status_\(number)" }

  /// Drops every table a run with `steps` steps creates.
  func drop(_ db: Database, dialect: some SQLDialect, steps: Int) throws {
    var names = [index, selected, kept(0)]
    for number in stride(from: 1, through: steps, by: 1) { names += [status(number), kept(number)] }
    for name in names { try db.execute(sql: dialect.dropTemporaryTable(name)) }
  }
}
