import OncoModel

/// One patient's lines of therapy, with the days the descriptors need.
public struct PatientPathway: Sendable, Hashable, Encodable {
  /// The patient's identifier.
  public var patientID: String
  /// The cohort's index day for the patient.
  public var indexDay: Day
  /// The day of diagnosis, if known.
  public var diagnosisDay: Day?
  /// The day of death, if the patient died.
  public var deathDay: Day?
  /// The last day the patient was followed, if known.
  public var lastContactDay: Day?
  /// The lines, in order (including lines before the index when the rules count them).
  public var lines: [LineOfTherapy]
  /// Exposures left out of the lines: before the index day (with `prior_exposures: ignore`).
  public var ignoredBeforeIndex: Int
  /// Exposures left out because they start after the day of death (a data error).
  public var ignoredAfterDeath: Int
  /// Exposures left out because they are not systemic (radiotherapy, surgery, other).
  public var ignoredNotSystemic: Int

  /// Creates a pathway.
  public init(
    patientID: String, indexDay: Day, diagnosisDay: Day? = nil, deathDay: Day? = nil,
    lastContactDay: Day? = nil,
    lines: [LineOfTherapy], ignoredBeforeIndex: Int = 0, ignoredAfterDeath: Int = 0,
    ignoredNotSystemic: Int = 0
  ) {
    self.patientID = patientID
    self.indexDay = indexDay
    self.diagnosisDay = diagnosisDay
    self.deathDay = deathDay
    self.lastContactDay = lastContactDay
    self.lines = lines
    self.ignoredBeforeIndex = ignoredBeforeIndex
    self.ignoredAfterDeath = ignoredAfterDeath
    self.ignoredNotSystemic = ignoredNotSystemic
  }

  /// The lines that start on or after the index day: the ones cohort descriptors count.
  public var linesFromIndex: ArraySlice<LineOfTherapy> {
    lines[(lines.firstIndex { !$0.isBeforeIndex } ?? lines.endIndex)...]
  }

  /// The last day observed: death, else last contact, else the end of the last line.
  public var horizonDay: Day? { deathDay ?? lastContactDay ?? lines.last?.endDay }

  enum CodingKeys: String, CodingKey {
    case patientID = "patient_id"
    case indexDay = "index_day"
    case diagnosisDay = "diagnosis_day"
    case deathDay = "death_day"
    case lastContactDay = "last_contact_day"
    case lines
    case ignoredBeforeIndex = "ignored_before_index"
    case ignoredAfterDeath = "ignored_after_death"
    case ignoredNotSystemic = "ignored_not_systemic"
  }

  /// Encodes the pathway with `snake_case` keys, days as integers and absent days as `null`.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(patientID, forKey: .patientID)
    try container.encode(indexDay.value, forKey: .indexDay)
    try container.encode(diagnosisDay?.value, forKey: .diagnosisDay)
    try container.encode(deathDay?.value, forKey: .deathDay)
    try container.encode(lastContactDay?.value, forKey: .lastContactDay)
    try container.encode(lines, forKey: .lines)
    try container.encode(ignoredBeforeIndex, forKey: .ignoredBeforeIndex)
    try container.encode(ignoredAfterDeath, forKey: .ignoredAfterDeath)
    try container.encode(ignoredNotSystemic, forKey: .ignoredNotSystemic)
  }
}
