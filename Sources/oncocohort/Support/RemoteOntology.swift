import Foundation
import OncoFormats
import OncoOntology

/// `--ontology https://…[#sha256=HEX]`: an ontology release downloaded once into the cache
/// folder, revalidated with `ETag` / `Last-Modified` on later runs, checked against a SHA-256
/// when the URL carries one, and used from the cache when the network is unreachable.
///
/// Each URL (without its fragment) gets `<cache>/downloads/<first 32 hex digits of its
/// SHA-256>/`, holding the file under the URL's last path component (so its extension still
/// tells the format) and `meta.json` (`url`, `etag`, `last_modified`, `sha256`).
struct RemoteOntology {
  /// The URL without the fragment.
  let url: String
  /// The lowercase hex SHA-256 the file must have, from `#sha256=…`.
  let expectedDigest: String?
  let folder: String
  let file: String

  /// What `meta.json` records about the cached copy.
  struct Meta: Codable {
    var url: String
    var etag: String?
    var lastModified: String?
    var sha256: String

    enum CodingKeys: String, CodingKey {
      case url, etag, sha256
      case lastModified = "last_modified"
    }
  }

  /// `true` for an `http://` or `https://` argument.
  static func isURL(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("https://") || lower.hasPrefix("http://")
  }

  /// Parses `URL[#sha256=HEX]` and places its cache under `cacheFolder`.
  ///
  /// - Throws: ``OntologyError`` `unsupportedFormat` for a fragment that is not `sha256=` and
  ///   64 hex digits.
  init(_ argument: String, cacheFolder: String) throws {
    let parts = argument.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    url = String(parts[0])
    if parts.count == 2 {
      let fragment = parts[1].lowercased()
      let digest = fragment.hasPrefix("sha256=") ? String(fragment.dropFirst(7)) : ""
      guard digest.count == 64, digest.allSatisfy(\.isHexDigit) else {
        throw OntologyError(
          .unsupportedFormat, file: argument, "the URL fragment must be #sha256= and 64 hex digits",
          hint: "write e.g. https://example.org/so.owl#sha256=<the release's sha256sum>")
      }
      expectedDigest = digest
    } else {
      expectedDigest = nil
    }
    let key = SHA256.hash(Array(url.utf8)).hex.prefix(32)
    folder = (cacheFolder as NSString).appendingPathComponent("downloads/\(key)")
    let last = URL(string: url)?.lastPathComponent ?? ""
    let name = last.isEmpty || last == "/" ? "download" : last
    file = (folder as NSString).appendingPathComponent(name)
  }

  private var metaPath: String { (folder as NSString).appendingPathComponent("meta.json") }

  /// The cached copy's record, when there is a copy and it is the one the URL asks for.
  private func cachedMeta() -> Meta? {
    guard FileManager.default.fileExists(atPath: file),
      let data = FileManager.default.contents(atPath: metaPath),
      let meta = try? JSONDecoder().decode(Meta.self, from: data), meta.url == url
    else { return nil }
    if let expectedDigest, meta.sha256 != expectedDigest { return nil }
    return meta
  }

  /// The path of an up-to-date local copy, downloading or revalidating as needed.
  ///
  /// - Parameter offline: use the cached copy without asking the server.
  /// - Parameter warn: receives warnings (a stale copy used because the server is unreachable).
  /// - Throws: ``OntologyError`` for an HTTP error without a cached copy, or a SHA-256
  ///   mismatch; ``FormatError`` `.network` when the server cannot be reached and nothing is
  ///   cached.
  func localPath(offline: Bool, warn: (String) -> Void) throws -> String {
    let cached = cachedMeta()
    if offline {
      guard cached != nil else {
        throw OntologyError(
          .downloadFailed, file: url, "no cached copy of this URL and --offline was given",
          hint: "run once without --offline to download it")
      }
      return file
    }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let partial = file + ".\(ProcessInfo.processInfo.processIdentifier).partial"  // one per process
    defer { try? FileManager.default.removeItem(atPath: partial) }
    let answer: HTTPDownload.Answer
    do {
      answer = try HTTPDownload.fetch(
        url, to: partial, ifNoneMatch: cached?.etag, ifModifiedSince: cached?.lastModified)
    } catch {
      guard cached != nil else { throw error }
      warn("cannot reach \(url) (\(error)); using the cached copy \(file)")
      return file
    }
    if answer.status == 304, cached != nil { return file }
    guard answer.status == 200 else {
      if answer.status >= 500, cached != nil {
        warn("\(url) answered HTTP \(answer.status); using the cached copy \(file)")
        return file
      }
      throw OntologyError(
        .downloadFailed, file: url, "the server answered HTTP \(answer.status)",
        hint: answer.status == 404 ? "check the URL; releases often move to a dated path" : nil)
    }
    let digest = SHA256.hash(fileAt: partial)?.hex ?? ""
    if let expectedDigest, digest != expectedDigest {
      throw OntologyError(
        .checksumMismatch, file: url, "the download's sha256 is \(digest), not \(expectedDigest)",
        hint: "the release changed or the transfer was corrupted; the file was not kept")
    }
    let meta = Meta(url: url, etag: answer.etag, lastModified: answer.lastModified, sha256: digest)
    try? FileManager.default.removeItem(atPath: metaPath)  // no record while the file changes
    guard rename(partial, file) == 0 else {
      throw OntologyError(.unreadable, file: file, "cannot move the download into the cache")
    }
    try JSONEncoder().encode(meta).write(to: URL(fileURLWithPath: metaPath), options: .atomic)
    return file
  }
}
