import OncoModel
import OncoOntology

/// A fingerprint of a warehouse's content for report provenance: its sources, their files'
/// hashes and the record counts, digested into one SHA-256.
///
/// Two warehouses built from the same files with the same tool version have the same digest,
/// whatever the import times; any change of file or count changes it.
public struct WarehouseFingerprint: Sendable, Hashable, Encodable {
  /// The schema version of the warehouse.
  public var schemaVersion: Int
  /// The sources, by name, with their files and counts.
  public var sources: [SourceReport]
  /// SHA-256 of the canonical text of ``sources`` (one line per source and per file).
  public var sha256: String

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case sources, sha256
  }

  /// Digests the source reports; their order does not matter.
  public init(schemaVersion: Int, sources: [SourceReport]) {
    self.schemaVersion = schemaVersion
    self.sources = sources.sorted { $0.name < $1.name }
    var lines = ["schema\t\(schemaVersion)"]
    for source in self.sources {
      let c = source.counts
      lines.append(
        "source\t\(source.name)\t\(source.origin.rawValue)\t\(c.patients)\t\(c.samples)\t"
          + "\(c.alterations)\t\(c.treatments)\t\(c.events)")
      for file in source.files.sorted(by: { $0.path < $1.path }) {
        lines.append(
          "file\t\(file.path)\t\(file.format ?? "")\t\(file.sha256 ?? "")\t\(file.recordsRead)\t"
            + "\(file.imported)\t\(file.rejected)")
      }
    }
    var hasher = SHA256()
    hasher.update(Array((lines.joined(separator: "\n") + "\n").utf8))
    sha256 = hasher.finalize().hex
  }
}

extension Warehouse {
  /// The warehouse's fingerprint, for the provenance footer of reports.
  public func fingerprint() throws -> WarehouseFingerprint {
    WarehouseFingerprint(schemaVersion: Warehouse.schemaVersion, sources: try sources())
  }
}
