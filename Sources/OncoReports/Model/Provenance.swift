import Foundation

/// Where a report's numbers come from, so that it can be reproduced.
public struct Provenance: Sendable, Hashable {
  /// The tool's version.
  public var toolVersion: String
  /// The sha256 of the query file, lowercase hex.
  public var querySHA256: String
  /// The warehouse's sources with their files and record counts.
  public var warehouse: [SourceFingerprint]
  /// Ontologies used, with their versions.
  public var ontologies: [NamedValue]
  /// The line-of-therapy preset and parameters.
  public var lineOfTherapy: LineOfTherapySettings?
  /// The command line, argument by argument.
  public var commandLine: [String]
  /// When the report was made; set by ``ReportOptions/timestamp`` when rendering.
  public var createdAt: Date?

  /// Creates a provenance record.
  public init(
    toolVersion: String, querySHA256: String, warehouse: [SourceFingerprint], ontologies: [NamedValue],
    lineOfTherapy: LineOfTherapySettings?, commandLine: [String], createdAt: Date? = nil
  ) {
    self.toolVersion = toolVersion
    self.querySHA256 = querySHA256
    self.warehouse = warehouse
    self.ontologies = ontologies
    self.lineOfTherapy = lineOfTherapy
    self.commandLine = commandLine
    self.createdAt = createdAt
  }
}

/// One source of the warehouse: its files and what was imported from them.
public struct SourceFingerprint: Sendable, Hashable {
  /// The source's name.
  public var name: String
  /// `public` or `private`.
  public var origin: String
  /// Its files.
  public var files: [FileFingerprint]

  /// Creates a source fingerprint.
  public init(name: String, origin: String, files: [FileFingerprint]) {
    self.name = name
    self.origin = origin
    self.files = files
  }
}

/// One imported file: path, hash and record count (warehouse-wide totals, not cohort counts).
public struct FileFingerprint: Sendable, Hashable {
  /// The path as imported.
  public var path: String
  /// Its sha256, lowercase hex.
  public var sha256: String
  /// Records imported from it.
  public var records: Int

  /// Creates a file fingerprint.
  public init(path: String, sha256: String, records: Int) {
    self.path = path
    self.sha256 = sha256
    self.records = records
  }
}

/// A name and a value, kept in order (ontology versions, preset parameters).
public struct NamedValue: Sendable, Hashable {
  /// The name.
  public var name: String
  /// The value.
  public var value: String

  /// Creates a pair.
  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

/// The line-of-therapy algorithm used: a preset name and its parameters.
public struct LineOfTherapySettings: Sendable, Hashable {
  /// The preset, for example "nsclc-default".
  public var preset: String
  /// Its parameters in order, for example `window_days = 28`.
  public var parameters: [NamedValue]

  /// Creates settings.
  public init(preset: String, parameters: [NamedValue]) {
    self.preset = preset
    self.parameters = parameters
  }
}
