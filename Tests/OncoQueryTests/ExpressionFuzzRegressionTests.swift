import OncoQuery
import Testing

/// Inputs that `Fuzz/fuzz-expression` found breaking parse∘format = identity (Fuzz/RESULTS.md).
@Suite struct ExpressionFuzzRegressionTests {
  /// Thresholds that Swift prints with an exponent (`7.1e+52`, `1e-05`) format as plain digits.
  @Test(arguments: [
    (
      "1z<71111111111111111111111111111111111111111111111111111",
      "1z < 71111111111111110000000000000000000000000000000000000"
    ),
    ("TMB >= 0.00001", "TMB >= 0.00001"),
    ("TMB <= 0.000000001", "TMB <= 0.000000001"),
    ("TMB > 1234567890123456789", "TMB > 1234567890123456800"),
  ])
  func hugeAndTinyNumbersFormatToTextThatParses(_ text: String, formatted: String) throws {
    let parser = ExpressionParser()
    let expression = try parser.parseOrThrow(text)
    #expect(expression.description == formatted)
    #expect(try parser.parseOrThrow(expression.description) == expression)
  }
}
