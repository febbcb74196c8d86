import Foundation

/// A folder of parsed ontology files, so a large ontology is parsed once, not on every command.
///
/// Each source file gets one cache file, `<folder>/<sha256 of its absolute path>.oncoterms`:
///
/// | bytes | content |
/// |---|---|
/// | 8 | magic `ONCOTRM\0` |
/// | 4 | format version (``formatVersion``), little-endian like every integer below |
/// | 8 + 8 | the source's size in bytes and modification time (ns since 1970) |
/// | 32 | the source's SHA-256 |
/// | 8 + 8 | payload length and FNV-1a 64 checksum |
/// | … | payload: a string table, then the terms as indexes into it |
///
/// On load the source's size and modification time are compared first; when they differ the
/// source is hashed and the cache is used only if the SHA-256 still matches (a `touch` does not
/// force a parse, an edit does). A cache with a wrong magic, version, length or checksum, or one
/// that fails to decode, is ignored with a `cache_ignored` warning and rebuilt; a cache that
/// cannot be written is a warning too. Files smaller than ``minimumSize`` are parsed directly.
public struct OntologyCache: Sendable {
  /// The environment variable naming the cache folder.
  public static let folderVariable = "ONCOCOHORT_ONTOLOGY_CACHE"
  /// The version written in the header; a cache of another version is rebuilt.
  public static let formatVersion: UInt32 = 1
  static let magic = Array("ONCOTRM\0".utf8)
  static let headerSize = 8 + 4 + 8 + 8 + 32 + 8 + 8

  /// How a file was obtained.
  public enum Outcome: String, Sendable, Hashable {
    /// Decoded from a valid cache file.
    case hit
    /// Parsed from the source, and the cache (re)written.
    case rebuilt
    /// Parsed from the source without the cache (a small file).
    case bypassed
  }

  /// The folder holding the cache files (created when first written).
  public var folder: String
  /// Sources smaller than this many bytes are parsed directly (1 MiB by default): reading them
  /// costs less than checking a cache.
  public var minimumSize: Int = 1 << 20

  /// A cache in `folder`.
  public init(folder: String) {
    self.folder = folder
  }

  /// The default folder: `$ONCOCOHORT_ONTOLOGY_CACHE`, else `$XDG_CACHE_HOME/oncocohort/ontologies`,
  /// else `~/.cache/oncocohort/ontologies`.
  public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    if let folder = environment[folderVariable], !folder.isEmpty { return folder }
    let base =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
    return base + "/oncocohort/ontologies"
  }

  /// The cache file for a source path.
  public func cachePath(for path: String) -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let name = SHA256.hash(Array(absolute.utf8)).hex.prefix(32)
    return (folder as NSString).appendingPathComponent(name + ".oncoterms")
  }

  /// Reads `path` through the cache: decoded when the cache is valid, else parsed and cached.
  ///
  /// Cache problems become warnings on the returned file, never errors.
  ///
  /// - Throws: the reader's ``OntologyError`` when the source itself cannot be read.
  public func read(path: String, as format: OntologyFile.Format? = nil) throws
    -> (file: OntologyFile, outcome: Outcome)
  {
    guard let stamp = SourceStamp(path: path), stamp.size >= minimumSize else {
      return (try OntologyLoader.read(path: path, as: format), .bypassed)
    }
    let cacheFile = cachePath(for: path)
    var warnings: [OntologyError] = []
    var knownDigest: SHA256.Digest?
    if let data = FileManager.default.contents(atPath: cacheFile) {
      switch Self.decode(data, source: path, stamp: stamp) {
      case .valid(let file):
        return (file, .hit)
      case .stale(let storedDigest, let payload):
        let digest = SHA256.hash(fileAt: path)
        if let digest, digest.bytes == storedDigest, let file = Self.decodePayload(payload, path: path) {
          write(
            Self.header(stamp: stamp, digest: digest, payload: payload) + payload, to: cacheFile,
            warnings: &warnings)
          return (file, .hit)
        }
        knownDigest = digest
      case .invalid(let reason):
        warnings.append(
          OntologyError(
            .cacheIgnored, file: cacheFile, "ontology cache ignored (\(reason)); rebuilding it",
            hint: "the cache is rebuilt from \(path); delete the folder \(folder) to clear every cache"))
      }
    }
    // Hash the source on a second thread while it is parsed (both only read the file).
    nonisolated(unsafe) var parsed: Result<OntologyFile, any Error>?
    nonisolated(unsafe) var digest = knownDigest
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 {
        parsed = Result { try OntologyLoader.read(path: path, as: format) }
      } else if digest == nil {
        digest = SHA256.hash(fileAt: path)
      }
    }
    guard var file = try parsed?.get() else { preconditionFailure("concurrentPerform ran both parts") }
    if let digest {
      let payload = file.encodedTerms()
      write(
        Self.header(stamp: stamp, digest: digest, payload: payload) + payload, to: cacheFile,
        warnings: &warnings)
    }
    file.warnings += warnings
    return (file, .rebuilt)
  }

  /// Writes atomically (a temporary file renamed over the cache), or adds a warning.
  private func write(_ bytes: [UInt8], to cacheFile: String, warnings: inout [OntologyError]) {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let temporary = cacheFile + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
      try Data(bytes).write(to: URL(fileURLWithPath: temporary))
      if rename(temporary, cacheFile) != 0 {
        try? FileManager.default.removeItem(atPath: temporary)
        throw CocoaError(.fileWriteUnknown)
      }
    } catch {
      warnings.append(
        OntologyError(
          .cacheIgnored, file: cacheFile, "cannot write the ontology cache",
          hint: "set \(Self.folderVariable) or --ontology-cache to a writable folder"))
    }
  }
}

/// A source file's size and modification time, the cheap half of cache validation.
struct SourceStamp: Equatable {
  var size: Int
  var modified: Int64

  init?(path: String) {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let size = (attributes[.size] as? NSNumber)?.intValue,
      let date = attributes[.modificationDate] as? Date
    else { return nil }
    self.size = size
    modified = Int64((date.timeIntervalSince1970 * 1e9).rounded())
  }

  init(size: Int, modified: Int64) {
    self.size = size
    self.modified = modified
  }
}
