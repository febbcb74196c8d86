/// Which sample column of a VCF is the tumour.
///
/// Without a requested name: the only sample; else the sample named `TUMOR` (any case); else the
/// one sample whose name marks it as tumour (`…_TUMOR`, `…-TUMOR`, `…_T`, `…-T`, `…Tumor…`; if
/// several do, the first of them, with a warning); else, for two samples, the second (the
/// tumour/normal order of most somatic callers); else the first sample, with a warning.
struct TumorSampleChoice: Equatable {
  /// The 0-based sample index, or `nil` for a file without samples.
  var index: Int?
  /// Why the choice is uncertain, when it is.
  var warning: String?

  /// Applies the rule to the header's sample names.
  ///
  /// - Returns: `nil` when `requested` names no sample of a file that has samples (a sites-only
  ///   file has no tumour column; the reader then uses `requested` as the sample id).
  static func choose(names: [String], requested: String?) -> TumorSampleChoice? {
    if names.isEmpty { return TumorSampleChoice(index: nil) }
    if let requested {
      guard let index = names.firstIndex(of: requested) else { return nil }
      return TumorSampleChoice(index: index)
    }
    guard names.count > 1 else { return TumorSampleChoice(index: 0) }
    if let index = names.firstIndex(where: { $0.uppercased() == "TUMOR" || $0.uppercased() == "TUMOUR" }) {
      return TumorSampleChoice(index: index)
    }
    let marked = names.indices.filter { looksLikeTumor(names[$0]) }
    if marked.count == 1 { return TumorSampleChoice(index: marked[0]) }
    if let first = marked.first {
      return TumorSampleChoice(
        index: first,
        warning: "several samples look like the tumour; using '\(names[first])'")
    }
    if names.count == 2 { return TumorSampleChoice(index: 1) }
    return TumorSampleChoice(
      index: 0, warning: "\(names.count) samples and none named as the tumour; using the first, '\(names[0])'"
    )
  }

  /// True for names such as `P1_TUMOR`, `DNA-TUMOUR`, `S12-T`, `S12_T`.
  static func looksLikeTumor(_ name: String) -> Bool {
    let upper = name.uppercased()
    for marker in ["TUMOR", "TUMOUR"] where upper.contains(marker) { return true }
    return upper.hasSuffix("_T") || upper.hasSuffix("-T")
  }
}
