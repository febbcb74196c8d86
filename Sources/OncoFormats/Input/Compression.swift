/// How a file's bytes are compressed, as told by its first bytes (never by its name).
public enum Compression: String, Sendable, Hashable, Codable {
  case none
  /// A gzip stream (one or more members).
  case gzip
  /// Blocked gzip as written by `bgzip`: gzip members of at most 64 KiB with a `BC` extra field.
  case bgzf

  /// Recognises gzip by its magic bytes and BGZF by the `BC` subfield of the first member.
  static func sniff(_ head: [UInt8]) -> Compression {
    guard head.count >= 2, head[0] == 0x1F, head[1] == 0x8B else { return .none }
    // FEXTRA flag, XLEN ≥ 6, subfield id 'B' 'C' with length 2 (SAM/BAM specification §4.1).
    if head.count >= 16, head[3] & 0x04 != 0, head[12] == 0x42, head[13] == 0x43 {
      return .bgzf
    }
    return .gzip
  }
}
