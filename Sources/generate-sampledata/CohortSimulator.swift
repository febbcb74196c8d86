/// Simulates the cohort: who is diagnosed, what their tumours carry, when they are sequenced,
/// how they are treated and when they die or leave follow-up.
///
/// Patients who die (or reach the data cut) before their tumour is sequenced never appear in any
/// source, as in real molecular registries; ``excludedBeforeSequencing`` counts them.
struct CohortSimulator {
  var rng: SeededGenerator
  private(set) var excludedBeforeSequencing = 0
  private var numbers: [DataSource: Int] = [:]

  init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

  /// Simulates patients until `count` of them have been sequenced.
  mutating func run(count: Int) -> [SimulatedPatient] {
    var patients: [SimulatedPatient] = []
    while patients.count < count {
      if let patient = candidate(index: patients.count) { patients.append(patient) }
    }
    return patients
  }

  private mutating func candidate(index: Int) -> SimulatedPatient? {
    let source = rng.pick([(DataSource.registry, 0.46), (.hospital, 0.27), (.industry, 0.27)])
    let cancer = rng.pick([
      (CancerType.lungAdenocarcinoma, 45.0), (.lungSquamous, 17.0), (.nsclcOther, 8.0), (.colorectal, 12.0),
      (.melanoma, 9.0), (.breast, 9.0),
    ])
    let age = min(89, max(32, Int(rng.normal(mean: cancer == .breast ? 60 : 66, sd: 10).rounded())))
    let diagnosis = rng.integer(SimulationParameters.firstDiagnosis...SimulationParameters.lastDiagnosis)
    let early = rng.chance(SimulationParameters.earlySequencingShare)
    let sequencing =
      early
      ? 10 + Int(rng.exponential(median: SimulationParameters.earlySequencingMedianDays))
      : rng.integer(SimulationParameters.lateSequencingDays)
    var patient = SimulatedPatient(
      number: 0, source: source, id: "", sampleID: "", cancer: cancer, icd10: rng.element(cancer.icd10),
      female: cancer == .breast ? rng.chance(0.99) : rng.chance(cancer.isLung ? 0.42 : 0.47),
      ageAtDiagnosis: age, diagnosisDate: diagnosis,
      birthDate: diagnosis - age * 365 - age / 4 - rng.integer(0...364),
      stage: rng.chance(0.85) ? "IV" : "IIIC", sequencingDay: sequencing, lastContactDay: 0,
      metastaticSite: "")
    patient.alterations = AlterationDraw.draw(for: cancer, rng: &rng)
    patient.metastaticSite = site(for: cancer)
    if source == .registry {
      patient.panel = rng.chance(0.6) ? GeneCatalog.largePanelID : GeneCatalog.smallPanelID
    }
    patient.pairedNormal = rng.chance(0.35)
    let followUpEnd = SimulationParameters.dataCut - diagnosis
    let lost = sequencing + Int(rng.exponential(median: SimulationParameters.lossToFollowUpMedianDays))
    let censoring = min(lost, followUpEnd)
    let plan = Regimen.plan(for: patient, rng: &rng)
    var course = TreatmentCourse(censoring: censoring, dataCutDay: followUpEnd)
    let sensitizingEGFR =
      cancer.isLung && plan.first?.drugs == ["osimertinib"]
    if sensitizingEGFR {
      let before = rng.exponential(
        median: SimulationParameters.egfrPreTreatmentMedianMonths * SimulationParameters.monthDays)
      guard Int(before) > sequencing, sequencing < followUpEnd else { return excluded() }
      course.simulateEGFR(plan: plan, sequencing: sequencing, rng: &rng)
    } else {
      var median = SimulationParameters.medianSurvivalMonths(patient) * SimulationParameters.monthDays
      if cancer.isLung, patient.carries("STK11") { median /= SimulationParameters.stk11HazardRatio }
      let death = Int(rng.exponential(median: median))
      guard death > sequencing, sequencing < followUpEnd else { return excluded() }
      course.simulate(plan: plan, death: death, sequencing: sequencing, rng: &rng)
    }
    patient.exposures = course.exposures
    patient.progressionDays = course.progressions
    patient.deathDay = course.death.flatMap { $0 <= censoring ? $0 : nil }
    patient.lastContactDay = patient.deathDay ?? censoring
    let number = (numbers[source] ?? 0) + 1
    numbers[source] = number
    patient.number = number
    patient.id = Self.patientID(source, number)
    patient.sampleID = Self.sampleID(source, number)
    return patient
  }

  private mutating func excluded() -> SimulatedPatient? {
    excludedBeforeSequencing += 1
    return nil
  }

  private mutating func site(for cancer: CancerType) -> String {
    if rng.chance(0.6) { return "Primary tumor" }
    switch cancer {
    case .lungAdenocarcinoma, .lungSquamous, .nsclcOther:
      return rng.element(["Lymph node", "Pleura", "Liver", "Bone", "Adrenal gland"])
    case .colorectal: return rng.element(["Liver", "Peritoneum", "Lung"])
    case .melanoma: return rng.element(["Lymph node", "Skin", "Lung"])
    case .breast: return rng.element(["Liver", "Bone", "Lymph node"])
    }
  }

  static func patientID(_ source: DataSource, _ number: Int) -> String {
    switch source {
    case .registry: "REG-" + padded(number)
    case .hospital: "HOP-" + padded(number)
    case .industry: "IND-" + padded(number)
    }
  }

  static func sampleID(_ source: DataSource, _ number: Int) -> String {
    switch source {
    case .registry: patientID(source, number) + "-T1"
    case .hospital: patientID(source, number) + "-T"
    case .industry: patientID(source, number) + "-S1"
    }
  }

  static func padded(_ number: Int) -> String {
    let text = String(number)
    return String(repeating: "0", count: max(0, 5 - text.count)) + text
  }
}
