/// Stable orderings of observations by a real key, by least-significant-digit radix sort on the
/// keys' bit patterns: O(n) per byte that varies, so integer-valued days sort in about three
/// passes. Every estimator sorts once; on a million rows this is several times faster than a
/// comparison sort.
enum RadixOrder {
  /// The positions of `keys` in increasing (or decreasing) order; equal keys keep their order.
  static func order(_ keys: [Double], descending: Bool = false) -> [Int] {
    let n = keys.count
    var bits = [UInt64](repeating: 0, count: n)
    for i in 0..<n {
      let key = keys[i] == 0 ? 0 : keys[i]  // −0 sorts with +0
      let pattern = key.bitPattern
      // Order-preserving map: flip all bits of negatives, only the sign bit of positives.
      var mapped = pattern & (1 << 63) != 0 ? ~pattern : pattern | (1 << 63)
      if descending { mapped = ~mapped }
      bits[i] = mapped
    }
    var order = Array(0..<n)
    var scratch = order
    var counts = [Int](repeating: 0, count: 256)
    for shift in stride(from: 0, to: 64, by: 8) {
      for b in 0..<256 { counts[b] = 0 }
      for i in 0..<n { counts[Int((bits[i] >> UInt64(shift)) & 0xFF)] += 1 }
      if counts.contains(n) { continue }  // every key has the same byte here
      var total = 0
      for b in 0..<256 {
        let count = counts[b]
        counts[b] = total
        total += count
      }
      for position in order {
        let digit = Int((bits[position] >> UInt64(shift)) & 0xFF)
        scratch[counts[digit]] = position
        counts[digit] += 1
      }
      swap(&order, &scratch)
    }
    return order
  }

  /// `order` regrouped stably by stratum code (ascending), keeping the order within strata.
  static func grouped(_ order: [Int], by strata: [Int]) -> [Int] {
    let codes = Array(Set(strata)).sorted()
    guard codes.count > 1 else { return order }
    let dense = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
    let stratum = strata.map { dense[$0] ?? 0 }
    var starts = [Int](repeating: 0, count: codes.count + 1)
    for code in stratum { starts[code + 1] += 1 }
    for index in 1..<starts.count { starts[index] += starts[index - 1] }
    var result = order
    for position in order {
      result[starts[stratum[position]]] = position
      starts[stratum[position]] += 1
    }
    return result
  }
}
