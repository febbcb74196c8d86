/// Lines-of-therapy settings of a query (`care_pathway:`), resolved by the pathways module.
public struct CarePathwaySettings: Sendable, Hashable {
  /// The preset name (`default`, `hess2021-nsclc`, `merck-nsclc`, `regimen-8-weeks`).
  public var preset: String
  /// Parameters overriding the preset, by their documented name (`discontinuation_gap_days: 90`).
  public var overrides: [String: ParameterValue]
  /// Alteration → drugs that target it, for the "received a targeted therapy" share.
  public var targetedTherapies: [TargetedTherapy]
  /// How many regimens per line reports list before "other".
  public var topRegimens: Int

  /// Creates the settings.
  public init(
    preset: String = "default", overrides: [String: ParameterValue] = [:],
    targetedTherapies: [TargetedTherapy] = [], topRegimens: Int = 5
  ) {
    self.preset = preset
    self.overrides = overrides
    self.targetedTherapies = targetedTherapies
    self.topRegimens = topRegimens
  }

  /// A parameter value as written in the file.
  public enum ParameterValue: Sendable, Hashable {
    case number(Double)
    case text(String)
    case list([String])
    case flag(Bool)
  }
}

/// An alteration expression and the drug concepts that target it (`KRAS: G12C` → sotorasib).
public struct TargetedTherapy: Sendable, Hashable {
  /// Patients for whom this is altered are candidates.
  public var expression: AlterationExpression
  /// Drug concepts (with descendants) that count as targeting it.
  public var drugConcepts: [String]

  /// Creates a matching.
  public init(expression: AlterationExpression, drugConcepts: [String]) {
    self.expression = expression
    self.drugConcepts = drugConcepts
  }
}

/// Report settings of a query (`report:`).
public struct ReportSettings: Sendable, Hashable {
  /// Counts below this are masked (statistical secrecy); default 10, never below 1.
  public var minCellCount: Int
  /// Landmark times in days for survival probabilities (default 1, 2 and 5 years).
  public var landmarkDays: [Int]
  /// Covariates of the adjusted Cox model (`age`, `sex`, `stage`, `source`, or a clinical attribute).
  public var covariates: [String]
  /// Restricted mean survival time horizon in days, or `nil` for none.
  public var rmstHorizonDays: Int?

  /// Creates the settings.
  public init(
    minCellCount: Int = 10, landmarkDays: [Int] = [365, 730, 1826], covariates: [String] = [],
    rmstHorizonDays: Int? = nil
  ) {
    self.minCellCount = max(1, minCellCount)
    self.landmarkDays = landmarkDays
    self.covariates = covariates
    self.rmstHorizonDays = rmstHorizonDays
  }
}
