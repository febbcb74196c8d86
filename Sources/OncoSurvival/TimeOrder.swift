/// Stable orderings of observations by time, the one sort every estimator needs.
///
/// OncoCohort's times are whole days, so when every key is an integer and their range is not
/// much larger than their count, a counting sort orders them in two linear passes (several times
/// faster than a comparison sort on a million rows); other keys fall back to a comparison sort.
/// Equal keys keep their input order either way.
enum TimeOrder {
  /// The positions of `keys` in increasing (or decreasing) order of key, stable.
  static func order(_ keys: [Double], descending: Bool = false) -> [Int] {
    let n = keys.count
    guard let first = keys.first else { return [] }
    var low = first
    var high = first
    var integral = true
    for key in keys {
      if key < low { low = key }
      if key > high { high = key }
      if integral, key != key.rounded() { integral = false }
    }
    guard integral, high - low <= Double(max(4 * n, 1 << 16)) else {
      return comparisonOrder(keys, descending: descending)
    }
    var bucket = [Int](repeating: 0, count: n)
    var starts = [Int](repeating: 0, count: Int(high - low) + 2)
    for i in 0..<n {
      let b = descending ? Int(high - keys[i]) : Int(keys[i] - low)
      bucket[i] = b
      starts[b + 1] += 1
    }
    for b in 1..<starts.count { starts[b] += starts[b - 1] }
    var result = [Int](repeating: 0, count: n)
    for i in 0..<n {
      result[starts[bucket[i]]] = i
      starts[bucket[i]] += 1
    }
    return result
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

  private struct Key {
    var value: Double
    var index: Int
  }

  private static func comparisonOrder(_ keys: [Double], descending: Bool) -> [Int] {
    var sorted = keys.indices.map { Key(value: keys[$0], index: $0) }
    if descending {
      sorted.sort { $0.value > $1.value || ($0.value == $1.value && $0.index < $1.index) }
    } else {
      sorted.sort { $0.value < $1.value || ($0.value == $1.value && $0.index < $1.index) }
    }
    return sorted.map(\.index)
  }
}
