import GRDB
import GRDBSQLite

/// A prepared `INSERT` reused for every row of a table, bound through SQLite's C API.
///
/// GRDB's `StatementArguments` box every value; binding directly keeps bulk imports at
/// hundreds of thousands of rows per second. Values are bound by 1-based column index in
/// the order of the statement's `VALUES` list; ``run()`` steps, resets and returns the row id.
struct InsertStatement {
  private let statement: Statement
  private let connection: OpaquePointer?
  private var handle: OpaquePointer { statement.sqliteStatement }

  init(_ db: Database, _ sql: String) throws {
    statement = try db.makeStatement(sql: sql)
    connection = db.sqliteConnection
  }

  /// Binds text, or NULL for `nil`.
  func bind(_ index: Int32, _ value: String?) {
    guard let value else {
      sqlite3_bind_null(handle, index)
      return
    }
    var text = value
    text.withUTF8 { bytes in
      // SQLITE_TRANSIENT: SQLite copies the bytes before this call returns.
      _ = sqlite3_bind_text(
        handle, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
        Int32(bytes.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    }
  }

  /// Binds NULL.
  func bindNull(_ index: Int32) {
    sqlite3_bind_null(handle, index)
  }

  /// Binds `count` bytes of UTF-8 text that stay valid and unchanged until the next ``run()``
  /// returns (`SQLITE_STATIC`: SQLite reads them in place, without a copy).
  func bindStatic(_ index: Int32, _ bytes: UnsafePointer<CChar>?, count: Int) {
    guard let bytes else { return bind(index, "") }  // a NULL pointer would bind NULL
    _ = sqlite3_bind_text(handle, index, bytes, Int32(count), nil)
  }

  /// Binds an integer, or NULL for `nil`.
  func bind(_ index: Int32, _ value: Int?) {
    if let value { sqlite3_bind_int64(handle, index, Int64(value)) } else { sqlite3_bind_null(handle, index) }
  }

  /// Binds a row id, or NULL for `nil`.
  func bind(_ index: Int32, _ value: Int64?) {
    if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
  }

  /// Binds a real number, or NULL for `nil` (and for NaN, which SQLite would store as NULL anyway).
  func bind(_ index: Int32, _ value: Double?) {
    if let value, !value.isNaN {
      sqlite3_bind_double(handle, index, value)
    } else {
      sqlite3_bind_null(handle, index)
    }
  }

  /// Binds a boolean as 0 or 1.
  func bind(_ index: Int32, _ value: Bool) {
    sqlite3_bind_int64(handle, index, value ? 1 : 0)
  }

  /// Executes the statement with the bound values and returns the new row's id.
  ///
  /// - Throws: GRDB's `DatabaseError` with SQLite's message and the SQL when the step fails
  ///   (a constraint, a full disk).
  @discardableResult
  func run() throws -> Int64 {
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else {
      let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
    return sqlite3_last_insert_rowid(connection)
  }
}
