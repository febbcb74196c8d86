import OncoModel

/// What the warehouse knows of one patient's course: the facts outcomes and baseline tables need.
///
/// Days are on the patient's source axis (see `docs/warehouse.md`, *Days*); only differences
/// between them are meaningful across sources.
public struct PatientFollowUp: Sendable, Hashable {
  /// The warehouse key of the patient (`patients.id`).
  public var patientKey: Int64
  /// The source's patient identifier.
  public var patientID: String
  /// The source name.
  public var source: String
  /// The source's origin (public/private/unknown).
  public var origin: SourceInfo.Origin
  /// Sex as recorded.
  public var sex: Patient.Sex
  /// Age in years at the first diagnosis: from the birth day when known, else the source's age.
  public var ageAtDiagnosis: Double?
  /// Day of the earliest diagnosis, or `nil`.
  public var diagnosisDay: Day?
  /// Stage of the earliest diagnosis as recorded, or `nil`.
  public var stage: String?
  /// Label of the earliest diagnosis as recorded, or `nil`.
  public var diagnosisLabel: String?
  /// Harmonised concept of the earliest diagnosis's first mapped code, or `nil`.
  public var diagnosisConcept: String?
  /// Earliest day the disease was known advanced or metastatic, or `nil`.
  public var advancedDay: Day?
  /// Earliest collection day of the patient's samples, or `nil`.
  public var firstSampleDay: Day?
  /// Day of death, from the patient row or a `death` event (the earlier), or `nil`.
  public var deathDay: Day?
  /// Days of `progression` and `recurrence` events, ascending.
  public var progressionDays: [Day]
  /// The last day the patient is known alive or dead: the latest of last contact, death, events,
  /// treatments and sample collections; the censoring day when no event occurred.
  public var lastKnownDay: Day?

  /// Creates the facts of one patient.
  public init(
    patientKey: Int64, patientID: String, source: String, origin: SourceInfo.Origin,
    sex: Patient.Sex = .unknown, ageAtDiagnosis: Double? = nil, diagnosisDay: Day? = nil,
    stage: String? = nil, diagnosisLabel: String? = nil, diagnosisConcept: String? = nil,
    advancedDay: Day? = nil, firstSampleDay: Day? = nil, deathDay: Day? = nil,
    progressionDays: [Day] = [], lastKnownDay: Day? = nil
  ) {
    self.patientKey = patientKey
    self.patientID = patientID
    self.source = source
    self.origin = origin
    self.sex = sex
    self.ageAtDiagnosis = ageAtDiagnosis
    self.diagnosisDay = diagnosisDay
    self.stage = stage
    self.diagnosisLabel = diagnosisLabel
    self.diagnosisConcept = diagnosisConcept
    self.advancedDay = advancedDay
    self.firstSampleDay = firstSampleDay
    self.deathDay = deathDay
    self.progressionDays = progressionDays
    self.lastKnownDay = lastKnownDay
  }
}
