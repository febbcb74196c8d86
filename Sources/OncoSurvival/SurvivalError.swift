/// The one error type of OncoSurvival: what went wrong, in words, with a hint at the fix.
///
/// Statistics never fail silently: bad input (a negative time, an entry after the exit),
/// a model that cannot be estimated (collinear covariates, separation that drives a coefficient
/// to infinity) or one that did not converge all throw a `SurvivalError` instead of returning a
/// wrong number. The module knows no files, so the error carries no location; callers that read
/// the data add it (the `oncocohort survival` command names the file, line and column).
public struct SurvivalError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of failure, stable for clients to match on; new codes break nobody.
  public struct Code: Sendable, Hashable, CustomStringConvertible {
    enum Value: String, Sendable, Hashable {
      case invalidInput = "invalid_input"
      case noData = "no_data"
      case noEvents = "no_events"
      case singularDesign = "singular_design"
      case didNotConverge = "did_not_converge"
      case infiniteCoefficient = "infinite_coefficient"
      case invalidParameter = "invalid_parameter"
    }
    let value: Value

    /// A time, status, entry or covariate value is unusable (negative, not finite, entry ≥ exit).
    public static let invalidInput = Code(value: .invalidInput)
    /// No observation (or none in a group that needs one).
    public static let noData = Code(value: .noData)
    /// A model needs at least one event and there is none.
    public static let noEvents = Code(value: .noEvents)
    /// The covariates are collinear (or constant): a coefficient is not identifiable.
    public static let singularDesign = Code(value: .singularDesign)
    /// Newton–Raphson reached its iteration limit before the log-likelihood settled.
    public static let didNotConverge = Code(value: .didNotConverge)
    /// Monotone likelihood (separation): a coefficient drifts towards ±∞.
    public static let infiniteCoefficient = Code(value: .infiniteCoefficient)
    /// An argument is out of its domain (a confidence level outside (0, 1), τ ≤ 0, …).
    public static let invalidParameter = Code(value: .invalidParameter)

    public var description: String { value.rawValue }
  }

  /// The kind of failure.
  public var code: Code
  /// What is wrong, in one sentence.
  public var message: String
  /// How to fix it, when there is something to say.
  public var hint: String?
  /// The 0-based index of the offending observation, when one observation is to blame.
  public var observation: Int?

  /// Creates an error.
  public init(_ code: Code, _ message: String, hint: String? = nil, observation: Int? = nil) {
    self.code = code
    self.message = message
    self.hint = hint
    self.observation = observation
  }

  public var description: String {
    var text = "error: \(message)"
    if let hint { text += "\n  hint: \(hint)" }
    return text
  }
}
