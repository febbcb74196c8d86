import OncoModel

/// "Did you mean" for names of a query file: ``OncoModel/ClosestName``, plus one swap of
/// neighbouring letters (`KRSA` → `KRAS`, `TBM` → `TMB`), the commonest typo, which plain edit
/// distance rates as two edits and so misses in short names.
enum NearName {
  /// The candidate nearest to `name`, or `nil` when none is plausibly meant.
  static func closest(to name: String, in candidates: [String]) -> String? {
    if let near = ClosestName.closest(to: name, in: candidates) { return near }
    let letters = Array(name.uppercased())
    guard letters.count >= 2 else { return nil }
    var swaps: Set<String> = []
    for index in 0..<(letters.count - 1) where letters[index] != letters[index + 1] {
      var swapped = letters
      swapped.swapAt(index, index + 1)
      swaps.insert(String(swapped))
    }
    return candidates.first { swaps.contains($0.uppercased()) }
  }
}
