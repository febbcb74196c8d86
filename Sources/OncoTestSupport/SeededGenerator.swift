/// A seeded random generator (SplitMix64), so a test that draws at random draws the same every run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Starts the sequence at `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

extension SeededGenerator {
  /// A number in `0..<bound` (the next 64 bits modulo `bound`: the small bias is of no matter to
  /// tests, and the draw stays the same on every platform, unlike `Int.random(in:using:)`).
  public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
