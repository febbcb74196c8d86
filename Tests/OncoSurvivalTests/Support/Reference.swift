import Foundation
import OncoSurvival
import OncoTestSupport
import Testing

/// The committed R outputs and data sets under `Reference/` (see `make_reference.R`).
enum Reference {
  static let folder = Fixtures.packageRoot.appendingPathComponent(
    "Tests/OncoSurvivalTests/Reference")

  /// A JSON document written by `make_reference.R`.
  static func json(_ name: String) throws -> JSON {
    let data = try Data(contentsOf: folder.appendingPathComponent(name))
    return JSON(try JSONSerialization.jsonObject(with: data))
  }

  /// A CSV written by R's `write.csv`: columns by name, `nil` for `NA`.
  static func table(_ name: String) throws -> [String: [String?]] {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    var lines = text.split(separator: "\n").map { splitCSV(String($0)) }
    let header = lines.removeFirst()
    var columns: [String: [String?]] = [:]
    for (index, name) in header.enumerated() {
      columns[name] = lines.map { $0[index] == "NA" ? nil : $0[index] }
    }
    return columns
  }

  static func splitCSV(_ line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
      } else if character == ",", !quoted {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    fields.append(current)
    return fields
  }
}

/// A thin reader over `JSONSerialization` values.
struct JSON {
  let value: Any
  init(_ value: Any) { self.value = value }

  subscript(key: String) -> JSON { JSON((value as? [String: Any])?[key] ?? NSNull()) }
  subscript(index: Int) -> JSON { JSON((value as? [Any])?[index] ?? NSNull()) }
  var double: Double? { (value as? NSNumber)?.doubleValue }
  var int: Int? { (value as? NSNumber)?.intValue }
  var string: String? { value as? String }
  var array: [JSON] { ((value as? [Any]) ?? []).map(JSON.init) }
  var doubles: [Double?] { array.map(\.double) }
  var strings: [String] { array.compactMap(\.string) }
  var keys: [String] { ((value as? [String: Any]) ?? [:]).keys.sorted() }
}

/// `actual` agrees with R's `expected` to `relative` (1e-6 by default, 1e-4 for p < 1e-10),
/// with an absolute floor of 1e-10 for values that should be zero; `nil` must match `NA`.
func expectClose(
  _ actual: Double?, _ expected: Double?, relative: Double = 1e-6,
  _ what: @autoclosure () -> String = "",
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let expected else {
    #expect(
      actual == nil || !(actual?.isFinite ?? true),
      "\(what()): expected NA, got \(String(describing: actual))", sourceLocation: sourceLocation)
    return
  }
  guard let actual else {
    Issue.record("\(what()): expected \(expected), got nil", sourceLocation: sourceLocation)
    return
  }
  let tolerance = (expected != 0 && abs(expected) < 1e-10) ? max(relative, 1e-4) : relative
  #expect(
    abs(actual - expected) <= tolerance * abs(expected) + 1e-10,
    "\(what()): \(actual) vs R \(expected)", sourceLocation: sourceLocation)
}

/// Element-wise ``expectClose``.
func expectClose(
  _ actual: [Double?], _ expected: [Double?], relative: Double = 1e-6, _ what: String = "",
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(
    actual.count == expected.count, "\(what): \(actual.count) values vs R \(expected.count)",
    sourceLocation: sourceLocation)
  for (index, (a, e)) in zip(actual, expected).enumerated() {
    expectClose(a, e, relative: relative, "\(what)[\(index)]", sourceLocation: sourceLocation)
  }
}

/// Survival data and covariates read from a reference CSV, dropping rows with a missing value.
struct ReferenceRows {
  let columns: [String: [String?]]
  let rows: [Int]

  init(_ file: String, using names: [String]) throws {
    let columns = try Reference.table(file)
    self.columns = columns
    let count = columns[names[0]]?.count ?? 0
    rows = (0..<count).filter { row in names.allSatisfy { columns[$0]?[row] != nil } }
  }

  func numbers(_ name: String) -> [Double] {
    rows.map { Double(columns[name]?[$0] ?? "") ?? .nan }
  }

  func strings(_ name: String) -> [String] { rows.map { columns[name]?[$0] ?? "" } }

  /// Integer codes 0..<k for a column, in sorted order of its values (numerically if numeric).
  func codes(_ name: String) -> [Int] {
    let values = numbers(name)
    if values.allSatisfy({ !$0.isNaN }) {
      let levels = Array(Set(values)).sorted()
      return values.map { levels.firstIndex(of: $0) ?? -1 }
    }
    let text = strings(name)
    let levels = Array(Set(text)).sorted()
    return text.map { levels.firstIndex(of: $0) ?? -1 }
  }

  func survival(time: String, status: String, entry: String? = nil, eventCode: Double = 2) throws
    -> SurvivalData
  {
    try SurvivalData(
      time: numbers(time), event: numbers(status).map { $0 == eventCode },
      entry: entry.map { numbers($0) })
  }
}
