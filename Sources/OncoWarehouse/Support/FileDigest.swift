import Foundation
import OncoModel
import OncoOntology

/// The SHA-256, size and line count of one input file, read in one streaming pass.
struct FileDigest: Sendable, Hashable {
  var path: String
  var sha256: String
  var size: Int
  /// Newline bytes in the file as stored (compressed files count compressed bytes, so
  /// the figure only serves progress estimates of plain files).
  var lines: Int

  /// Hashes the file at `path` in 1 MiB chunks, in constant memory; without `hashing`, only
  /// measures it (size and lines, `sha256` empty), which takes a fraction of the time.
  ///
  /// ``SHA256`` hashes with swift-crypto's assembly rounds; an import hashes its inputs on a
  /// thread of their own (``BackgroundDigests``).
  static func compute(path: String, hashing: Bool = true) throws -> FileDigest {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw WarehouseError(
        .unreadableInput, at: TextLocation(file: path), "cannot open the file to hash it",
        hint: "check that it exists and is readable")
    }
    defer { try? handle.close() }
    var hasher = SHA256()
    var size = 0
    var lines = 0
    while true {
      let chunk: Data
      do {
        chunk = try handle.read(upToCount: 1 << 20) ?? Data()
      } catch {
        throw WarehouseError(
          .unreadableInput, at: TextLocation(file: path), "reading failed: \(error)")
      }
      if chunk.isEmpty { break }
      size += chunk.count
      chunk.withUnsafeBytes { bytes in
        if hashing { hasher.update(bytes) }
        lines += Self.newlines(in: bytes)
      }
    }
    return FileDigest(path: path, sha256: hashing ? hasher.finalize().hex : "", size: size, lines: lines)
  }

  /// The newline bytes in `bytes`, found with `memchr` (vectorised in libc) rather than byte by byte.
  static func newlines(in bytes: UnsafeRawBufferPointer) -> Int {
    guard var cursor = bytes.baseAddress else { return 0 }
    let end = cursor + bytes.count
    var count = 0
    while cursor < end, let found = memchr(cursor, 0x0A, end - cursor) {
      count += 1
      cursor = UnsafeRawPointer(found) + 1
    }
    return count
  }

  /// The regular files named by `paths`, folders listed recursively in name order (hidden
  /// files left out), each hashed (or only measured, without `hashing`); URLs are left out.
  static func inputs(_ paths: [String], hashing: Bool = true) throws -> [FileDigest] {
    var files: [String] = []
    for path in paths where !path.contains("://") {  // a server (fhir+https://…) has no file to hash
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw WarehouseError(
          .unreadableInput, at: TextLocation(file: path), "no such file or folder",
          hint: "check the path")
      }
      if !isDirectory.boolValue {
        files.append(path)
        continue
      }
      let base = path.hasSuffix("/") ? String(path.dropLast()) : path
      let enumerator = FileManager.default.enumerator(atPath: base)
      var found: [String] = []
      while let relative = enumerator?.nextObject() as? String {
        if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
        let full = base + "/" + relative
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
          found.append(full)
        }
      }
      files += found.sorted()
    }
    // A file named twice (a folder and a mapping inside it) is one input, hashed and listed once.
    var seen = Set<String>()
    files = files.filter { seen.insert(($0 as NSString).standardizingPath).inserted }
    return try files.map { try compute(path: $0, hashing: hashing) }
  }
}
