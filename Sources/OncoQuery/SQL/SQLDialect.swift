/// What differs between the SQL engines a warehouse can live in.
///
/// The compiler writes portable SQL (joins, `IN` subqueries, `CASE`, `GROUP BY`, window functions
/// `ROW_NUMBER() OVER (…)`) and asks the dialect only for what engines spell differently.
/// SQLite is the embedded default; PostgreSQL, Spark SQL or Citus need only a new conformance.
public protocol SQLDialect: Sendable {
  /// The dialect's name, for messages (`sqlite`).
  var name: String { get }
  /// A statement creating a temporary table filled by `select`.
  func createTemporaryTable(_ table: String, as select: String) -> String
  /// A statement creating an empty temporary table with the column definitions `columns`
  /// (`patient_key INTEGER PRIMARY KEY, status INTEGER`); a default in standard SQL.
  func createTemporaryTable(_ table: String, columns: String) -> String
  /// Statements run on the connection before a build: engine settings that make temporary
  /// tables and repeated builds cheap (none by default).
  var sessionStatements: [String] { get }
  /// A statement dropping a temporary table when it exists.
  func dropTemporaryTable(_ table: String) -> String
  /// The smaller of two integer expressions (SQLite `min(a, b)`, PostgreSQL `LEAST(a, b)`).
  func least(_ lhs: String, _ rhs: String) -> String
  /// The larger of two integer expressions (SQLite `max(a, b)`, PostgreSQL `GREATEST(a, b)`).
  func greatest(_ lhs: String, _ rhs: String) -> String
  /// `expression` read as a floating-point number (`CAST(x AS REAL)`); text that is not a
  /// number must give `NULL` or a number, never an error.
  func numeric(_ expression: String) -> String
  /// The prefix that makes a statement print its plan (`EXPLAIN QUERY PLAN`).
  var explainPrefix: String { get }
}

extension SQLDialect {
  /// `CREATE TEMPORARY TABLE … (…)`, standard SQL.
  public func createTemporaryTable(_ table: String, columns: String) -> String {
    "CREATE TEMPORARY TABLE \(table) (\(columns))"
  }

  /// No session settings.
  public var sessionStatements: [String] { [] }

  /// A string literal: single quotes, inner quotes doubled (standard SQL).
  public func literal(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }

  /// A numeric literal in the shortest form that reads back the same.
  public func literal(_ number: Double) -> String {
    number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)"
  }

  /// A parenthesised list of string literals for `IN` (`('A', 'B')`); an empty list gives
  /// `(NULL)`, which matches nothing.
  public func list(_ texts: [String]) -> String {
    texts.isEmpty ? "(NULL)" : "(" + texts.map(literal).joined(separator: ", ") + ")"
  }
}
