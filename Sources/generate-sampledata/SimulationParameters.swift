import OncoModel

/// The parameters of the simulation, the planted effects among them (also in SampleData/README.md).
enum SimulationParameters {
  /// Days per month, as cBioPortal converts months (365.25 / 12): OncoModel's, so the files agree
  /// with how OncoCohort reads them back.
  static let monthDays = Day.daysPerMonth
  /// Diagnoses of advanced disease are spread uniformly over these calendar days.
  static let firstDiagnosis = Day.number(2016, 1, 1)
  static let lastDiagnosis = Day.number(2023, 6, 30)
  /// Data cut: follow-up ends here (administrative censoring).
  static let dataCut = Day.number(2025, 6, 30)

  /// Share of patients sequenced soon after diagnosis.
  ///
  /// Their delay is 10 days plus an exponential with median 25 days. The others are sequenced late: uniformly 120 to 900 days after diagnosis.
  static let earlySequencingShare = 0.65
  static let earlySequencingMedianDays = 25.0
  static let lateSequencingDays = 120...900

  /// Loss to follow-up after sequencing: exponential, median 6 years.
  static let lossToFollowUpMedianDays = 6 * 365.25

  /// Planted: overall-survival hazard ratio of an STK11 mutation in NSCLC (so KRAS G12C + STK11
  /// vs KRAS G12C alone), survival exponential from diagnosis.
  static let stk11HazardRatio = 1.8
  /// Planted: time from osimertinib start to the next line (or death) is Weibull with this shape
  /// and a median of 18 months (548 days).
  static let osimertinibShape = 1.3
  static let osimertinibMedianDays = 18 * monthDays
  /// Share of osimertinib-treated patients who die at the end of osimertinib rather than start a
  /// next line (both end the time to next treatment).
  static let deathAtOsimertinibEnd = 0.2
  /// Survival after osimertinib stops: exponential, median 12 months.
  static let postOsimertinibMedianMonths = 12.0
  /// EGFR-mutant survival before osimertinib (to decide who lived to be sequenced): median 24 months.
  static let egfrPreTreatmentMedianMonths = 24.0

  /// Median overall survival from diagnosis, in months, by group (exponential), before the STK11
  /// hazard ratio.
  static func medianSurvivalMonths(_ patient: SimulatedPatient) -> Double {
    let genes = Set(patient.alterations.map(\.gene))
    let brafV600E = patient.alterations.contains {
      if case .small(let variant, _, _) = $0 { return variant.short == "p.V600E" }
      return false
    }
    switch patient.cancer {
    case .lungAdenocarcinoma, .nsclcOther:
      if genes.contains("ALK") { return 40 }
      if genes.contains("ROS1") { return 36 }
      if genes.contains("RET") { return 30 }
      if brafV600E { return 20 }
      if genes.contains("EGFR") { return 16 }  // exon 20 insertions (others are simulated by lines)
      if genes.contains("MET") { return 16 }
      if genes.contains("ERBB2") { return 14 }
      return 12
    case .lungSquamous: return 10
    case .colorectal: return brafV600E ? 14 : 28
    case .melanoma: return brafV600E ? 30 : 36
    case .breast: return genes.contains("ERBB2") ? 50 : 40
    }
  }
}
