import Foundation
import GRDB
import OncoModel

/// Record linkage between sources: a linkage file says which patients of two sources are one
/// person; the warehouse keeps both patient rows and groups them under one `person` id.
///
/// The file is CSV or TSV (the header's delimiter decides) with a header naming the columns
/// `source_a`, `patient_a`, `source_b`, `patient_b` in any order; blank lines and lines starting
/// with `#` are ignored; fields may be double-quoted. Each row links patient `patient_a` of source
/// `source_a` with patient `patient_b` of source `source_b`. Links are transitive: A–B and B–C put
/// A, B and C under one person.
///
/// Links are stored by source name and patient id (`patient_links`), not by row, so they outlive
/// re-imports and may name sources not imported yet. The person of each linked patient is in
/// `person_members` and the `patient_persons` view gives every patient's person: the smallest
/// patient key of its group, or its own key when it is linked to nobody. The groups are
/// recomputed after every import and every linkage load.
public enum PatientLinkage {
  /// What loading a linkage file did.
  public struct Report: Sendable, Hashable, Encodable {
    /// The linkage file.
    public var path: String
    /// Links read from the file (rows other than the header, comments and blank lines).
    public var links: Int
    /// Links whose two patients are both in the warehouse.
    public var resolved: Int
    /// Persons that group two patients or more, over all linkage files.
    public var linkedPersons: Int

    enum CodingKeys: String, CodingKey {
      case path, links, resolved
      case linkedPersons = "linked_persons"
    }
  }

  /// The four columns of a linkage file.
  static let columns = ["source_a", "patient_a", "source_b", "patient_b"]

  /// Reads a linkage file into `warehouse`, replacing the links an earlier load of the same path
  /// stored, in one transaction.
  ///
  /// - Throws: ``WarehouseError`` `unreadableInput` when the file cannot be read, `invalidLinkage`
  ///   (with its line and column) for a missing column or an empty field; nothing is stored then.
  public static func load(path: String, into warehouse: Warehouse) throws -> Report {
    let links = try parse(path: path)
    do {
      return try warehouse.queue.write { db in
        try db.execute(sql: "DELETE FROM patient_links WHERE linkage_file = ?", arguments: [path])
        let insert = try InsertStatement(
          db,
          """
          INSERT OR IGNORE INTO patient_links (source_a, patient_a, source_b, patient_b, linkage_file, line)
          VALUES (?, ?, ?, ?, ?, ?)
          """)
        for link in links {
          for (index, value) in link.fields.enumerated() { insert.bind(Int32(index + 1), value) }
          insert.bind(5, path)
          insert.bind(6, link.line)
          try insert.run()
        }
        let persons = try refresh(db)
        let resolved =
          try Int.fetchOne(
            db, sql: "SELECT count(*) FROM (\(resolvedLinksSQL)) WHERE linkage_file = ?", arguments: [path])
          ?? 0
        return Report(path: path, links: links.count, resolved: resolved, linkedPersons: persons)
      }
    } catch {
      throw WarehouseError.wrapping(error, path: warehouse.path)
    }
  }

  /// Links with the row ids of both patients, for those whose patients are both imported.
  static let resolvedLinksSQL = """
    SELECT pa.id AS key_a, pb.id AS key_b, l.linkage_file FROM patient_links l
      JOIN sources sa ON sa.name = l.source_a JOIN patients pa ON pa.source_id = sa.id AND pa.patient_id = l.patient_a
      JOIN sources sb ON sb.name = l.source_b JOIN patients pb ON pb.source_id = sb.id AND pb.patient_id = l.patient_b
    """

  /// Recomputes `person_members` from the links whose patients are imported; returns the number
  /// of persons grouping two patients or more.
  @discardableResult
  static func refresh(_ db: Database) throws -> Int {
    try db.execute(sql: "DELETE FROM person_members")
    var parent: [Int64: Int64] = [:]
    func root(_ key: Int64) -> Int64 {
      var key = key
      while let up = parent[key], up != key {
        parent[key] = parent[up] ?? up
        key = up
      }
      return key
    }
    for row in try Row.fetchAll(db, sql: "SELECT key_a, key_b FROM (\(resolvedLinksSQL))") {
      let a = root(row[0])
      let b = root(row[1])
      parent[a] = a
      parent[b] = b
      // The smaller key is the root, so a person's id is the smallest patient key of its group.
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    let insert = try InsertStatement(db, "INSERT INTO person_members (patient_key, person) VALUES (?, ?)")
    var persons = Set<Int64>()
    for key in parent.keys.sorted() {
      let person = root(key)
      persons.insert(person)
      insert.bind(1, key)
      insert.bind(2, person)
      try insert.run()
    }
    return persons.count
  }

  /// One row of a linkage file.
  struct Link {
    var fields: [String]
    var line: Int
  }

  /// The links of a linkage file, in file order.
  static func parse(path: String) throws -> [Link] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw WarehouseError(.unreadableInput, at: TextLocation(file: path), "cannot read the linkage file")
    }
    var links: [Link] = []
    var order: [Int]?
    var delimiter: Character = ","
    for (offset, raw) in String(decoding: data, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    ).enumerated() {
      let line = offset + 1
      let text = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if text.trimmingCharacters(in: .whitespaces).isEmpty || text.hasPrefix("#") { continue }
      guard let order else {
        delimiter = text.contains("\t") ? "\t" : ","
        let header = fields(text, delimiter).map { $0.lowercased() }
        order = try columns.map { name in
          guard let index = header.firstIndex(of: name) else {
            throw WarehouseError(
              .invalidLinkage, at: TextLocation(file: path, line: line, column: 1),
              "the linkage file's header has no column '\(name)'",
              hint: "the header names source_a, patient_a, source_b, patient_b")
          }
          return index
        }
        continue
      }
      let values = fields(text, delimiter)
      let picked = try order.enumerated().map { column, index in
        guard index < values.count, !values[index].isEmpty else {
          throw WarehouseError(
            .invalidLinkage, at: TextLocation(file: path, line: line, column: column + 1),
            "\(columns[column]) is empty", hint: "every row links one patient to another")
        }
        return values[index]
      }
      links.append(Link(fields: picked, line: line))
    }
    return links
  }

  /// The fields of a line: split on the delimiter, trimmed, surrounding double quotes removed.
  private static func fields(_ line: Substring, _ delimiter: Character) -> [String] {
    line.split(separator: delimiter, omittingEmptySubsequences: false).map { field in
      var value = field.trimmingCharacters(in: .whitespaces)
      if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
        value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
      }
      return value
    }
  }
}
