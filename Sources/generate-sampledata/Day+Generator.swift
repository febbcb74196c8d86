import OncoModel

// The generator counts days since 1970-01-01 with OncoModel's `Day`, the same calendar arithmetic
// the readers use to read the files back (no Foundation time zones, so the output cannot depend on
// the machine's locale or zone).
extension Day {
  /// The calendar day number of a date written in the generator's own parameters.
  ///
  /// The dates are constants of this program, so one that does not exist is a bug in it.
  static func number(_ year: Int, _ month: Int, _ day: Int) -> Int {
    guard let date = Day(year: year, month: month, day: day) else {
      preconditionFailure("\(year)-\(month)-\(day) is not a calendar date")
    }
    return date.value
  }
}
