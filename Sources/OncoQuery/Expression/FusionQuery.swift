/// A fusion named by its partners: `EML4::ALK`, `KIF5B::` (any 3′ partner), `::RET` (any 5′).
public struct FusionQuery: Sendable, Hashable {
  /// The 5′ partner, or `nil` for any.
  public var fivePrime: String?
  /// The 3′ partner, or `nil` for any.
  public var threePrime: String?

  /// Creates a fusion criterion; at least one partner should be named.
  public init(fivePrime: String?, threePrime: String?) {
    self.fivePrime = fivePrime
    self.threePrime = threePrime
  }
}
