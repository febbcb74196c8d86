import Foundation
import OncoOntology
import Testing

/// Test vectors from FIPS 180-4's examples (NIST "SHA256.pdf", "SHA2_Additional.pdf").
@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func matchesTheStandardVectors(message: String, digest: String) {
    #expect(SHA256.hash(Array(message.utf8)).hex == digest)
  }

  @Test func hashesOneMillionAsFedInUnevenChunks() {
    var hash = SHA256()
    var left = 1_000_000
    var size = 1
    while left > 0 {
      let take = min(size, left)
      hash.update([UInt8](repeating: UInt8(ascii: "a"), count: take))
      left -= take
      size = size * 3 % 997 + 1
    }
    #expect(hash.finalize().hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func hashesAFileLikeItsBytes() throws {
    let path = NSTemporaryDirectory() + "sha256-\(UUID().uuidString).txt"
    defer { try? FileManager.default.removeItem(atPath: path) }
    // 55, 56 and 64-byte messages straddle the padding boundary; `sha256sum` agrees.
    try Data(String(repeating: "a", count: 56).utf8).write(to: URL(fileURLWithPath: path))
    #expect(
      SHA256.hash(fileAt: path)?.hex == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    #expect(SHA256.hash(fileAt: path + ".missing") == nil)
  }
}
