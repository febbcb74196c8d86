extension LineOfTherapyRules {
  /// The names of the presets, in the order the documentation lists them.
  public static let presetNames = ["default", "hess2021-nsclc", "merck-nsclc", "regimen-8-weeks"]

  /// The rules of a preset, or `nil` for an unknown name.
  ///
  /// - `default`: 28-day window, 120-day gap, the three standard substitutions, maintenance
  ///   drugs pemetrexed, bevacizumab, durvalumab, EGFR and ALK inhibitors gap-exempt.
  /// - `hess2021-nsclc` (Hess et al., Future Oncol 2021): 28-day window, 60-day gap, platinum
  ///   and fluoropyrimidine substitutions only.
  /// - `merck-nsclc` (Meng et al., J Biomed Inform 2019): 28-day window, 180-day gap.
  /// - `regimen-8-weeks`: a break of 8 weeks (56 days) or more ends the regimen, so the gap
  ///   threshold is 55 days (a gap ends a line when strictly longer).
  ///
  /// Parameters a source does not state keep the `default` values (see `docs/care-pathways.md`).
  public static func preset(named name: String) -> LineOfTherapyRules? {
    switch name {
    case "default":
      return LineOfTherapyRules(preset: name)
    case "hess2021-nsclc":
      return LineOfTherapyRules(
        preset: name, combinationWindowDays: 28, discontinuationGapDays: 60,
        substitutions: [["cisplatin", "carboplatin"], ["fluorouracil", "capecitabine"]])
    case "merck-nsclc":
      return LineOfTherapyRules(preset: name, combinationWindowDays: 28, discontinuationGapDays: 180)
    case "regimen-8-weeks":
      return LineOfTherapyRules(preset: name, discontinuationGapDays: 55)
    default:
      return nil
    }
  }

  /// The `default` preset.
  public static var standard: LineOfTherapyRules { LineOfTherapyRules(preset: "default") }
}
