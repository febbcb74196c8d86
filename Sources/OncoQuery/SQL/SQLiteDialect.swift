/// SQL as SQLite (3.25 or later, for window functions) reads it: the embedded warehouse.
public struct SQLiteDialect: SQLDialect {
  /// Creates the dialect.
  public init() {}

  /// `sqlite`.
  public var name: String { "sqlite" }

  /// `CREATE TEMP TABLE … AS …`.
  public func createTemporaryTable(_ table: String, as select: String) -> String {
    "CREATE TEMP TABLE \(table) AS \(select)"
  }

  /// Temporary tables in memory rather than in a temporary file, a 64 MiB page cache (the
  /// default is 2 MiB), so the pages a build reads stay cached for the next build on the same
  /// connection, and the warehouse file memory-mapped (up to 2 GiB; SQLite caps it at its
  /// compile-time limit), so reading an `alterations` row spread over the file costs no
  /// system call and no copy: the `STK11: MUT` rows of the 10M-row benchmark read 20,000
  /// scattered pages, half the step's time without the map.
  public var sessionStatements: [String] {
    ["PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536", "PRAGMA mmap_size = 2147483648"]
  }

  /// `DROP TABLE IF EXISTS temp.…`.
  public func dropTemporaryTable(_ table: String) -> String { "DROP TABLE IF EXISTS temp.\(table)" }

  /// SQLite's scalar `min(a, b)`.
  public func least(_ lhs: String, _ rhs: String) -> String { "min(\(lhs), \(rhs))" }

  /// SQLite's scalar `max(a, b)`.
  public func greatest(_ lhs: String, _ rhs: String) -> String { "max(\(lhs), \(rhs))" }

  /// `CAST(x AS REAL)`: SQLite reads the leading number of the text, 0 when there is none;
  /// callers guard with a numeric check where that matters.
  public func numeric(_ expression: String) -> String { "CAST(\(expression) AS REAL)" }

  /// `EXPLAIN QUERY PLAN`.
  public var explainPrefix: String { "EXPLAIN QUERY PLAN" }
}
