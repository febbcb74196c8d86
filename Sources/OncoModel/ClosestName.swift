/// "Did you mean …?" suggestions by edit distance, for the hints of diagnostics.
///
/// Every module that suggests a name (a column, a gene, an alteration class) uses this one.
public enum ClosestName {
  /// The name in `candidates` nearest to `name` (Levenshtein distance, ignoring case), when it
  /// is close enough to be a plausible typo: at most a third of the name's length.
  public static func closest(to name: String, in candidates: [String]) -> String? {
    let target = Array(name.lowercased().utf8)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = levenshtein(target, Array(candidate.lowercased().utf8))
      if distance <= max(1, target.count / 3), distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// The Levenshtein distance between two names, ignoring case.
  public static func distance(_ a: String, _ b: String) -> Int {
    levenshtein(Array(a.lowercased().utf8), Array(b.lowercased().utf8))
  }

  static func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
