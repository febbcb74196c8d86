import Foundation

extension KaplanMeier {
  /// How a pointwise confidence interval for S(t) is built from Greenwood's variance.
  ///
  /// With se the standard error of −log S (``Step/standardError``) and z the normal quantile:
  /// - `log`: S·exp(∓z·se), the upper limit capped at 1 (R's default);
  /// - `logLog`: S^exp(±z·se/log S), undefined at S = 0 and S = 1;
  /// - `plain`: S ∓ z·se·S, clipped to [0, 1].
  ///
  /// R equivalent: `survfit(..., conf.type = "log" | "log-log" | "plain")`.
  public enum ConfidenceType: String, Sendable, Hashable, CaseIterable, Codable {
    /// Symmetric on the log scale (R's default).
    case log
    /// Symmetric on the log(−log) scale.
    case logLog = "log-log"
    /// Symmetric on the survival scale.
    case plain

    /// The limits for a survival `survival` whose −log has standard error `standardError`.
    ///
    /// - Returns: `nil` limits where R returns `NA` (S = 0; S = 1 for log-log; infinite se).
    public func interval(survival s: Double, standardError se: Double, z: Double)
      -> (lower: Double?, upper: Double?)
    {
      guard se.isFinite else { return (nil, nil) }
      switch self {
      case .log:
        guard s > 0 else { return (nil, nil) }
        let width = z * se
        return (
          Foundation.exp(Foundation.log(s) - width),
          min(1, Foundation.exp(Foundation.log(s) + width))
        )
      case .logLog:
        guard s > 0, s < 1 else { return (nil, nil) }
        let logS = Foundation.log(s)
        let width = z * se / logS
        let center = Foundation.log(-logS)
        return (
          Foundation.exp(-Foundation.exp(center - width)),
          Foundation.exp(-Foundation.exp(center + width))
        )
      case .plain:
        let width = se * s * z
        return (max(s - width, 0), min(s + width, 1))
      }
    }
  }
}
