import Foundation
import OncoFormats
import OncoTestSupport
import Testing

/// BGZF blocks are inflated on a second thread: order, completeness and clear errors.
@Suite struct BGZFTests {
  private func bgzip(_ text: String, name: String) throws -> [UInt8] {
    let plain = try Fixtures.temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: plain)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "bgzip -f '\(plain.path)'"]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return try Array(Data(contentsOf: URL(fileURLWithPath: plain.path + ".gz")))
  }

  private func write(_ bytes: [UInt8], name: String) throws -> String {
    let url = try Fixtures.temporaryDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  private func readAll(_ path: String) throws -> [String] {
    let reader = try LineReader(path: path, bufferSize: 1000)
    var lines: [String] = []
    while let line = try reader.nextLine() { lines.append(line) }
    return lines
  }

  /// Offsets of the blocks, from each block's BSIZE field (bytes 16–17).
  private func blockOffsets(_ bytes: [UInt8]) -> [Int] {
    var offsets: [Int] = []
    var offset = 0
    while offset + 18 <= bytes.count {
      offsets.append(offset)
      offset += (Int(bytes[offset + 16]) | Int(bytes[offset + 17]) << 8) + 1
    }
    return offsets
  }

  // About 3 MB: some 50 blocks, several batches of the worker.
  private let text =
    (1...150_000).map { "line \($0) \(String(repeating: "x", count: $0 % 13))" }
    .joined(separator: "\n") + "\n"

  @Test func manyBlocksComeBackInOrder() throws {
    let bytes = try bgzip(text, name: "many.txt")
    #expect(blockOffsets(bytes).count > 20)
    let path = try write(bytes, name: "many.txt.gz")
    let reader = try LineReader(path: path)
    #expect(reader.compression == .bgzf)
    #expect(try readAll(path) == text.split(separator: "\n").map(String.init))
  }

  @Test func readerDroppedEarlyStopsTheWorker() throws {
    let path = try write(try bgzip(text, name: "early.txt"), name: "early.txt.gz")
    for _ in 0..<20 {
      let reader = try LineReader(path: path)
      #expect(try reader.nextLine() == "line 1 x")
    }
  }

  @Test func badCRCIsCorruptAfterTheBlocksBeforeIt() throws {
    var bytes = try bgzip(text, name: "crc.txt")
    let offsets = blockOffsets(bytes)
    let third = offsets[2]
    let crcOffset = offsets[3] - 8
    bytes[crcOffset] ^= 0xFF
    let reader = try LineReader(path: try write(bytes, name: "crc.txt.gz"))
    var lines = 0
    let error = #expect(throws: FormatError.self) {
      while try reader.nextLine() != nil { lines += 1 }
    }
    #expect(error?.code == .corruptCompression)
    #expect(error?.message.contains("at byte \(third)") == true)
    #expect(lines > 0)
  }

  @Test func memberWithoutBlockSizeIsCorrupt() throws {
    var bytes = try bgzip("a\nb\n", name: "plain-member.txt")
    // A plain gzip member (no extra field) after the BGZF blocks.
    bytes += [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]
    let error = #expect(throws: FormatError.self) { try readAll(try write(bytes, name: "mixed.gz")) }
    #expect(error?.code == .corruptCompression)
  }

  @Test func cutInsideABlockHeaderIsTruncated() throws {
    let bytes = try bgzip(text, name: "cut.txt")
    let offsets = blockOffsets(bytes)
    let path = try write(Array(bytes.prefix(offsets[5] + 10)), name: "cut.txt.gz")
    let error = #expect(throws: FormatError.self) { try readAll(path) }
    #expect(error?.code == .truncatedCompression)
    #expect(error?.location.file == path)
  }
}
