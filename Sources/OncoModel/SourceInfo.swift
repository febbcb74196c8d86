/// Where a record came from: the data source, who holds it, and its time axis.
public struct SourceInfo: Sendable, Hashable, Codable {
  /// Who holds a data source, which matters for the public–private comparisons of the initiative.
  public enum Origin: String, Sendable, Hashable, Codable, CaseIterable {
    case `public`
    case `private`
    case unknown
  }

  /// A short name the user gave the source (`registry`, `hospital`, …).
  public var name: String
  public var origin: Origin
  /// The time axis of every day in this source.
  public var axis: Day.Axis

  public init(name: String, origin: Origin = .unknown, axis: Day.Axis = .calendar) {
    self.name = name
    self.origin = origin
    self.axis = axis
  }
}
