import Foundation
import OncoFormats
import OncoTestSupport
import Testing

@Suite struct LineReaderTests {
  private func readAll(_ path: String) throws -> [String] {
    let reader = try LineReader(path: path, bufferSize: 64)
    var lines: [String] = []
    while let line = try reader.nextLine() { lines.append(line) }
    return lines
  }

  private func write(_ bytes: [UInt8], name: String) throws -> String {
    let url = try Fixtures.temporaryDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  private func gzip(_ text: String, name: String, bgzip: Bool = false) throws -> String {
    let directory = try Fixtures.temporaryDirectory()
    let plain = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: plain)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    let tool = bgzip ? "bgzip -f" : "gzip -f"
    process.arguments = ["-c", "\(tool) '\(plain.path)'"]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return plain.path + ".gz"
  }

  @Test func splitsLinesAndDropsCarriageReturns() throws {
    let path = try write(Array("a\r\nbb\n\nlast".utf8), name: "crlf.txt")
    #expect(try readAll(path) == ["a", "bb", "", "last"])
  }

  @Test func growsTheBufferForLongLines() throws {
    let long = String(repeating: "x", count: 10_000)
    let path = try write(Array("\(long)\nshort\n".utf8), name: "long.txt")
    #expect(try readAll(path) == [long, "short"])
  }

  @Test func emptyFileHasNoLines() throws {
    let path = try write([], name: "empty.txt")
    let reader = try LineReader(path: path)
    #expect(reader.compression == Compression.none)
    #expect(try reader.nextLine() == nil)
  }

  @Test func readsGzipAndConcatenatedMembers() throws {
    let text = (1...5000).map { "line \($0)" }.joined(separator: "\n") + "\n"
    let path = try gzip(text, name: "lines.txt")
    let reader = try LineReader(path: path, bufferSize: 100)
    #expect(reader.compression == .gzip)
    var count = 0
    while let line = try reader.nextLine() {
      count += 1
      #expect(line == "line \(count)")
    }
    #expect(count == 5000)
    // Two members one after the other, as `cat a.gz b.gz` makes.
    let second = try gzip("line 5001\n", name: "more.txt")
    var joined = try Data(contentsOf: URL(fileURLWithPath: path))
    joined.append(try Data(contentsOf: URL(fileURLWithPath: second)))
    let joinedPath = try write(Array(joined), name: "joined.txt.gz")
    #expect(try readAll(joinedPath).count == 5001)
  }

  @Test func readsTheSharedBGZFFile() throws {
    let path = Fixtures.shared("vcf2maf/test_b38.gnomad.exomes.r2.1.1.sites.vcf.gz")
    let reader = try LineReader(path: path)
    #expect(reader.compression == .bgzf)
    let first = try reader.nextLine()
    #expect(first?.hasPrefix("##fileformat=VCF") == true)
  }

  @Test func truncatedGzipIsAnError() throws {
    let text = (1...20000).map { "record \($0) with some text" }.joined(separator: "\n")
    let path = try gzip(text, name: "big.txt")
    let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
    let truncated = try write(Array(bytes.prefix(bytes.count / 2)), name: "cut.txt.gz")
    let error = #expect(throws: FormatError.self) { try readAll(truncated) }
    #expect(error?.code == .truncatedCompression)
    #expect(error?.location.file == truncated)
  }

  @Test func corruptGzipIsAnError() throws {
    var bytes: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03]
    bytes += Array(repeating: 0xFF, count: 64)
    let path = try write(bytes, name: "corrupt.gz")
    let error = #expect(throws: FormatError.self) { try readAll(path) }
    #expect(error?.code == .corruptCompression)
  }

  @Test func missingFileNamesThePath() {
    let error = #expect(throws: FormatError.self) { try LineReader(path: "/nonexistent/x.vcf") }
    #expect(error?.code == .fileNotFound)
    #expect(error?.description.hasPrefix("/nonexistent/x.vcf: error: cannot open file") == true)
  }
}
