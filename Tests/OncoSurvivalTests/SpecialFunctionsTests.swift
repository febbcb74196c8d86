import OncoSurvival
import Testing

/// Values from R 4.2 (`pchisq`, `pnorm`, `qnorm`, `pgamma`) printed with `sprintf("%.17g")` in
/// `Reference/special_functions.csv` (see `make_reference.R`); agreement required to 1e-12
/// relative.
@Suite struct SpecialFunctionsTests {
  struct Row: Sendable, CustomStringConvertible {
    var function: String
    var x: Double
    var df: Double
    var value: Double
    var description: String { "\(function)(\(x), \(df))" }
  }

  static let rows: [Row] = {
    guard let table = try? Reference.table("special_functions.csv"),
      let names = table["function_name"], let x = table["x"], let df = table["df"],
      let value = table["value"]
    else { return [] }
    return names.indices.map { i in
      Row(
        function: names[i] ?? "", x: Double(x[i] ?? "") ?? .nan, df: Double(df[i] ?? "") ?? .nan,
        value: Double(value[i] ?? "") ?? .nan)
    }
  }()

  @Test func referenceIsComplete() {
    #expect(Self.rows.count == 204)
  }

  @Test(arguments: rows) func matchesR(_ row: Row) {
    let computed: Double
    switch row.function {
    case "pchisq_upper":
      computed = SpecialFunctions.chiSquareUpperTail(row.x, degreesOfFreedom: row.df)
    case "pchisq_lower":
      computed = SpecialFunctions.chiSquareLowerTail(row.x, degreesOfFreedom: row.df)
    case "pnorm_upper": computed = SpecialFunctions.normalUpperTail(row.x)
    case "qnorm": computed = SpecialFunctions.normalQuantile(row.x)
    case "pgamma_upper": computed = SpecialFunctions.upperIncompleteGamma(row.df, row.x)
    default:
      Issue.record("unknown function \(row.function)")
      return
    }
    #expect(
      abs(computed - row.value) <= 1e-12 * abs(row.value), "\(row): \(computed) vs R \(row.value)")
  }

  @Test func edgesAreDefined() {
    #expect(SpecialFunctions.chiSquareUpperTail(0, degreesOfFreedom: 3) == 1)
    #expect(SpecialFunctions.chiSquareUpperTail(.infinity, degreesOfFreedom: 3) == 0)
    #expect(SpecialFunctions.chiSquareUpperTail(1, degreesOfFreedom: 0).isNaN)
    #expect(SpecialFunctions.normalQuantile(0) == -.infinity)
    #expect(SpecialFunctions.normalQuantile(1.5).isNaN)
    #expect(SpecialFunctions.normalTwoSided(0) == 1)
  }
}
