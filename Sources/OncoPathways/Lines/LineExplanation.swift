import OncoModel

/// One step of the reasoning behind a line: why it started, what joined it, why it ended.
///
/// Steps are values, rendered to text only when shown (``description``), so building lines for
/// a million patients does not format a million sentences. JSON: `{"day", "event", "text"}`.
public enum LineExplanation: Sendable, Hashable, Encodable, CustomStringConvertible {
  /// Why a line started.
  public enum StartCause: String, Sendable, Hashable {
    /// The patient's first exposure considered.
    case firstExposure = "first_exposure"
    /// A drug outside the previous line's regimen, after its window.
    case newDrug = "new_drug"
    /// An exposure after a gap that ended the previous line.
    case afterGap = "after_gap"
  }

  /// The line started on `day` with `drug`.
  case started(day: Day, drug: String, cause: StartCause)
  /// A drug of the previous line still running at the start was carried into this line.
  case carriedOver(day: Day, drug: String)
  /// A drug started `daysAfterStart` days after the line's start joined the regimen.
  case joinedRegimen(day: Day, drug: String, daysAfterStart: Int)
  /// A drug replaced an interchangeable one of the regimen; the line goes on.
  case substituted(day: Day, drug: String, replacing: String)
  /// An addition-exempt drug joined the line after the window.
  case added(day: Day, drug: String)
  /// A gap longer than the threshold did not end the line, because a drug is gap-exempt.
  case gapBridged(day: Day, gapDays: Int, exemptDrug: String)
  /// Part of the combination stopped; the rest went on as maintenance.
  case maintenance(day: Day, continuing: [String], dropped: [String])
  /// The line ended on `day`; `detail` says what was observed.
  case ended(day: Day, reason: LineOfTherapy.EndReason, detail: String)

  /// The day the step happened.
  public var day: Day {
    switch self {
    case .started(let day, _, _), .carriedOver(let day, _), .joinedRegimen(let day, _, _),
      .substituted(let day, _, _), .added(let day, _), .gapBridged(let day, _, _),
      .maintenance(let day, _, _), .ended(let day, _, _):
      day
    }
  }

  /// A stable `snake_case` name of the step.
  public var event: String {
    switch self {
    case .started: "started"
    case .carriedOver: "carried_over"
    case .joinedRegimen: "joined_regimen"
    case .substituted: "substituted"
    case .added: "added"
    case .gapBridged: "gap_bridged"
    case .maintenance: "maintenance"
    case .ended: "ended"
    }
  }

  /// The step as a sentence.
  public var description: String {
    switch self {
    case .started(let day, let drug, let cause):
      let why =
        switch cause {
        case .firstExposure: "first exposure considered"
        case .newDrug: "\(drug) is not in the previous regimen and started after its combination window"
        case .afterGap: "first exposure after the gap that ended the previous line"
        }
      return "day \(day.value): starts with \(drug) (\(why))"
    case .carriedOver(let day, let drug):
      return "day \(day.value): \(drug) still running, carried into the line"
    case .joinedRegimen(let day, let drug, let days):
      return
        "day \(day.value): \(drug) joins the regimen (\(days) days after the line's start, within the window)"
    case .substituted(let day, let drug, let replacing):
      return "day \(day.value): \(drug) substitutes for \(replacing); same line"
    case .added(let day, let drug):
      return "day \(day.value): \(drug) added after the window; addition-exempt, same line"
    case .gapBridged(let day, let gap, let drug):
      return "day \(day.value): \(gap)-day gap does not end the line (\(drug) is gap-exempt)"
    case .maintenance(let day, let continuing, let dropped):
      return "day \(day.value): maintenance with \(continuing.joined(separator: " + ")) "
        + "after \(dropped.joined(separator: " + ")) stopped"
    case .ended(let day, let reason, let detail):
      return "day \(day.value): ends (\(reason.rawValue)): \(detail)"
    }
  }

  enum CodingKeys: String, CodingKey { case day, event, text }

  /// Encodes `{"day": Int, "event": String, "text": String}`.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(day.value, forKey: .day)
    try container.encode(event, forKey: .event)
    try container.encode(description, forKey: .text)
  }
}
