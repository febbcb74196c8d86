import Foundation
import GRDB
import OncoTestSupport
import Testing

/// Imports killed at random points, run two at once, read during, and cut short by a full disk:
/// the warehouse always opens, passes `PRAGMA integrity_check`, and holds all or none of a source.
///
/// Serialized: each test times child processes, and they would slow each other down.
@Suite(.serialized) struct ConcurrentImportTests {
  /// What a warehouse holds, by table, for the all-or-none comparisons.
  struct Counts: Equatable, CustomStringConvertible {
    var sources: Int
    var patients: Int
    var samples: Int
    var alterations: Int
    var files: Int
    var description: String {
      "\(sources) sources, \(patients) patients, \(samples) samples, \(alterations) alterations, \(files) files"
    }
  }

  /// Opens `path` read-write (so a hot journal is rolled back), checks its integrity, counts.
  static func check(_ path: String) throws -> Counts {
    let queue = try DatabaseQueue(path: path)
    return try queue.write { db in
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      #expect(integrity == ["ok"], "\(integrity)")
      func count(_ table: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1
      }
      return Counts(
        sources: try count("sources"), patients: try count("patients"), samples: try count("samples"),
        alterations: try count("alterations"), files: try count("files"))
    }
  }

  /// A scratch folder holding a base warehouse (SampleData's industry MAF) and a generated MAF.
  struct Scene {
    let folder: URL
    let base: String
    let big: String

    init(rows: Int) throws {
      folder = try Fixtures.temporaryDirectory()
      base = folder.appendingPathComponent("base.sqlite").path
      big = folder.appendingPathComponent("big.maf").path
      try InterruptedImportTests.writeLargeMAF(to: URL(fileURLWithPath: big), rows: rows)
      let sample = Fixtures.packageRoot.appendingPathComponent("SampleData/industry/variants.maf").path
      let result = try CLI.run(["import", sample, "--warehouse", base, "--quiet"])
      #expect(result.status == 0, "\(result.stderr)")
    }

    /// A fresh copy of the base warehouse named `name`.
    func copy(_ name: String) throws -> String {
      let path = folder.appendingPathComponent(name).path
      try? FileManager.default.removeItem(atPath: path)
      try FileManager.default.copyItem(atPath: base, toPath: path)
      return path
    }

