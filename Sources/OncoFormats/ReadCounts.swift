/// How many records a reader met, and what became of them: `read == accepted + rejected`, always.
public struct ReadCounts: Sendable, Hashable, Codable {
  /// Data records met (header and comment lines excluded).
  public var read: Int = 0
  /// Records turned into model values (a record may give several alterations).
  public var accepted: Int = 0
  /// Records refused, each with at least one error diagnostic.
  public var rejected: Int = 0

  public init(read: Int = 0, accepted: Int = 0, rejected: Int = 0) {
    self.read = read
    self.accepted = accepted
    self.rejected = rejected
  }
}
