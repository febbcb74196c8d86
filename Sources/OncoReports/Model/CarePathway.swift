/// How the cohort was treated: lines of therapy, regimens, sequences, times to treatment.
public struct CarePathway: Sendable, Hashable {
  /// Lines by number (1, 2, 3, …).
  public var lines: [TherapyLine]
  /// Every patient's path through the first lines (up to three regimens) and how it ended.
  public internal(set) var sequences: [TreatmentSequence]
  /// The Sankey links aggregated from ``sequences``: regimen of line k → regimen of line k + 1
  /// or terminal state.
  public internal(set) var links: [SankeyLink]
  /// Time from the index date to the first line (days).
  public var timeToFirstTreatment: TimeSummary?
  /// Time from the start of a line to the start of the next (days), one entry per line.
  public var timeToNextTreatment: [TimeSummary]
  /// The line-of-therapy preset and its parameters, for the provenance.
  public var preset: LineOfTherapySettings
  /// Patients who received a therapy targeting their alteration (`care_pathway.targeted_therapies`),
  /// `nil` when the query gives no matching table.
  public var targetedTherapy: TargetedTherapyShare?

  /// Creates a pathway; the Sankey links are computed from the sequences.
  public init(
    lines: [TherapyLine], sequences: [TreatmentSequence], timeToFirstTreatment: TimeSummary?,
    timeToNextTreatment: [TimeSummary], preset: LineOfTherapySettings
  ) {
    self.lines = lines
    self.sequences = sequences
    links = SankeyLink.aggregate(sequences)
    self.timeToFirstTreatment = timeToFirstTreatment
    self.timeToNextTreatment = timeToNextTreatment
    self.preset = preset
  }
}

/// One line of therapy: how many patients reached it and with which regimens.
public struct TherapyLine: Sendable, Hashable {
  /// The line number, from 1.
  public var number: Int
  /// Patients who started this line.
  public var patients: ReportCount
  /// The most frequent regimens, by decreasing count.
  public var regimens: [RegimenCount]
  /// Patients on any other regimen, so that regimens and `otherRegimens` add up to `patients`.
  public var otherRegimens: ReportCount

  /// Creates a line.
  public init(number: Int, patients: ReportCount, regimens: [RegimenCount], otherRegimens: ReportCount) {
    self.number = number
    self.patients = patients
    self.regimens = regimens
    self.otherRegimens = otherRegimens
  }
}

/// A regimen and its number of patients.
public struct RegimenCount: Sendable, Hashable {
  /// The regimen, for example "carboplatin + pemetrexed".
  public var regimen: String
  /// Patients treated with it in the line.
  public var patients: ReportCount

  /// Creates a regimen count.
  public init(regimen: String, patients: ReportCount) {
    self.regimen = regimen
    self.patients = patients
  }
}

/// One path L1 → L2 → L3 and how it ended, with its number of patients.
public struct TreatmentSequence: Sendable, Hashable {
  /// The regimens of lines 1, 2, 3 (one to three of them; rare regimens grouped as "Other").
  public var regimens: [String]
  /// What followed the last regimen: for example "Death", "Alive, no further line", "Fourth line".
  public var terminal: String
  /// Patients who followed this path.
  public var patients: ReportCount

  /// Creates a sequence.
  public init(regimens: [String], terminal: String, patients: ReportCount) {
    self.regimens = regimens
    self.terminal = terminal
    self.patients = patients
  }
}

/// A median and interquartile range of a time, in days, with the patients it is computed on.
public struct TimeSummary: Sendable, Hashable {
  /// What is measured, for example "Index date → L1" or "L1 → L2".
  public var label: String
  /// Patients with the time observed.
  public var patients: ReportCount
  /// Median and quartiles, days.
  public var days: NumericSummary

  /// Creates a summary.
  public init(label: String, patients: ReportCount, days: NumericSummary) {
    self.label = label
    self.patients = patients
    self.days = days
  }
}

/// How many patients with a targetable alteration received a matching drug from the index date.
public struct TargetedTherapyShare: Sendable, Hashable {
  /// Patients whose alterations match an entry of the query's table.
  public var candidates: ReportCount
  /// Of them, patients who received one of the matching drugs in a line from the index date.
  public var received: ReportCount

  /// Creates a share.
  public init(candidates: ReportCount, received: ReportCount) {
    self.candidates = candidates
    self.received = received
  }
}
