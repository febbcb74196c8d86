import GRDB
import GRDBSQLite
import OncoModel

/// An `INSERT` of many rows per statement, for the tables a large import fills (alterations and
/// their transcript annotations and fusion partners).
///
/// Rows are collected as values in one flat buffer (texts in one byte arena) and written
/// ``rowsPerStatement`` at a time with `INSERT … VALUES (…), (…), …`: one statement step per batch
/// instead of one per row, and texts bound `SQLITE_STATIC` from the arena, so SQLite copies no
/// text before building its record. The caller gives row ids itself (the table's `max(id) + 1`
/// onwards, as SQLite would), so rows that refer to a buffered row can be written after it.
///
/// Writing is deferred: call ``flush()`` before anything reads the table, or inserts a row that a
/// foreign key makes depend on a buffered one. A failure is reported at the flush, for the batch.
struct BatchedInsert {
  private enum Value {
    case null
    case integer(Int64)
    case real(Double)
    case text(start: Int, count: Int)
  }

  /// Rows per full statement: a few dozen amortise the statement's start and stay far below
  /// SQLite's limit of 32,766 bound parameters.
  let rowsPerStatement: Int
  private let columns: Int
  private let head: String
  private let rowPlaceholders: String
  private let full: InsertStatement
  /// Statements for smaller batches, by row count: a flush may come before a batch is full
  /// (the partners and annotations follow their alterations), often with the same count again.
  private var partial: [Int: InsertStatement] = [:]
  private var values: [Value] = []
  private var arena: [UInt8] = []

  /// Prepares the statement for `table`'s `columns`, in the order values are appended.
  init(_ db: Database, table: String, columns: [String], rowsPerStatement: Int) throws {
    self.columns = columns.count
    self.rowsPerStatement = rowsPerStatement
    head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
    rowPlaceholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    full = try InsertStatement(db, Self.sql(head, rowPlaceholders, rows: rowsPerStatement))
    values.reserveCapacity(columns.count * rowsPerStatement)
    arena.reserveCapacity(256 * rowsPerStatement)
  }

  private static func sql(_ head: String, _ row: String, rows: Int) -> String {
    head + Array(repeating: row, count: rows).joined(separator: ", ")
  }

  /// The number of complete rows waiting.
  var pendingRows: Int { values.count / columns }

  /// Appends a text value, or NULL for `nil`.
  mutating func append(_ value: String?) {
    guard var value else { return values.append(.null) }
    let start = arena.count
    value.withUTF8 { arena.append(contentsOf: $0) }
    values.append(.text(start: start, count: arena.count - start))
  }

  /// Appends the texts of `parts` joined by `separator`, or NULL when there are none.
  ///
  /// Written straight into the arena: no joined `String` is built per row.
  mutating func append(joining parts: [String], separator: UInt8) {
    guard !parts.isEmpty else { return values.append(.null) }
    let start = arena.count
    for (index, part) in parts.enumerated() {
      if index > 0 { arena.append(separator) }
      var part = part
      part.withUTF8 { arena.append(contentsOf: $0) }
    }
    values.append(.text(start: start, count: arena.count - start))
  }

  /// Appends an exon or intron number as text (`19`, `3-4`, `19/28`, as its `description`), or NULL.
  ///
  /// The digits go straight into the arena: a million annotations would otherwise build two
  /// interpolated strings each.
  mutating func append(_ feature: FeatureNumber?) {
    guard let feature else { return values.append(.null) }
    let start = arena.count
    appendDigits(feature.number)
    if let last = feature.last {
      arena.append(UInt8(ascii: "-"))
      appendDigits(last)
    }
    if let total = feature.total {
      arena.append(UInt8(ascii: "/"))
      appendDigits(total)
    }
    values.append(.text(start: start, count: arena.count - start))
  }

  private mutating func appendDigits(_ number: Int) {
    if number < 0 { arena.append(UInt8(ascii: "-")) }
    let first = arena.count
    var rest = number.magnitude
    repeat {
      arena.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    arena[first...].reverse()
  }

  /// Appends an integer, or NULL for `nil`.
  mutating func append(_ value: Int?) {
    values.append(value.map { .integer(Int64($0)) } ?? .null)
  }

  /// Appends a row id, or NULL for `nil`.
  mutating func append(_ value: Int64?) {
    values.append(value.map { .integer($0) } ?? .null)
  }

  /// Appends a real number, or NULL for `nil` and NaN (SQLite would store NaN as NULL anyway).
  mutating func append(_ value: Double?) {
    guard let value, !value.isNaN else { return values.append(.null) }
    values.append(.real(value))
  }

  /// Appends a boolean as 0 or 1.
  mutating func append(_ value: Bool) {
    values.append(.integer(value ? 1 : 0))
  }

  /// Whether a full statement's worth of rows is waiting.
  var isFull: Bool { values.count >= columns * rowsPerStatement }

  /// Writes every waiting row.
  ///
  /// - Throws: GRDB's `DatabaseError` with SQLite's message when a statement fails.
  mutating func flush(_ db: Database) throws {
    guard !values.isEmpty else { return }
    precondition(values.count % columns == 0, "a row was left incomplete")
    let rows = values.count / columns
    var row = 0
    while rows - row >= rowsPerStatement {
      try write(full, rows: row..<(row + rowsPerStatement))
      row += rowsPerStatement
    }
    if row < rows {
      let count = rows - row
      let rest = try partial[count] ?? InsertStatement(db, Self.sql(head, rowPlaceholders, rows: count))
      partial[count] = rest
      try write(rest, rows: row..<rows)
    }
    values.removeAll(keepingCapacity: true)
    arena.removeAll(keepingCapacity: true)
  }

  private func write(_ statement: InsertStatement, rows: Range<Int>) throws {
    try arena.withUnsafeBufferPointer { bytes in
      let base = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
      let first = rows.lowerBound * columns
      for offset in first..<(rows.upperBound * columns) {
        let index = Int32(offset - first + 1)
        switch values[offset] {
        case .null: statement.bindNull(index)
        case .integer(let number): statement.bind(index, number)
        case .real(let number): statement.bind(index, number)
        case .text(let start, let count):
          // The arena outlives the step below, so SQLite may read the bytes in place.
          statement.bindStatic(index, base.map { $0 + start }, count: count)
        }
      }
      try statement.run()
    }
  }
}
