// The reader half of an import, timed alone: `SourceReadTiming [--mapping MAPPING.yaml] PATH…`
// reads each source as `oncocohort import` would (`SourceFiles.reader`), with no warehouse, and
// prints per-kind record counts, a digest of the records and the reading time to stderr.
//
// The records are handed to a second thread which drops them, as the import's `RecordPipe` hands
// them to the SQLite writer, so that the frees happen on another thread as they do there. The
// digest hashes every record (run with `SWIFT_DETERMINISTIC_HASHING=1` to compare two builds).
import Foundation
import OncoFormats
import OncoModel

/// Batches of records travelling to the dropping thread; at most `capacity` wait.
final class Drain: @unchecked Sendable {  // state is guarded by `condition`
  private let condition = NSCondition()
  private var batches: [[SourceRecord]] = []
  private var ended = false
  private let capacity = 8

  func put(_ batch: [SourceRecord]) {
    condition.lock()
    while batches.count >= capacity { condition.wait() }
    batches.append(batch)
    condition.broadcast()
    condition.unlock()
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
var paths = arguments
if let mapping { paths.insert(mapping, at: 0) }

let drain = Drain()
let dropper = Thread {
  while let batch = drain.take() { _ = batch.count }
}
dropper.start()

var failed = false
var total = 0
let overall = ContinuousClock.now
for path in paths {
  do {
    let start = ContinuousClock.now
    let reader = try SourceFiles.reader(for: path, mapping: path == mapping ? path : nil, source: "bench")
    var kinds: [String: Int] = [:]
    var diagnostics = 0
    var digest = Hasher()
    var batch: [SourceRecord] = []
    batch.reserveCapacity(2048)
    let reports = try reader.read(
      record: { record in
        digest.combine(record)
        let kind: String
        switch record {
        case .patient: kind = "patient"
        case .diagnosis: kind = "diagnosis"
        case .sample: kind = "sample"
        case .alteration: kind = "alteration"
        case .biomarker: kind = "biomarker"
        case .treatment: kind = "treatment"
        case .event: kind = "event"
        case .panel: kind = "panel"
        }
        kinds[kind, default: 0] += 1
        batch.append(record)
        if batch.count >= 2048 {
          drain.put(batch)
          batch = []
          batch.reserveCapacity(2048)
        }
      },
      diagnostic: { diagnostic in
        diagnostics += 1
        digest.combine(diagnostic.message)
        digest.combine(diagnostic.location)
      })
    if !batch.isEmpty { drain.put(batch) }
    let seconds = (ContinuousClock.now - start) / .seconds(1)
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
