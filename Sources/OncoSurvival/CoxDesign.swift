/// The covariates of a Cox model turned into a numeric design matrix: numeric covariates as
/// they are, categorical ones as 0/1 indicator columns against a reference level.
///
/// R equivalent: the model matrix of `coxph(Surv(...) ~ a + factor(b))` with treatment
/// contrasts; the reference level is the first in sorted order (R's `factor()` default) unless
/// set, like `relevel(b, ref = "x")`. Indicator columns are named term + level (`celltypelarge`).
public struct CoxDesign: Sendable, Hashable {
  /// One covariate as given by the caller.
  public enum Covariate: Sendable, Hashable {
    /// A numeric covariate: one column, its coefficient per unit.
    case numeric(name: String, values: [Double])
    /// A categorical covariate: one indicator column per level but the reference.
    case categorical(name: String, values: [String], reference: String? = nil)
  }

  /// The names of the design columns (the model's coefficients).
  public let columnNames: [String]
  /// For each covariate (term), the design columns it owns.
  public let termColumns: [(name: String, columns: [Int])]
  /// The number of observations.
  public let rowCount: Int
  /// The design, row-major: `values[row * columnCount + column]`.
  public let values: [Double]

  /// The number of design columns.
  public var columnCount: Int { columnNames.count }

  /// Builds the design.
  ///
  /// - Throws: ``SurvivalError`` if the covariates have different lengths, a numeric value is
  ///   not finite, a categorical covariate has fewer than two levels or an unknown reference.
  public init(_ covariates: [Covariate]) throws {
    var names: [String] = []
    var terms: [(String, [Int])] = []
    var columns: [[Double]] = []
    var rows: Int?
    for covariate in covariates {
      switch covariate {
      case .numeric(let name, let values):
        try Self.check(&rows, values.count, name)
        if let index = values.firstIndex(where: { !$0.isFinite }) {
          throw SurvivalError(
            .invalidInput, "covariate '\(name)' has a value that is not a finite number",
            observation: index)
        }
        terms.append((name, [names.count]))
        names.append(name)
        columns.append(values)
      case .categorical(let name, let values, let reference):
        try Self.check(&rows, values.count, name)
        var levels = Array(Set(values)).sorted()
        guard levels.count >= 2 else {
          throw SurvivalError(
            .singularDesign, "categorical covariate '\(name)' has only \(levels.count) level",
            hint: "a covariate that never varies has no estimable effect; leave it out")
        }
        if let reference {
          guard let position = levels.firstIndex(of: reference) else {
            throw SurvivalError(
              .invalidParameter, "reference level '\(reference)' does not occur in '\(name)'",
              hint: "levels are: \(levels.joined(separator: ", "))")
          }
          levels.remove(at: position)
        } else {
          levels.removeFirst()
        }
        var owned: [Int] = []
        for level in levels {
          owned.append(names.count)
          names.append(name + level)
          columns.append(values.map { $0 == level ? 1 : 0 })
        }
        terms.append((name, owned))
      }
    }
    let n = rows ?? 0
    var values = [Double](repeating: 0, count: n * names.count)
    for (column, data) in columns.enumerated() {
      for row in 0..<n { values[row * names.count + column] = data[row] }
    }
    columnNames = names
    termColumns = terms
    rowCount = n
    self.values = values
  }

  public static func == (lhs: CoxDesign, rhs: CoxDesign) -> Bool {
    lhs.columnNames == rhs.columnNames && lhs.values == rhs.values
      && lhs.termColumns.map { $0.name } == rhs.termColumns.map { $0.name }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(columnNames)
    hasher.combine(values)
  }

  private static func check(_ rows: inout Int?, _ count: Int, _ name: String) throws {
    if let rows, rows != count {
      throw SurvivalError(
        .invalidInput, "covariate '\(name)' has \(count) values, the others \(rows)")
    }
    rows = count
  }
}
