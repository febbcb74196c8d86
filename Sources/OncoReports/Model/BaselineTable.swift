/// Table 1: characteristics of the cohort at the index date, one column per group.
///
/// With ``hasOverallColumn`` the last column is the whole cohort and every other count adds up
/// to it, which statistical secrecy takes into account.
public struct BaselineTable: Sendable, Hashable {
  /// The columns: groups, then the whole cohort when ``hasOverallColumn``.
  public var columns: [GroupSize]
  /// Whether the last column is the sum of the others.
  public var hasOverallColumn: Bool
  /// The rows, one variable each.
  public var variables: [BaselineVariable]

  /// Creates a table.
  public init(columns: [GroupSize], hasOverallColumn: Bool, variables: [BaselineVariable]) {
    self.columns = columns
    self.hasOverallColumn = hasOverallColumn
    self.variables = variables
  }
}

/// One variable of Table 1: categorical (levels with counts) or numeric (median and IQR).
public struct BaselineVariable: Sendable, Hashable {
  /// The variable's name, for example "Sex" or "Age at index (years)".
  public var name: String
  /// For a categorical variable, its levels; empty for a numeric one.
  public var levels: [BaselineLevel]
  /// For a numeric variable, its summary per column; `nil` for a categorical one.
  public var summaries: [NumericSummary]?
  /// Patients with no value, per column.
  public var missing: [ReportCount]

  /// Creates a categorical variable: levels and missing add up to each column's size.
  public init(name: String, levels: [BaselineLevel], missing: [ReportCount]) {
    self.name = name
    self.levels = levels
    summaries = nil
    self.missing = missing
  }

  /// Creates a numeric variable summarised by median and quartiles.
  public init(name: String, summaries: [NumericSummary], missing: [ReportCount]) {
    self.name = name
    levels = []
    self.summaries = summaries
    self.missing = missing
  }
}

/// One level of a categorical variable, with a count per column.
public struct BaselineLevel: Sendable, Hashable {
  /// The level's label.
  public var label: String
  /// Patients at this level, per column.
  public var counts: [ReportCount]

  /// Creates a level.
  public init(label: String, counts: [ReportCount]) {
    self.label = label
    self.counts = counts
  }
}

/// The median and interquartile range of a numeric variable or a time (in days for times).
public struct NumericSummary: Sendable, Hashable {
  /// The median, `nil` when not computed or masked.
  public var median: Double?
  /// The first quartile.
  public var q1: Double?
  /// The third quartile.
  public var q3: Double?

  /// Creates a summary.
  public init(median: Double?, q1: Double?, q3: Double?) {
    self.median = median
    self.q1 = q1
    self.q3 = q3
  }
}
