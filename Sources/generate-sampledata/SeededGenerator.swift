import Foundation

/// A seeded pseudo-random generator (SplitMix64) whose sequence is the same on every platform and
/// Swift version, so that the generated SampleData are byte-identical run to run.
///
/// Swift's `SystemRandomNumberGenerator` cannot be seeded, and the standard library's
/// `random(in:using:)` algorithms are not promised stable across releases; every draw here is
/// computed from the raw 64-bit output instead.
///
/// OncoTestSupport has the same SplitMix64 for the tests; this executable cannot depend on a test
/// helper, and OncoModel (their only common dependency) holds the model's value types, so the
/// twelve lines stay repeated.
struct SeededGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The next raw 64-bit value (SplitMix64, Steele, Lea and Flood 2014).
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1), from the top 53 bits.
  mutating func uniform() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform integer in `range` (modulo bias is negligible for the small ranges used here).
  mutating func integer(_ range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound + 1)
    return range.lowerBound + Int(next() % width)
  }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool { uniform() < p }

  /// An exponential draw with the given median (rate ln 2 / median).
  mutating func exponential(median: Double) -> Double {
    -log(1 - uniform()) * median / M_LN2
  }

  /// A Weibull draw with the given shape and median: S(t) = exp(-ln 2 (t / median)^shape).
  mutating func weibull(shape: Double, median: Double) -> Double {
    median * pow(-log(1 - uniform()) / M_LN2, 1 / shape)
  }

  /// A normal draw (Box–Muller).
  mutating func normal(mean: Double, sd: Double) -> Double {
    let u = max(uniform(), 1e-300)
    return mean + sd * sqrt(-2 * log(u)) * cos(2 * Double.pi * uniform())
  }

  /// One of `items`, chosen with the given weights (any positive scale).
  mutating func pick<T>(_ items: [(T, Double)]) -> T {
    let total = items.reduce(0) { $0 + $1.1 }
    var u = uniform() * total
    for (item, weight) in items {
      if u < weight { return item }
      u -= weight
    }
    return items[items.count - 1].0
  }

  /// One element of a non-empty array, uniformly.
  mutating func element<T>(_ items: [T]) -> T {
    items[integer(0...(items.count - 1))]
  }
}
