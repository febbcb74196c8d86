import Foundation
import OncoTestSupport
import Testing

/// The generator's output is the same bytes on every run, and the committed SampleData is
/// exactly what it writes.
@Suite struct SampleDataGeneratorTests {
  /// Every regular file under `root`, by relative path.
  func files(_ root: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
    while let url = enumerator?.nextObject() as? URL {
      guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
      let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
      result[relative] = try Data(contentsOf: url)
    }
    return result
  }

  func generate(_ arguments: [String]) throws -> URL {
    let folder = try Fixtures.temporaryDirectory()
    let process = Process()
    process.executableURL = SampleDataFixture.generator
    process.arguments = [folder.path] + arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return folder
  }

  @Test func reducedRunsAreByteIdentical() throws {
    let first = try files(generate(["--patients", "80"]))
    let second = try files(generate(["--patients", "80"]))
    #expect(first.count > 20)
    #expect(first.keys.sorted() == second.keys.sorted())
    for (path, data) in first { #expect(second[path] == data, "\(path) differs between runs") }
    // Another seed gives other data: the output depends on the seed, not on a constant.
    let other = try files(generate(["--patients", "80", "--seed", "7"]))
    #expect(other["registry/data_clinical_patient.txt"] != first["registry/data_clinical_patient.txt"])
  }

  @Test func committedSampleDataIsWhatTheGeneratorWrites() throws {
    let fresh = try files(generate([]))
    let committed = try files(URL(fileURLWithPath: SampleDataFixture.root)).filter { path, _ in
      ["registry/", "hospital/", "industry/"].contains { path.hasPrefix($0) }
    }
    #expect(fresh.keys.sorted() == committed.keys.sorted())
    for (path, data) in fresh {
      #expect(committed[path] == data, "SampleData/\(path) is not what the generator writes")
    }
  }

  @Test func hospitalVCFsAreBGZFWithTheEOFBlock() throws {
    let folder = try generate(["--patients", "30"])
    let vcf = folder.appendingPathComponent("hospital/vcf/HOP-99999-T.vcf.gz")
    let bytes = [UInt8](try Data(contentsOf: vcf))
    // BGZF: gzip with FEXTRA and the 'BC' subfield; the file ends with the 28-byte EOF block.
    #expect(Array(bytes.prefix(4)) == [0x1f, 0x8b, 0x08, 0x04])
    #expect(bytes[12] == 0x42 && bytes[13] == 0x43)
    #expect(
      Array(bytes.suffix(28).prefix(16)) == [
        0x1f, 0x8b, 0x08, 0x04, 0, 0, 0, 0, 0, 0xff, 0x06, 0, 0x42, 0x43, 0x02, 0,
      ])
    let blockSize = Int(bytes[16]) | Int(bytes[17]) << 8
    #expect(blockSize + 1 + 28 == bytes.count)  // one data block, then EOF
  }
}
