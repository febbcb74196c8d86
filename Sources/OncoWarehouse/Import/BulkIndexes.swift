import GRDB

/// The secondary indexes of the tables a large import fills (`alterations`, `treatments`), set
/// aside during the import and built again at its end, inside the same transaction.
///
/// Building an index once over sorted keys costs far less than keeping it up to date row by row
/// (in SQLite on this project's machines, about 3× less for a million rows). It only pays when
/// the import brings at least as many rows as the table holds, so the decision compares the two.
/// All of them go, also those led by the sample or patient key, whose keys arrive in order: in
/// the `sqlite3` shell, inserting the 1M alterations of the benchmark with `(sample_key)` kept up
/// to date took 1.9–2.2 s CPU, against 1.6 s for inserting without it and building it after.
struct BulkIndexes {
  /// The tables whose indexes are set aside.
  static let tables = ["alterations", "treatments"]

  private var saved: [String] = []

  /// Drops the indexes of each of ``tables`` when `expectedRows` is at least its row count.
  ///
  /// Only for imports large enough to matter; their SQL is kept for ``restore(_:)``.
  mutating func setAside(_ db: Database, expectedRows: Int) throws {
    guard expectedRows >= 100_000 else { return }
    for table in Self.tables {
      let existing = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
      guard existing <= expectedRows else { continue }
      let indexes = try Row.fetchAll(
        db,
        sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        arguments: [table])
      for index in indexes {
        let name: String = index["name"]
        saved.append(index["sql"])
        try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
      }
    }
  }

  /// Builds again the indexes set aside.
  ///
  /// On one thread: SQLite's sorter (`PRAGMA threads`) only uses worker threads when the keys
  /// overflow its memory, and neither the import nor the `sqlite3` shell with a small sorter
  /// budget sorted the benchmark's million keys any faster with them (Benchmarks/RESULTS.md).
  mutating func restore(_ db: Database) throws {
    for sql in saved { try db.execute(sql: sql) }
    saved = []
  }
}
