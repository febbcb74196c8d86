import Foundation
import GRDB
import OncoModel

/// An OncoCohort warehouse: one SQLite file holding every imported source with its provenance.
///
/// Opening a warehouse creates the file if needed and brings its schema up to date through
/// versioned migrations. A file written by a newer tool, or a file that is not a warehouse, is
/// refused with a ``WarehouseError`` rather than modified. The file is an ordinary SQLite
/// database that R, Python or the `sqlite3` shell can open; `docs/warehouse.md` documents it.
public struct Warehouse: Sendable {
  /// The schema version this tool reads and writes (SQLite `user_version`).
  public static var schemaVersion: Int { WarehouseSchema.version }

  /// The path of the SQLite file, or `:memory:`.
  public let path: String
  let queue: DatabaseQueue

  /// Opens the warehouse at `path`, creating it (and migrating its schema) when needed.
  ///
  /// - Throws: ``WarehouseError`` with code `notAWarehouse` when the file is not an OncoCohort
  ///   warehouse, `newerSchema` when a newer tool wrote it, `database` when SQLite fails.
  public init(path: String) throws {
    self.path = path
    var configuration = Configuration()
    configuration.busyMode = .timeout(5)
    configuration.label = "OncoWarehouse"
    // Only takes effect when the file is created: 16 KiB pages instead of SQLite's 4 KiB make a
    // large import write its ≈ 0.5 GB in 4× fewer `pwrite` calls (≈ 1 s less kernel time for
    // issue 4's workload); an existing warehouse keeps the page size it was created with.
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA page_size = 16384") }
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
    } catch {
      throw WarehouseError.wrapping(error, path: path)
    }
    try migrate()
  }

  /// Opens a new, empty warehouse in memory (for tests and scratch work).
  public static func inMemory() throws -> Warehouse {
    try Warehouse(path: ":memory:")
  }

  /// Applies the migrations this tool knows and refuses a file from a newer tool.
  private func migrate() throws {
    let location = TextLocation(file: path)
    do {
      let migrator = WarehouseSchema.migrator
      try queue.read { db in
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let known = try db.tableExists("grdb_migrations")
        let superseded = try known && migrator.hasBeenSuperseded(db)
        if userVersion > Warehouse.schemaVersion || superseded {
          throw WarehouseError(
            .newerSchema, at: location,
            "the warehouse has schema version \(userVersion), newer than this tool's "
              + "\(Warehouse.schemaVersion)",
            hint: "open it with a newer oncocohort, or import the sources into a new warehouse")
        }
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if !known && tables > 0 {
          throw WarehouseError(
            .notAWarehouse, at: location,
            "the file is an SQLite database but not an OncoCohort warehouse",
            hint: "name a new file with --warehouse, or remove this one")
        }
      }
      try migrator.migrate(queue)
    } catch let error as WarehouseError {
      throw error
    } catch {
      throw WarehouseError.wrapping(error, path: path)
    }
  }
}

extension WarehouseError {
  /// Turns an SQLite or GRDB failure into the module's error, keeping SQLite's message.
  static func wrapping(_ error: Error, path: String) -> WarehouseError {
    if let error = error as? WarehouseError { return error }
    let location = TextLocation(file: path)
    if let databaseError = error as? DatabaseError {
      if databaseError.resultCode == .SQLITE_NOTADB {
        return WarehouseError(
          .notAWarehouse, at: location, "the file is not an SQLite database",
          hint: "name a new file with --warehouse, or remove this one")
      }
      let hint: String? =
        switch databaseError.resultCode {
        case .SQLITE_BUSY: "another process is writing the warehouse; try again when it is done"
        // A full disk is SQLITE_FULL; a file-size limit (EFBIG) or a failing disk is an I/O error.
        case .SQLITE_FULL, .SQLITE_IOERR:
          "the disk may be full or a file-size limit reached; the transaction was rolled back"
        default: nil
        }
      return WarehouseError(
        .database, at: location, "SQLite failed: \(databaseError.message ?? "\(databaseError)")",
        hint: hint)
    }
    return WarehouseError(.database, at: location, "\(error)")
  }
}
