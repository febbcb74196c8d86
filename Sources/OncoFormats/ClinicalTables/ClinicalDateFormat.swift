import OncoModel

/// How a clinical table writes its dates.
enum ClinicalDateFormat: Equatable {
  case iso, dayMonthYear, monthDayYear, compact, days

  init?(_ text: String?) {
    switch text?.lowercased() ?? "iso" {
    case "iso", "yyyy-mm-dd": self = .iso
    case "dd/mm/yyyy", "dd-mm-yyyy", "dd.mm.yyyy": self = .dayMonthYear
    case "mm/dd/yyyy": self = .monthDayYear
    case "yyyymmdd": self = .compact
    case "days": self = .days
    default: return nil
    }
  }

  /// The day a text stands for, and whether it was partial.
  ///
  /// A month or a year alone is placed mid-period (day 15, or 1 July); `days` gives the
  /// number itself.
  func parse(_ text: String) -> (day: Day, partial: Bool)? {
    switch self {
    case .days:
      return Int(text).map { (Day($0), false) }
    case .iso:
      return FHIRDate.day(text)
    case .compact:
      guard text.count == 8, let year = Int(text.prefix(4)), let month = Int(text.dropFirst(4).prefix(2)),
        let day = Int(text.suffix(2)), let value = Day(year: year, month: month, day: day)
      else { return nil }
      return (value, false)
    case .dayMonthYear, .monthDayYear:
      let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map { Int($0) }
      guard parts.allSatisfy({ $0 != nil }) else { return nil }
      let numbers = parts.compactMap { $0 }
      switch numbers.count {
      case 3:
        let (day, month) = self == .dayMonthYear ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
        guard numbers[2] >= 1000, let value = Day(year: numbers[2], month: month, day: day) else {
          return nil
        }
        return (value, false)
      case 2:
        guard numbers[1] >= 1000, let value = Day(year: numbers[1], month: numbers[0], day: 15) else {
          return nil
        }
        return (value, true)
      case 1:
        guard numbers[0] >= 1000, let value = Day(year: numbers[0], month: 7, day: 1) else { return nil }
        return (value, true)
      default:
        return nil
      }
    }
  }
}
