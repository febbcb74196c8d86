import OncoModel

/// One line of therapy: a regimen given from a start day to an end day, and why it ended.
public struct LineOfTherapy: Sendable, Hashable, Encodable {
  /// Why a line ended.
  public enum EndReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// A drug outside the regimen started after the combination window: the next line began.
    case newDrug = "new_drug"
    /// No drug of the line for longer than the discontinuation gap.
    case gap
    /// The patient died during the line (within the gap after its last exposure).
    case death
    /// Follow-up ended within the gap after the line's last exposure: whether the line went on
    /// is unknown.
    case endOfFollowUp = "end_of_follow_up"
    /// An exposure was still running at last contact (it covers that day or has no end day).
    case stillOnTreatment = "still_on_treatment"

    /// Whether the line was seen to stop (an event for time on treatment), rather than censored.
    public var isDiscontinuation: Bool {
      switch self {
      case .newDrug, .gap, .death: true
      case .endOfFollowUp, .stillOnTreatment: false
      }
    }
  }

  /// A drug of the regimen.
  public struct Drug: Sendable, Hashable, Codable {
    /// The drug's name, lower case (the ontology label when the drug is a known concept).
    public var name: String
    /// The drug concept (`ATC:L01BA04`), or `nil` when the drug is known by name only.
    public var concept: String?

    /// Creates a drug.
    public init(name: String, concept: String? = nil) {
      self.name = name
      self.concept = concept
    }
  }

  /// The line number, from 1, in the order lines started.
  public var number: Int
  /// The drugs started within the combination window (and those carried over from the previous
  /// line), sorted by name.
  public var regimen: [Drug]
  /// Addition-exempt drugs added after the window, sorted by name; not part of the regimen.
  public var additions: [Drug]
  /// The first day of the line.
  public var startDay: Day
  /// The last day of the line (see ``EndReason`` and `docs/care-pathways.md` for each case).
  public var endDay: Day
  /// Why the line ended.
  public var endReason: EndReason
  /// Whether part of the combination was dropped and the rest continued as maintenance.
  public var isMaintenance: Bool
  /// The first day of the maintenance phase, when ``isMaintenance``.
  public var maintenanceStartDay: Day?
  /// Whether the line started before the index day (only with `prior_exposures:
  /// count_as_prior_lines`).
  public var isBeforeIndex: Bool
  /// The exposures the line was built from, in start order.
  public var exposures: [TreatmentExposure]
  /// Why the line started, what joined it and why it ended, in order.
  public var explanation: [LineExplanation]

  /// The regimen as one label: drug names sorted and joined by ` + ` (`carboplatin + pemetrexed`).
  public var regimenLabel: String { regimen.map(\.name).joined(separator: " + ") }

  /// Days from start to end (0 for a single administration).
  public var durationDays: Int { endDay - startDay }

  /// Creates a line.
  public init(
    number: Int, regimen: [Drug], additions: [Drug] = [], startDay: Day, endDay: Day, endReason: EndReason,
    isMaintenance: Bool = false, maintenanceStartDay: Day? = nil, isBeforeIndex: Bool = false,
    exposures: [TreatmentExposure] = [], explanation: [LineExplanation] = []
  ) {
    self.number = number
    self.regimen = regimen
    self.additions = additions
    self.startDay = startDay
    self.endDay = endDay
    self.endReason = endReason
    self.isMaintenance = isMaintenance
    self.maintenanceStartDay = maintenanceStartDay
    self.isBeforeIndex = isBeforeIndex
    self.exposures = exposures
    self.explanation = explanation
  }
}
