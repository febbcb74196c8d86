/// What the care pathways of a set of patients look like: lines, regimens, sequences, times.
///
/// Counts are raw: small-cell suppression is the report's job. JSON keys are the `pathways`
/// contract of `oncocohort describe` (see `docs/care-pathways.md`); times are in days.
public struct PathwayDescriptors: Sendable, Hashable, Encodable {
  /// One line number (L1, L2, L3, or L4+ for 4 and later).
  public struct Line: Sendable, Hashable, Encodable {
    /// 1, 2, 3, or 4 for "4 and later".
    public var line: Int
    /// `L1`, `L2`, `L3` or `L4+`.
    public var label: String
    /// Patients who received this line (each patient counted once, also under L4+).
    public var patients: Int
    /// `patients` over the patients of the set.
    public var share: Double?
    /// The most frequent regimens, then `other` (one entry per regimen label; under L4+ a
    /// patient counts once per distinct regimen).
    public var regimens: [Regimen]
    /// Lines of this number flagged maintenance.
    public var maintenance: Int
    /// Lines by end reason (`new_drug`, `gap`, …); JSON lists every reason, 0 included.
    public var endReasons: [String: Int]
    /// Duration (end − start, days) of the lines.
    public var duration: DaySummary
    /// Time to next treatment: patients and events (next line or death) behind the estimate.
    public var timeToNextTreatment: EventCount

    enum CodingKeys: String, CodingKey {
      case line, label, patients, share, regimens, maintenance
      case endReasons = "end_reasons"
      case duration
      case timeToNextTreatment = "time_to_next_treatment"
    }

    /// Encodes every key, `share` as `null` when there are no patients.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(line, forKey: .line)
      try container.encode(label, forKey: .label)
      try container.encode(patients, forKey: .patients)
      try container.encode(share, forKey: .share)
      try container.encode(regimens, forKey: .regimens)
      try container.encode(maintenance, forKey: .maintenance)
      // Every reason, in a fixed order (a dictionary's order would change from run to run).
      var reasons = container.nestedContainer(keyedBy: ReasonKey.self, forKey: .endReasons)
      for reason in LineOfTherapy.EndReason.allCases {
        try reasons.encode(endReasons[reason.rawValue] ?? 0, forKey: ReasonKey(reason.rawValue))
      }
      try container.encode(duration, forKey: .duration)
      try container.encode(timeToNextTreatment, forKey: .timeToNextTreatment)
    }
  }

  /// An end reason as a JSON key.
  struct ReasonKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ text: String) { stringValue = text }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// A regimen and how many patients received it on a line.
  public struct Regimen: Sendable, Hashable, Encodable {
    /// Drug names joined by ` + `, or `other` for the regimens past the top N.
    public var regimen: String
    /// Patients.
    public var patients: Int
    /// `patients` over the line's patients.
    public var share: Double?
    /// For `other`: how many distinct regimens it gathers; `nil` otherwise.
    public var regimensGrouped: Int?

    enum CodingKeys: String, CodingKey {
      case regimen, patients, share
      case regimensGrouped = "regimens_grouped"
    }

    /// Encodes every key, with `null` for an absent share or count.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(regimen, forKey: .regimen)
      try container.encode(patients, forKey: .patients)
      try container.encode(share, forKey: .share)
      try container.encode(regimensGrouped, forKey: .regimensGrouped)
    }
  }

  /// A path of regimens (L1 → L2 → L3) ending in a terminal state, with its patients.
  public struct Path: Sendable, Hashable, Encodable {
    /// Regimen labels of up to three lines, then `no further line`, `death` or
    /// `lost to follow-up` when the patient had no fourth line.
    public var path: [String]
    /// Patients.
    public var patients: Int
  }

  /// Times to first treatment.
  public struct TimeToFirstTreatment: Sendable, Hashable, Encodable {
    /// From the index day to the first line starting on or after it.
    public var fromIndex: DaySummary
    /// From diagnosis to that line, for patients whose diagnosis day is known.
    public var fromDiagnosis: DaySummary

    enum CodingKeys: String, CodingKey {
      case fromIndex = "from_index"
      case fromDiagnosis = "from_diagnosis"
    }
  }

  /// Subjects and events of a time-to-event input.
  public struct EventCount: Sendable, Hashable, Encodable {
    /// Subjects.
    public var n: Int
    /// Events.
    public var events: Int
  }

  /// Patients who received a therapy targeting their alteration.
  public struct TargetedTherapy: Sendable, Hashable, Encodable {
    /// Patients with at least one targetable drug (their alteration has a matching therapy).
    public var candidates: Int
    /// Candidates who received one of their targetable drugs on or after the index day.
    public var received: Int
    /// `received` over `candidates`.
    public var share: Double?

    enum CodingKeys: String, CodingKey { case candidates, received, share }

    /// Encodes every key, `share` as `null` when there are no candidates.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(candidates, forKey: .candidates)
      try container.encode(received, forKey: .received)
      try container.encode(share, forKey: .share)
    }
  }

  /// Patients in the set.
  public var patients: Int
  /// Patients with at least one line from the index day.
  public var treated: Int
  /// `treated` over `patients`.
  public var treatedShare: Double?
  /// L1, L2, L3, L4+.
  public var lines: [Line]
  /// Paths of treated patients, most frequent first.
  public var sequences: [Path]
  /// Times to first treatment.
  public var timeToFirstTreatment: TimeToFirstTreatment
  /// The targeted-therapy share, when a matching table was given; `nil` otherwise.
  public var targetedTherapy: TargetedTherapy?
  /// Time to next treatment by line (index 0 for L1 … 3 for L4+); not encoded.
  ///
  /// From line start to next line start or death (event), censored at last contact.
  public var timeToNextTreatment: [TimeToEventInput]
  /// Time on treatment by line (line durations); not encoded.
  ///
  /// Discontinuation (new drug, gap, death) is the event; still on treatment or end of
  /// follow-up is censored.
  public var timeOnTreatment: [TimeToEventInput]

  enum CodingKeys: String, CodingKey {
    case patients, treated
    case treatedShare = "treated_share"
    case lines, sequences
    case timeToFirstTreatment = "time_to_first_treatment"
    case targetedTherapy = "targeted_therapy"
  }

  /// Encodes the aggregate keys (`patients`, `treated`, `treated_share`, `lines`, `sequences`,
  /// `time_to_first_treatment`, `targeted_therapy`); patient-level inputs are left out.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(patients, forKey: .patients)
    try container.encode(treated, forKey: .treated)
    try container.encode(treatedShare, forKey: .treatedShare)
    try container.encode(lines, forKey: .lines)
    try container.encode(sequences, forKey: .sequences)
    try container.encode(timeToFirstTreatment, forKey: .timeToFirstTreatment)
    try container.encode(targetedTherapy, forKey: .targetedTherapy)
  }
}