    /// Starts `oncocohort arguments…` with its output discarded.
    func start(_ arguments: [String], errors: Pipe? = nil) throws -> Process {
      let process = Process()
      process.executableURL = CLI.executable
      process.arguments = arguments
      process.standardOutput = FileHandle.nullDevice
      process.standardError = errors ?? FileHandle.nullDevice
      try process.run()
      return process
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  /// 20 imports killed with SIGKILL after a seeded random delay, uniform over the time a whole
  /// import takes: each leaves the base state or the complete reference state.
  @Test func importKilledAtRandomPointsIsAllOrNone() throws {
    let scene = try Scene(rows: 2_500)
    defer { scene.remove() }
    let before = try Self.check(scene.base)
    let reference = try scene.copy("reference.sqlite")
    let clock = ContinuousClock()
    let start = clock.now
    let full = try CLI.run(["import", scene.big, "--warehouse", reference, "--quiet"])
    let duration = clock.now - start
    #expect(full.status == 0, "\(full.stderr)")
    let after = try Self.check(reference)
    #expect(after.alterations == before.alterations + 2_500)

    var generator = SeededGenerator(seed: 20)
    var outcomes: [String: Int] = [:]
    var insideTransaction = 0
    let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    for round in 0..<20 {
      let warehouse = try scene.copy("killed.sqlite")
      let delay = Double.random(in: 0...(seconds * 1.1), using: &generator)
      let process = try scene.start(["import", scene.big, "--warehouse", warehouse])
      Thread.sleep(forTimeInterval: delay)
      if FileManager.default.fileExists(atPath: warehouse + "-journal") { insideTransaction += 1 }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let counts = try Self.check(warehouse)
      #expect(counts == before || counts == after, "round \(round), killed after \(delay) s: \(counts)")
      outcomes[counts == before ? "none" : "all", default: 0] += 1
    }
    #expect(insideTransaction > 0, "no kill landed inside the import's transaction: \(outcomes)")
  }

  /// Two imports of different sources at once: the second waits for the first (busy timeout)
  /// or fails with a message that says the warehouse is busy; neither corrupts it.
  @Test func twoImportsAtOnce() throws {
    let scene = try Scene(rows: 3_000)
    defer { scene.remove() }
    let before = try Self.check(scene.base)
    let warehouse = try scene.copy("both.sqlite")
    let second = scene.folder.appendingPathComponent("other.maf").path
    try FileManager.default.copyItem(atPath: scene.big, toPath: second)
    let pipes = [Pipe(), Pipe()]
    let processes = try [scene.big, second].enumerated().map { index, path in
      try scene.start(["import", path, "--warehouse", warehouse, "--quiet"], errors: pipes[index])
    }
    let messages = pipes.map {
      String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
    for process in processes { process.waitUntilExit() }
    let counts = try Self.check(warehouse)
    let succeeded = processes.filter { $0.terminationStatus == 0 }.count
    #expect(succeeded >= 1, "\(messages)")
    #expect(counts.sources == before.sources + succeeded)
    #expect(counts.alterations == before.alterations + 3_000 * succeeded)
    for (process, message) in zip(processes, messages) where process.terminationStatus != 0 {
      #expect(process.terminationStatus == 1)
      #expect(message.contains("locked") || message.contains("busy"), "\(message)")
      #expect(message.contains(warehouse))
    }
  }

  /// `summary` run again and again during an import sees the state before it or after it.
  @Test func readsDuringAnImportSeeBeforeOrAfter() throws {
    let scene = try Scene(rows: 3_000)
    defer { scene.remove() }
    let reference = try scene.copy("reference.sqlite")
    let summary = { (path: String) throws -> String in
      let result = try CLI.run(["summary", "--warehouse", path, "--format", "json"])
      #expect(result.status == 0, "\(result.stderr)")
      return result.stdout
    }
    let before = try summary(reference)
    #expect(try CLI.run(["import", scene.big, "--warehouse", reference, "--quiet"]).status == 0)
    let after = try summary(reference)
    #expect(before != after)

    let warehouse = try scene.copy("read.sqlite")
    let process = try scene.start(["import", scene.big, "--warehouse", warehouse, "--quiet"])
    var reads = 0
    var sawBefore = false
    while process.isRunning {
      let seen = try summary(warehouse).replacingOccurrences(of: warehouse, with: reference)
      #expect(seen == before || seen == after, "a read saw a partial import")
      if seen == before { sawBefore = true }
      reads += 1
    }
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(try summary(warehouse).replacingOccurrences(of: warehouse, with: reference) == after)
    #expect(reads > 0 && sawBefore, "no read ran during the import")
  }

  /// A file-size limit (`ulimit -f`, SIGXFSZ ignored so the write fails with EFBIG) stands for a
  /// full disk: the import fails with a message naming the warehouse, which is left unchanged.
  @Test func fullDiskLeavesTheWarehouseUnchanged() throws {
    let scene = try Scene(rows: 8_000)
    defer { scene.remove() }
    let warehouse = try scene.copy("full.sqlite")
    let before = try Self.check(warehouse)
    let size = try FileManager.default.attributesOfItem(atPath: warehouse)[.size] as? Int ?? 0
    // Room for the warehouse and 512 KB more, in 1024-byte blocks; the import needs several MB.
    let blocks = size / 1024 + 512
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "-c", "trap '' XFSZ; ulimit -f \(blocks); exec \"$0\" \"$@\"", CLI.executable.path,
      "import", scene.big, "--warehouse", warehouse,
    ]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit, "killed by a signal: SIGXFSZ was not ignored")
    #expect(process.terminationStatus == 1, "\(message)")
    #expect(message.contains("\(warehouse): error:"), "\(message)")
    #expect(message.contains("I/O error") || message.contains("full"), "\(message)")
    #expect(message.contains("hint: the disk may be full or a file-size limit reached"))
    #expect(try Self.check(warehouse) == before)
  }
}
