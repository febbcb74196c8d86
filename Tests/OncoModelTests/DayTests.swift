import OncoModel
import Testing

@Suite struct DayTests {
  // Expected values worked out by hand and with `date -d '1970-01-01 + N days'`.
  @Test(arguments: [
    ("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-03-01", 11_017),
    ("2020-02-29", 18_321), ("2024-12-31", 20_088), ("1900-03-01", -25_508),
  ])
  func calendarDays(iso: String, expected: Int) throws {
    let day = try #require(Day(iso8601: iso))
    #expect(day.value == expected)
    #expect(day.iso8601 == iso)
  }

  @Test(arguments: ["2021-02-29", "2021-13-01", "2021-00-10", "21-01-01", "2021/01/01", "", "2021-1-1"])
  func invalidDatesAreRejected(text: String) {
    #expect(Day(iso8601: text) == nil)
  }

  @Test func timePartIsIgnored() {
    #expect(Day(iso8601: "2021-06-15T10:30:00Z") == Day(iso8601: "2021-06-15"))
  }

  @Test func roundTripOverFourHundredYears() throws {
    // The Gregorian cycle repeats every 146,097 days: check every day of one cycle.
    for value in stride(from: -73_000, through: 73_097, by: 1) {
      let (year, month, day) = Day(value).calendarDate
      #expect(Day(year: year, month: month, day: day)?.value == value)
    }
  }

  @Test func arithmeticAndMonths() {
    let diagnosis = Day(100)
    let death = diagnosis + 365
    #expect(death - diagnosis == 365)
    #expect(Day.months(fromDays: 365) == 365 / 30.4375)
    #expect(Day.days(fromMonths: 12) == 365)  // 365.25 rounds to 365
    #expect(Day.days(fromMonths: 0.5) == 15)  // 15.22 rounds to 15
  }
}

@Suite struct FeatureNumberTests {
  @Test func parsesAnnotatorForms() throws {
    let plain = try #require(FeatureNumber("19"))
    #expect(plain.number == 19 && plain.total == nil && plain.last == nil)
    let withTotal = try #require(FeatureNumber("19/28"))
    #expect(withTotal.number == 19 && withTotal.total == 28)
    let range = try #require(FeatureNumber("18-19/28"))
    #expect(range.number == 18 && range.last == 19 && range.total == 28)
    #expect(range.description == "18-19/28")
  }

  @Test(arguments: ["", "x/28", "19/", "1/2/3", "Feb-19", "19-/28"])
  func rejectsGarbage(text: String) {
    #expect(FeatureNumber(text) == nil)
  }
}

@Suite struct DiagnosticTests {
  @Test func formatsLikeACompiler() {
    let diagnostic = Diagnostic(
      .error, at: TextLocation(file: "variants.maf", line: 17, column: 5),
      "Tumor_Sample_Barcode is empty", hint: "every MAF row needs its sample")
    #expect(
      diagnostic.formatted
        == "variants.maf:17:5: error: Tumor_Sample_Barcode is empty\n  hint: every MAF row needs its sample")
  }

  @Test func shortensAndEscapesWhatWasFound() {
    let diagnostic = Diagnostic(
      .warning, at: TextLocation(file: "a.vcf", line: 3), "bad POS", expected: "an integer",
      found: "12\u{1}" + String(repeating: "9", count: 100))
    #expect(diagnostic.found?.hasPrefix("12\\u{01}999") == true)
    #expect(diagnostic.found?.hasSuffix("…") == true)
    #expect(diagnostic.formatted.hasPrefix("a.vcf:3: warning: bad POS (expected an integer, found '12"))
  }
}
