/// A regimen of a line of therapy: its drugs (INN, lower case), the drugs given only during
/// induction (dropped after four 21-day cycles, the rest continuing as maintenance) and the median
/// time on treatment, in months.
struct Regimen {
  var drugs: [String]
  var induction: [String] = []
  var medianMonths: Double
  /// Whether the regimen needs the tumour's sequencing result (a targeted therapy of NSCLC).
  var targeted = false

  static let chemoImmunoNonSquamous = Regimen(
    drugs: ["carboplatin", "pemetrexed", "pembrolizumab"], induction: ["carboplatin"], medianMonths: 7)
  static let chemoImmunoSquamous = Regimen(
    drugs: ["carboplatin", "paclitaxel", "pembrolizumab"], induction: ["carboplatin", "paclitaxel"],
    medianMonths: 6)
  static let platinumPemetrexed = Regimen(
    drugs: ["carboplatin", "pemetrexed"], induction: ["carboplatin"], medianMonths: 5)
  static let docetaxel = Regimen(drugs: ["docetaxel"], medianMonths: 3.5)
  static let gemcitabine = Regimen(drugs: ["gemcitabine"], medianMonths: 3)
  static let osimertinib = Regimen(drugs: ["osimertinib"], medianMonths: 18, targeted: true)
  static let sotorasib = Regimen(drugs: ["sotorasib"], medianMonths: 6.5, targeted: true)
  static let adagrasib = Regimen(drugs: ["adagrasib"], medianMonths: 6.5, targeted: true)
  static let alectinib = Regimen(drugs: ["alectinib"], medianMonths: 34, targeted: true)
  static let lorlatinib = Regimen(drugs: ["lorlatinib"], medianMonths: 14, targeted: true)
  static let crizotinib = Regimen(drugs: ["crizotinib"], medianMonths: 19, targeted: true)
  static let selpercatinib = Regimen(drugs: ["selpercatinib"], medianMonths: 22, targeted: true)
  static let dabrafenibTrametinib = Regimen(
    drugs: ["dabrafenib", "trametinib"], medianMonths: 11, targeted: true)
  static let capmatinib = Regimen(drugs: ["capmatinib"], medianMonths: 12, targeted: true)
  static let tepotinib = Regimen(drugs: ["tepotinib"], medianMonths: 11, targeted: true)
  static let trastuzumabDeruxtecan = Regimen(
    drugs: ["trastuzumab deruxtecan"], medianMonths: 8, targeted: true)
  static let folfoxBevacizumab = Regimen(
    drugs: ["fluorouracil", "oxaliplatin", "bevacizumab"], induction: ["oxaliplatin"], medianMonths: 10)
  static let folfoxCetuximab = Regimen(
    drugs: ["fluorouracil", "oxaliplatin", "cetuximab"], induction: ["oxaliplatin"], medianMonths: 10)
  static let folfiriBevacizumab = Regimen(
    drugs: ["fluorouracil", "irinotecan", "bevacizumab"], medianMonths: 6)
  static let encorafenibCetuximab = Regimen(
    drugs: ["encorafenib", "cetuximab"], medianMonths: 4.5, targeted: true)
  static let capecitabine = Regimen(drugs: ["capecitabine"], medianMonths: 5)
  static let pembrolizumab = Regimen(drugs: ["pembrolizumab"], medianMonths: 14)
  static let ipilimumabNivolumab = Regimen(
    drugs: ["ipilimumab", "nivolumab"], induction: ["ipilimumab"], medianMonths: 8)
  static let trastuzumabPertuzumabDocetaxel = Regimen(
    drugs: ["trastuzumab", "pertuzumab", "docetaxel"], induction: ["docetaxel"], medianMonths: 18)
  static let letrozolePalbociclib = Regimen(drugs: ["letrozole", "palbociclib"], medianMonths: 24)
  static let fulvestrant = Regimen(drugs: ["fulvestrant"], medianMonths: 6)

  /// The guideline sequence of lines for a patient's cancer and alterations (ESMO-style, simplified).
  static func plan(for patient: SimulatedPatient, rng: inout SeededGenerator) -> [Regimen] {
    let has = { (gene: String, change: String?) in
      patient.alterations.contains { alteration in
        guard alteration.gene == gene else { return false }
        guard let change else { return true }
        if case .small(let variant, _, _) = alteration { return variant.short.contains(change) }
        return change == "amp" && { if case .amplification = alteration { true } else { false } }()
      }
    }
    switch patient.cancer {
    case .lungAdenocarcinoma, .nsclcOther, .lungSquamous:
      let chemo = patient.cancer == .lungSquamous ? chemoImmunoSquamous : chemoImmunoNonSquamous
      if has("EGFR", "ins") { return [platinumPemetrexed, docetaxel, gemcitabine] }
      if has("EGFR", nil) { return [osimertinib, platinumPemetrexed, docetaxel] }
      if has("ALK", nil) { return [alectinib, lorlatinib, platinumPemetrexed] }
      if has("ROS1", nil) { return [crizotinib, platinumPemetrexed, docetaxel] }
      if has("RET", nil) { return [selpercatinib, chemo, docetaxel] }
      if has("BRAF", "V600E") { return [dabrafenibTrametinib, chemo, docetaxel] }
      if has("MET", nil), !has("MET", "amp") {
        return [rng.chance(0.6) ? capmatinib : tepotinib, chemo, docetaxel]
      }
      if has("ERBB2", nil) { return [chemo, trastuzumabDeruxtecan, docetaxel] }
      if has("KRAS", "G12C") {
        let second = rng.pick([(sotorasib, 70.0), (adagrasib, 10.0), (docetaxel, 20.0)])
        return [chemo, second, second.targeted ? docetaxel : gemcitabine]
      }
      return [chemo, docetaxel, gemcitabine]
    case .colorectal:
      if has("BRAF", "V600E") { return [folfoxBevacizumab, encorafenibCetuximab, folfiriBevacizumab] }
      let rasWildType = !has("KRAS", nil) && !has("NRAS", nil)
      let first = rasWildType && rng.chance(0.5) ? folfoxCetuximab : folfoxBevacizumab
      return [first, folfiriBevacizumab, capecitabine]
    case .melanoma:
      if has("BRAF", "V600E") {
        return rng.chance(0.5)
          ? [dabrafenibTrametinib, ipilimumabNivolumab] : [ipilimumabNivolumab, dabrafenibTrametinib]
      }
      return rng.chance(0.7) ? [pembrolizumab, ipilimumabNivolumab] : [ipilimumabNivolumab]
    case .breast:
      if has("ERBB2", "amp") { return [trastuzumabPertuzumabDocetaxel, trastuzumabDeruxtecan, capecitabine] }
      return [letrozolePalbociclib, fulvestrant, capecitabine]
    }
  }
}
