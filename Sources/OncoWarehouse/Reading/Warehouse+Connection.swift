import GRDB

extension Warehouse {
  /// Runs `body` on the warehouse's connection, outside any transaction, for modules that
  /// compile their own SQL (the cohort engine).
  ///
  /// The connection is the warehouse's own: temporary tables created in `body` live until the
  /// warehouse value is released, so callers drop them (or name them per run).
  /// - Throws: whatever `body` throws; SQLite failures as ``WarehouseError`` with code `database`.
  public func withConnection<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.inDatabase(body)
    } catch let error as DatabaseError {
      throw WarehouseError.wrapping(error, path: path)
    }
  }
}
