import OncoModel

/// One patient's drug exposures with the days that bound their pathway: the input of line building.
public struct PatientTreatmentHistory: Sendable, Hashable {
  /// The patient's identifier (as the source gave it, or pseudonymised upstream).
  public var patientID: String
  /// The index day of the cohort (diagnosis, advanced diagnosis, start of line N, …).
  public var indexDay: Day
  /// The day of diagnosis, for the time from diagnosis to first treatment; `nil` if unknown.
  public var diagnosisDay: Day?
  /// The day of death, or `nil` when the patient is not known to have died.
  public var deathDay: Day?
  /// The last day the patient was known alive and followed (the censoring day), or `nil`.
  public var lastContactDay: Day?
  /// The exposures, in any order; only systemic ones are used to build lines.
  public var exposures: [TreatmentExposure]

  /// Creates a history.
  public init(
    patientID: String, indexDay: Day, diagnosisDay: Day? = nil, deathDay: Day? = nil,
    lastContactDay: Day? = nil, exposures: [TreatmentExposure]
  ) {
    self.patientID = patientID
    self.indexDay = indexDay
    self.diagnosisDay = diagnosisDay
    self.deathDay = deathDay
    self.lastContactDay = lastContactDay
    self.exposures = exposures
  }

  /// The last day the patient's history is observed: death, else last contact, else `nil`.
  public var horizonDay: Day? { deathDay ?? lastContactDay }
}
