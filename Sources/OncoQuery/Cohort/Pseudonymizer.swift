import Crypto
import Foundation

/// Replaces patient identifiers by a keyed HMAC-SHA256 of source and identifier, so that
/// patient-level output can leave the site without the identifiers it holds.
///
/// The same key gives the same pseudonym in every run; without the key a pseudonym cannot be
/// traced back, nor recomputed from a guessed identifier. The message is the source name, a
/// unit separator (U+001F) and the patient id, so `("a", "bc")` and `("ab", "c")` differ.
public struct Pseudonymizer: Sendable {
  // The bytes, not a SymmetricKey, which is not Sendable.
  private let key: [UInt8]

  /// The shortest key accepted, in bytes (128 bits).
  public static let minimumKeyBytes = 16

  /// Creates a pseudonymiser from the key's bytes (a trailing line break is not part of it).
  /// - Throws: ``CohortBuildError`` with code `invalidKey` when the key is shorter than
  ///   ``minimumKeyBytes``.
  public init(key: some Collection<UInt8>) throws {
    var bytes = Array(key)
    while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
    guard bytes.count >= Self.minimumKeyBytes else {
      throw CohortBuildError(
        .invalidKey,
        "the pseudonymisation key has \(bytes.count) bytes; at least \(Self.minimumKeyBytes) are needed",
        hint: "make one with `head -c 32 /dev/urandom | base64 > key.txt` and keep it secret")
    }
    self.key = bytes
  }

  /// The pseudonym of a patient: 64 lowercase hexadecimal digits.
  public func pseudonym(source: String, patientID: String) -> String {
    let message = Array(source.utf8) + [0x1F] + Array(patientID.utf8)
    let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
    return code.map { String(format: "%02x", $0) }.joined()
  }
}
