import Foundation

extension OntologyCache {
  /// What a cache file's header says about its source.
  enum Decoded {
    /// The stamp matches and the payload decoded.
    case valid(OntologyFile)
    /// The payload is intact but the stamp differs: valid only if the source's hash matches.
    case stale(digest: [UInt8], payload: [UInt8])
    /// Not a usable cache file, for this reason.
    case invalid(String)
  }

  /// The header for a payload (see the table on ``OntologyCache``).
  static func header(stamp: SourceStamp, digest: SHA256.Digest, payload: [UInt8]) -> [UInt8] {
    var writer = BinaryWriter()
    for byte in magic { writer.integer(byte) }
    writer.integer(formatVersion)
    writer.integer(UInt64(stamp.size))
    writer.integer(stamp.modified)
    for byte in digest.bytes { writer.integer(byte) }
    writer.integer(UInt64(payload.count))
    writer.integer(checksum(payload[...]))
    return writer.bytes
  }

  /// Checks a cache file's header and checksum, and decodes it when its stamp matches.
  static func decode(_ data: Data, source: String, stamp: SourceStamp) -> Decoded {
    data.withUnsafeBytes { bytes in
      var reader = BinaryReader(bytes)
      do {
        guard try reader.raw(magic.count) == magic else { return .invalid("not an ontology cache file") }
        let version: UInt32 = try reader.integer()
        guard version == formatVersion else {
          return .invalid("format version \(version), expected \(formatVersion)")
        }
        let stored = SourceStamp(
          size: Int(truncatingIfNeeded: try reader.integer(UInt64.self)), modified: try reader.integer())
        let digest = try reader.raw(32)
        let length: UInt64 = try reader.integer()
        let sum: UInt64 = try reader.integer()
        guard length == UInt64(bytes.count - reader.offset) else {
          return .invalid("truncated: length does not match")
        }
        let payload = UnsafeRawBufferPointer(rebasing: bytes[reader.offset...])
        guard checksum(payload) == sum else { return .invalid("checksum mismatch") }
        guard stored == stamp else { return .stale(digest: digest, payload: Array(payload)) }
        var body = BinaryReader(payload)
        let file = try OntologyFile.decodeTerms(&body, path: source)
        return body.isAtEnd ? .valid(file) : .invalid("trailing bytes after the terms")
      } catch {
        return .invalid("truncated or corrupt")
      }
    }
  }

  /// Decodes a payload already checked by ``decode(_:source:stamp:)``.
  static func decodePayload(_ payload: [UInt8], path: String) -> OntologyFile? {
    payload.withUnsafeBytes { bytes in
      var reader = BinaryReader(bytes)
      guard let file = try? OntologyFile.decodeTerms(&reader, path: path), reader.isAtEnd else { return nil }
      return file
    }
  }

  /// FNV-1a, 64 bits, eight bytes at a time: catches the bit rot and truncation a cache can
  /// suffer, cheaply (it is not a defence against tampering, which the source hash covers).
  static func checksum(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
