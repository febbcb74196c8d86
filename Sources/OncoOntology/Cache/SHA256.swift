import Crypto

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// SHA-256 (FIPS 180-4), to tell whether an input file changed since it was imported or cached
/// and to check a download against a published digest; the project's one way to hash.
///
/// The rounds are swift-crypto's (BoringSSL's assembly, SHA extensions where the CPU has them:
/// ≈ 0.2 s for a 259 MB MAF where a plain-Swift loop took ≈ 1.5 s); this type keeps the small
/// API the modules use, with a hexadecimal digest. Feed bytes with ``update(_:)``, then read
/// ``finalize()``:
///
///     var hash = SHA256()
///     hash.update(Array("abc".utf8))
///     hash.finalize().hex  // "ba7816bf…"
/// Not `Sendable`: swift-crypto's hasher, which it holds, is not marked so on Linux (a
/// ``Digest`` is).
public struct SHA256 {
  /// A finished 32-byte digest.
  public struct Digest: Sendable, Hashable, CustomStringConvertible {
    /// The 32 bytes, most significant first.
    public let bytes: [UInt8]

    /// The digest as 64 lowercase hexadecimal digits.
    public var hex: String {
      let digits = Array("0123456789abcdef".utf8)
      var text: [UInt8] = []
      text.reserveCapacity(64)
      for byte in bytes {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 15)])
      }
      return String(decoding: text, as: UTF8.self)
    }

    public var description: String { hex }
  }

  private var hasher = Crypto.SHA256()

  /// Starts an empty message.
  public init() {}

  /// The digest of `bytes`.
  public static func hash(_ bytes: some Collection<UInt8>) -> Digest {
    var hash = SHA256()
    hash.update(Array(bytes))
    return hash.finalize()
  }

  /// The digest of the file at `path`, read in 1 MiB chunks; `nil` when it cannot be read.
  public static func hash(fileAt path: String) -> Digest? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var hash = SHA256()
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count > 0 { buffer.withUnsafeBytes { hash.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) } }
      if count < buffer.count { break }
    }
    return ferror(file) == 0 ? hash.finalize() : nil
  }

  /// Adds bytes to the message.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// Adds bytes to the message.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    hasher.update(bufferPointer: bytes)
  }

  /// Returns the digest of the message.
  public consuming func finalize() -> Digest {
    Digest(bytes: Array(hasher.finalize()))
  }
}
