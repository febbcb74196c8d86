/// A point in time as an integer day on a patient's own time axis.
///
/// Sources with calendar dates count days since 1970-01-01 (``Axis/calendar``);
/// sources with relative days (cBioPortal timelines) keep their own origin
/// (``Axis/relative(origin:)``). Descriptors only ever use differences of days, so both
/// kinds mix within one analysis as long as one patient stays on one axis.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// What day zero means for a source.
  public enum Axis: Sendable, Hashable, Codable {
    /// Day 0 is 1970-01-01 (proleptic Gregorian calendar); calendar filters apply.
    case calendar
    /// Day 0 is an event of the patient's own history, such as diagnosis.
    case relative(origin: String)
  }

  /// Days reported as months are divided by this (365.25 / 12), as cBioPortal does.
  public static let daysPerMonth = 30.4375

  /// The day number on its axis.
  public var value: Int

  public init(_ value: Int) { self.value = value }

  /// The calendar day of a Gregorian date, or `nil` if the date does not exist.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else {
      return nil
    }
    value = Day.daysFromCivil(year: year, month: month, day: day)
  }

  /// Parses an ISO 8601 calendar date (`YYYY-MM-DD`, optionally followed by a time part,
  /// which is ignored), or returns `nil`.
  public init?(iso8601 text: some StringProtocol) {
    let datePart = text.prefix { $0 != "T" && $0 != " " }
    let fields = datePart.split(separator: "-", omittingEmptySubsequences: false)
    guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
      let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The Gregorian date of a calendar day.
  public var calendarDate: (year: Int, month: Int, day: Int) {
    Day.civilFromDays(value)
  }

  /// `YYYY-MM-DD` for a calendar day.
  public var iso8601: String {
    let (year, month, day) = calendarDate
    func pad(_ number: Int, _ width: Int) -> String {
      let digits = String(abs(number))
      return (number < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Days converted to months (days / 30.4375).
  public static func months(fromDays days: Int) -> Double { Double(days) / daysPerMonth }

  /// Months converted to whole days, rounded to the nearest day.
  public static func days(fromMonths months: Double) -> Int {
    Int((months * daysPerMonth).rounded())
  }

  public var description: String { "day \(value)" }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.value < rhs.value }
  /// The number of days from `rhs` to `lhs`.
  public static func - (lhs: Day, rhs: Day) -> Int { lhs.value - rhs.value }
  public static func + (lhs: Day, rhs: Int) -> Day { Day(lhs.value + rhs) }
  public static func - (lhs: Day, rhs: Int) -> Day { Day(lhs.value - rhs) }

  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's days_from_civil algorithm: exact for the whole proleptic calendar.
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
