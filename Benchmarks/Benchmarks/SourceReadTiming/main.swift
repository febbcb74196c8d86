// The reader half of an import, timed alone: `SourceReadTiming [--mapping MAPPING.yaml] PATH…`
// reads each source as `oncocohort import` would (`SourceFiles.reader`), with no warehouse, and
// prints per-kind record counts, a digest of the records and the reading time to stderr.
//
// With `--digest` every record is hashed into a digest (run with `SWIFT_DETERMINISTIC_HASHING=1`
// to compare two builds); without it the time is the reading alone.
//
// The records are handed to a second thread which drops them, as the import's `RecordPipe` hands
// them to the SQLite writer, so that the frees happen on another thread. With `--give-back` the
// second thread gives each batch back and the reading thread frees it (reusing its array) when it
// sends its next one, as the import's `RecordPipe.giveBack` does since it frees records on the
// reader's thread: no frees of memory another thread allocated, no contention on glibc's arena lock.
import Foundation
import OncoFormats
import OncoModel

/// Batches of records travelling to the dropping thread; at most `capacity` wait.
final class Drain: @unchecked Sendable {  // state is guarded by `condition`
  private let condition = NSCondition()
  private var batches: [[SourceRecord]] = []
  /// Batches given back by the dropping thread (`--give-back`), for the reading thread to free.
  private var spent: [[SourceRecord]] = []
  private var ended = false
  private let capacity = 8

  /// Queues `batch`; returns the batches given back since the last call.
  func put(_ batch: [SourceRecord]) -> [[SourceRecord]] {
    condition.lock()
    defer { condition.unlock() }
    while batches.count >= capacity { condition.wait() }
    batches.append(batch)
    condition.broadcast()
    defer { spent = [] }
    return spent
  }

  func giveBack(_ batch: [SourceRecord]) {
    condition.lock()
    defer { condition.unlock() }
    if !ended { spent.append(batch) }
  }

  func end() {
    condition.lock()
    ended = true
    condition.broadcast()
    condition.unlock()
  }

  func take() -> [SourceRecord]? {
    condition.lock()
    defer { condition.unlock() }
    while batches.isEmpty && !ended { condition.wait() }
    guard !batches.isEmpty else { return nil }
    condition.broadcast()
    return batches.removeFirst()
  }
}

var arguments = Array(CommandLine.arguments.dropFirst())
var mapping: String?
if let flag = arguments.firstIndex(of: "--mapping"), flag + 1 < arguments.count {
  mapping = arguments[flag + 1]
  arguments.removeSubrange(flag...(flag + 1))
}
let digesting = arguments.contains("--digest")
let givingBack = arguments.contains("--give-back")
arguments.removeAll { $0 == "--digest" || $0 == "--give-back" }
var paths = arguments
if let mapping { paths.insert(mapping, at: 0) }

let drain = Drain()
let dropper = Thread {
  while let batch = drain.take() {
    _ = batch.count
    if givingBack { drain.giveBack(batch) }
  }
}
dropper.start()

var failed = false
var total = 0
let overall = ContinuousClock.now
for path in paths {
  do {
    let start = ContinuousClock.now
    let reader = try SourceFiles.reader(for: path, mapping: path == mapping ? path : nil, source: "bench")
    var perKind = [Int](repeating: 0, count: 8)
    var diagnostics = 0
    var digest = Hasher()
    var batch: [SourceRecord] = []
    batch.reserveCapacity(2048)
    let reports = try reader.read(
      record: { record in
        if digesting { digest.combine(record) }
        // Counted by case, not by a String key: no hashing in the timed loop.
        switch record {
        case .patient: perKind[0] += 1
        case .diagnosis: perKind[1] += 1
        case .sample: perKind[2] += 1
        case .alteration: perKind[3] += 1
        case .biomarker: perKind[4] += 1
        case .treatment: perKind[5] += 1
        case .event: perKind[6] += 1
        case .panel: perKind[7] += 1
        }
        batch.append(record)
        if batch.count >= 2048 {
          var spent = drain.put(batch)
          // Frees the records given back here, and reuses one of their arrays (`RecordPipe`'s `recycle`).
          batch = spent.popLast() ?? []
          batch.removeAll(keepingCapacity: true)
          spent = []
          if batch.capacity < 2048 { batch.reserveCapacity(2048) }
        }
      },
      diagnostic: { diagnostic in
        diagnostics += 1
        if digesting {
          digest.combine(diagnostic.message)
          digest.combine(diagnostic.location)
        }
      })
    if !batch.isEmpty { _ = drain.put(batch) }
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    let names = ["patient", "diagnosis", "sample", "alteration", "biomarker", "treatment", "event", "panel"]
    let kinds = Dictionary(uniqueKeysWithValues: zip(names, perKind).filter { $0.1 > 0 })
    let counts = kinds.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    total += kinds.values.reduce(0, +)
    let files = reports.map { "\($0.counts.read)/\($0.counts.accepted)/\($0.counts.rejected)" }
    FileHandle.standardError.write(
      Data(
        "\(path): \(counts); \(diagnostics) diagnostics; read/accepted/rejected \(files); digest \(digest.finalize()); \(String(format: "%.3f", seconds)) s\n"
          .utf8))
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    failed = true
  }
}
drain.end()
let seconds = (ContinuousClock.now - overall) / .seconds(1)
FileHandle.standardError.write(
  Data("total: \(total) records, \(String(format: "%.3f", seconds)) s\n".utf8))
exit(failed ? 1 : 0)
