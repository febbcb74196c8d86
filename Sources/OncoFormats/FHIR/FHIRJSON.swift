import Foundation
import OncoModel

/// A FHIR resource or element as Foundation's JSON parser gives it, with typed accessors.
struct FHIRJSON {
  let object: [String: Any]

  init(_ object: [String: Any]) { self.object = object }

  init?(_ value: Any?) {
    guard let object = value as? [String: Any] else { return nil }
    self.object = object
  }

  subscript(key: String) -> FHIRJSON? { FHIRJSON(object[key]) }

  func string(_ key: String) -> String? {
    guard let text = object[key] as? String else { return nil }
    let trimmed = text.trimmingSpaces
    return trimmed.isEmpty ? nil : trimmed
  }

  func number(_ key: String) -> Double? {
    if let value = object[key] as? NSNumber { return value.doubleValue }
    return nil
  }

  func bool(_ key: String) -> Bool? { object[key] as? Bool }

  func array(_ key: String) -> [FHIRJSON] {
    (object[key] as? [Any] ?? []).compactMap { FHIRJSON($0) }
  }

  var resourceType: String? { string("resourceType") }

  /// The codings of a CodeableConcept.
  var codings: [FHIRJSON] { array("coding") }

  /// The first coding code of a CodeableConcept, optionally from one system.
  func code(system: String? = nil) -> String? {
    codings.first { system == nil || $0.string("system") == system }?.string("code")
  }

  /// Text for a CodeableConcept: `text`, else the first coding's display, else its code.
  var conceptText: String? {
    string("text") ?? codings.lazy.compactMap { $0.string("display") }.first
      ?? codings.lazy.compactMap { $0.string("code") }.first
  }

  /// True when any coding of this CodeableConcept has `code` (any system).
  func hasCode(_ code: String) -> Bool { codings.contains { $0.string("code") == code } }
}

/// Reads FHIR dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, dateTime) as calendar days.
enum FHIRDate {
  /// The day of a FHIR date; a partial date is placed mid-period (`2021-03` → 2021-03-15,
  /// `2021` → 2021-07-01) and flagged `partial`.
  static func day(_ text: String) -> (day: Day, partial: Bool)? {
    if let day = fastDay(text) { return (day, false) }
    if let day = Day(iso8601: text) { return (day, false) }
    let fields = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let year = Int(fields[0]), fields[0].count == 4 else { return nil }
    if fields.count == 1 { return Day(year: year, month: 7, day: 1).map { ($0, true) } }
    guard fields.count == 2, fields[1].count == 2, let month = Int(fields[1]) else { return nil }
    return Day(year: year, month: month, day: 15).map { ($0, true) }
  }

  /// A `YYYY-MM-DD` date, optionally followed by a time, read byte by byte.
  ///
  /// Returns `nil` for anything else. Clinical tables hold millions of dates, and the general
  /// parser splits strings.
  static func fastDay(_ text: String) -> Day? {
    text.utf8.withContiguousStorageIfAvailable { bytes -> Day? in
      guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
      if bytes.count > 10, bytes[10] != 0x54, bytes[10] != 0x20 { return nil }
      guard let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2)
      else {
        return nil
      }
      return Day(year: year, month: month, day: day)
    } ?? nil
  }

  /// The decimal number written by `count` digits from `start`, or `nil` if one is not a digit.
  @inline(__always)
  private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
    var value = 0
    for index in start..<(start + count) {
      let digit = bytes[index] &- 0x30
      guard digit <= 9 else { return nil }
      value = value * 10 + Int(digit)
    }
    return value
  }
}
