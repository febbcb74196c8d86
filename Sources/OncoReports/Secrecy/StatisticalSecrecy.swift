/// Statistical secrecy: masks the small counts of a report and every count that would reveal one.
///
/// Health-data reuse in France forbids publishing aggregates below a minimum cell count (10 by
/// default). Every count from 1 to `minCellCount − 1` is shown as `<10`; where a masked count
/// could be recovered by subtraction from a total shown (a table's row or column, the attrition
/// chain, Sankey links against line totals, groups against the cohort), other counts are masked
/// too (see ``SuppressionSolver``). Medians, curves and percentages computed from a masked
/// count are removed. Patient identifiers are not part of a ``ReportDocument`` at all.
public struct StatisticalSecrecy: Sendable, Hashable {
  /// The smallest count shown, at least 1 (1 shows everything).
  public let minCellCount: Int

  /// Creates the rule; values below 1 become 1.
  public init(minCellCount: Int = 10) {
    self.minCellCount = max(1, minCellCount)
  }

  /// Applies the rule to a document.
  ///
  /// - Complexity: O(c · e · m) for c counts, e sums and m masked cells, small for a report.
  public func apply(to document: ReportDocument) -> MaskedReport {
    var recorder = CellLedger(mode: .record)
    var scratch = document
    scratch.walkCells(&recorder)
    let masked = SuppressionSolver(
      values: recorder.values, equations: recorder.equations, threshold: minCellCount
    )
    .solve()
    var applier = CellLedger(mode: .apply(masked))
    var result = document
    result.walkCells(&applier)
    return MaskedReport(
      document: result, minCellCount: minCellCount,
      belowThreshold: masked.values.filter { $0 == .belowThreshold }.count,
      complementary: masked.values.filter { $0 == .complementary }.count)
  }
}

/// A report after statistical secrecy: the only input renderers accept.
public struct MaskedReport: Sendable, Hashable {
  /// The document with masked counts (values removed) and derived values erased.
  public let document: ReportDocument
  /// The minimum cell count applied.
  public let minCellCount: Int
  /// How many counts were masked for being small.
  public let belowThreshold: Int
  /// How many were masked to protect them.
  public let complementary: Int
}
