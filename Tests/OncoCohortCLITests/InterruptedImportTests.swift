import Foundation
import OncoTestSupport
import Testing

/// An import killed with SIGKILL in the middle of its transaction leaves the warehouse as it was.
@Suite struct InterruptedImportTests {
  /// Writes a MAF of `rows` rows (the columns of the quick-start MAF, one sample per 50 rows).
  static func writeLargeMAF(to url: URL, rows: Int) throws {
    var text =
      "Hugo_Symbol\tChromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\t"
      + "Tumor_Sample_Barcode\tVariant_Classification\tHGVSp_Short\tt_ref_count\tt_alt_count\n"
    FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    for row in 0..<rows {
      text +=
        "KRAS\tchr12\t\(25_245_351 + row % 1000)\tC\tA\tS\(row / 50)\tMissense_Mutation\tp.G12C\t\(100 + row % 7)\t\(20 + row % 5)\n"
      if text.utf8.count > 1 << 20 {
        try handle.write(contentsOf: Data(text.utf8))
        text = ""
      }
    }
    try handle.write(contentsOf: Data(text.utf8))
  }

  @Test func aKilledImportLeavesTheWarehouseUnchanged() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "oncokill-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let warehouse = folder.appendingPathComponent("w.sqlite").path
    let small = Fixtures.local("OncoCohortCLITests", "quickstart/industry/variants.maf")
    #expect(try CLI.run(["import", small, "--warehouse", warehouse]).status == 0)
    let before = try CLI.run(["summary", "--warehouse", warehouse, "--format", "json"])
    #expect(before.status == 0)

    let big = folder.appendingPathComponent("big.maf")
    try Self.writeLargeMAF(to: big, rows: 150_000)
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments = ["import", big.path, "--warehouse", warehouse]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Wait until the import is inside its transaction (SQLite's rollback journal exists) and has
    // been writing for a while, or the database file has grown, then kill it without warning.
    let journal = warehouse + "-journal"
    let sizeBefore = try FileManager.default.attributesOfItem(atPath: warehouse)[.size] as? Int ?? 0
    let deadline = Date().addingTimeInterval(300)
    var journalSeen: Date?
    var writing = false
    while Date() < deadline, process.isRunning {
      let size = (try? FileManager.default.attributesOfItem(atPath: warehouse)[.size] as? Int) ?? 0
      if journalSeen == nil, FileManager.default.fileExists(atPath: journal) { journalSeen = Date() }
      if let journalSeen, size > sizeBefore || Date().timeIntervalSince(journalSeen) > 2 {
        writing = true
        break
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(writing, "the import finished or never started writing before it could be killed")
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(FileManager.default.fileExists(atPath: journal), "a hot journal should be left behind")

    let after = try CLI.run(["summary", "--warehouse", warehouse, "--format", "json"])
    #expect(after.status == 0)
    #expect(after.stdout == before.stdout)
    // The warehouse takes new imports again: the interrupted source is absent and imports anew.
    let again = try CLI.run(["import", small, "--warehouse", warehouse, "--format", "json"])
    #expect(again.status == 0)
    #expect(again.stdout.contains("\"skipped\" : true"))
  }
}

/// The progress bar: drawn on a terminal for a file that takes more than a second, never in a pipe.
@Suite struct ImportProgressTests {
  @Test func progressIsDrawnOnATerminalOnly() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "oncoprogress-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let big = folder.appendingPathComponent("big.maf")
    // The bar appears once a file has run for a second: the file must take several seconds to
    // import even on an idle machine (≈ 100k records per second since the reader has its thread).
    try InterruptedImportTests.writeLargeMAF(to: big, rows: 400_000)

    // In a pipe: no progress at all.
    let piped = try CLI.run([
      "import", big.path, "--warehouse", folder.appendingPathComponent("a.sqlite").path,
    ])
    #expect(piped.status == 0)
    #expect(!piped.stderr.contains("records"))

    // On a pseudo-terminal (util-linux `script`): the bar shows the file and a record count.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    let command = [
      CLI.executable.path, "import", big.path, "--warehouse", folder.appendingPathComponent("b.sqlite").path,
    ]
    process.arguments = ["-qec", command.joined(separator: " "), "/dev/null"]
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(text.contains("\rbig.maf ["))
    #expect(text.contains("% "))
    #expect(text.contains(" records"))
  }
}
