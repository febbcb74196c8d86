import OncoModel
import OncoSurvival

/// Runs the methods the options ask for on a table: the library calls behind
/// `oncocohort survival`, kept out of the command so it stays thin.
struct SurvivalAnalysis {
  var table: DelimitedTable
  var columns: SurvivalInput.Columns
  var ties: CoxModel.Ties
  var confidenceType: KaplanMeier.ConfidenceType
  var confidenceLevel: Double
  var rmst: Double?
  var landmarks: [Double]

  /// Reads the table and computes the report.
  ///
  /// - Throws: ``TableError`` for unusable data, located in the table when a row is to blame.
  func run() throws -> SurvivalReport {
    let input = try SurvivalInput(table: table, columns: columns)
    guard input.data.count > 0 else {
      throw TableError(
        at: TextLocation(file: table.path),
        "no row has all of \(columns.all.joined(separator: ", "))",
        hint: "\(input.dropped) rows were dropped for a missing value")
    }
    do {
      var groups: [SurvivalReport.Group] = []
      for (code, name) in input.groupNames.enumerated() {
        let members = input.groups.indices.filter { input.groups[$0] == code }
        let curve = try KaplanMeier(
          input.data.subset(members), confidenceType: confidenceType,
          confidenceLevel: confidenceLevel)
        groups.append(
          SurvivalReport.Group(
            name: name, curve: curve, median: curve.median,
            rmst: try rmst.map { try RMST(curve, tau: $0) },
            landmarks: landmarks.map { ($0, curve.value(at: $0)) }))
      }
      let logRank =
        input.groupNames.count > 1
        ? try LogRank(input.data, groups: input.groups, strata: input.strata) : nil
      var cox: CoxModel?
      var proportionalHazards: ProportionalHazardsTest?
      if !input.covariates.isEmpty {
        let model = try CoxModel(
          input.data, design: try CoxDesign(input.covariates), strata: input.strata, ties: ties,
          options: .init(confidenceLevel: confidenceLevel))
        cox = model
        proportionalHazards = try? model.proportionalHazardsTest()
      }
      return SurvivalReport(
        input: input, groups: groups, logRank: logRank, cox: cox,
        proportionalHazards: proportionalHazards)
    } catch let error as SurvivalError {
      throw TableError(at: TextLocation(file: table.path), error.message, hint: error.hint)
    }
  }
}
