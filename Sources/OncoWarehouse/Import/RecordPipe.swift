import Foundation
import OncoFormats
import OncoModel

/// A bounded queue between a reader running on its own thread and the importer writing to SQLite.
///
/// Decoding a source (MAF, CSV tables) and writing it to SQLite both take seconds for a large
/// source, so on a machine with two cores the reader runs ahead on a second thread while the
/// importer writes (the importer's thread, with SQLite's work, is the slower of the two).
/// The reader's records and diagnostics travel in their original order, in batches (one lock
/// round trip per batch, not per record); at most `capacity` batches wait, so memory stays flat in
/// the input size: a fast reader blocks until the writer catches up.
final class RecordPipe: @unchecked Sendable {  // state is guarded by `condition`
  /// One thing the reader gave, in reading order.
  enum Item: Sendable {
    case record(SourceRecord)
    /// An alteration record: the next of its batch's ``Batch/alterations``.
    case alteration
    /// A treatment record: the next of its batch's ``Batch/treatments``.
    case treatment
    case diagnostic(Diagnostic)
  }

  /// Items in reading order, the alterations and treatments (the records a large source has
  /// millions of) kept apart.
  ///
  /// The importer reads each of them in place from ``alterations`` or ``treatments``, passing
  /// it on as a borrowed argument; taken out of a record, it was copied first (a retain and a
  /// release of each of its strings: 0.65 s of the importer thread for a million alterations).
  struct Batch: Sendable {
    var items: [Item] = []
    var alterations: [Alteration] = []
    var treatments: [TreatmentExposure] = []

    var count: Int { items.count }

    mutating func append(_ record: SourceRecord) {
      switch record {
      case .alteration(let alteration):
        alterations.append(alteration)
        items.append(.alteration)
      case .treatment(let treatment):
        treatments.append(treatment)
        items.append(.treatment)
      default:
        items.append(.record(record))
      }
    }

    mutating func removeAll() {
      items.removeAll(keepingCapacity: true)
      alterations.removeAll(keepingCapacity: true)
      treatments.removeAll(keepingCapacity: true)
    }
  }

  /// Thrown into the reader when the importer stopped taking (it failed, or the source was
  /// unchanged), so that the reader stops too.
  struct Cancelled: Error {}

  private let condition = NSCondition()
  private var batches: [Batch] = []
  /// Batches the importer has handled, waiting for the reader to free them (see ``giveBack(_:)``).
  private var spent: [Batch] = []
  private var outcome: Result<[FileReadReport], any Error>?
  private var cancelled = false
  private let capacity: Int

  /// A pipe holding at most `capacity` batches.
  init(capacity: Int = 8) {
    self.capacity = capacity
  }

  /// Hands a batch to the importer; blocks while the pipe is full.
  ///
  /// Returns the batches the importer gave back since the last call, for the reader to free (or reuse).
  func put(_ batch: Batch) throws -> [Batch] {
    condition.lock()
    defer { condition.unlock() }
    while batches.count >= capacity && !cancelled { condition.wait() }
    if cancelled { throw Cancelled() }
    batches.append(batch)
    condition.broadcast()
    defer { spent = [] }
    return spent
  }

  /// Takes back a batch the importer has handled, so that its records are freed on the reader's
  /// thread, which allocated them.
  ///
  /// Freeing memory that another thread allocated takes glibc's slow path (the other thread's
  /// arena, its lock, chunk consolidation): about 5 % of the importer thread's time when it
  /// freed the records itself. At most `capacity` batches wait here, as the reader takes them
  /// back with each batch it sends; once the reader has ended, the batch is freed here.
  func giveBack(_ batch: Batch) {
    condition.lock()
    defer { condition.unlock() }
    guard outcome == nil, !cancelled else { return }
    spent.append(batch)
  }

  /// Marks the reader's end: its reports, or the error it threw.
  func close(_ result: Result<[FileReadReport], any Error>) {
    condition.lock()
    outcome = result
    condition.broadcast()
    condition.unlock()
  }

  /// The next batch, or nil once the reader has ended and every batch was taken.
  func take() -> Batch? {
    condition.lock()
    defer { condition.unlock() }
    while batches.isEmpty && outcome == nil { condition.wait() }
    guard !batches.isEmpty else { return nil }
    condition.broadcast()
    return batches.removeFirst()
  }

  /// Stops the reader (its next `put` throws) and waits until it has ended, dropping what waits.
  func cancel() {
    condition.lock()
    cancelled = true
    batches = []
    condition.broadcast()
    while outcome == nil { condition.wait() }
    condition.unlock()
  }

  /// What the reader ended with; call after ``take()`` returned nil.
  func result() throws -> [FileReadReport] {
    condition.lock()
    defer { condition.unlock() }
    guard let outcome else { throw Cancelled() }
    return try outcome.get()
  }
}

extension RecordPipe {
  /// Starts `reader` on a thread of its own, sending its records and diagnostics through a new pipe.
  static func start(_ reader: some SourceReader, batchSize: Int = 2048) -> RecordPipe {
    let pipe = RecordPipe()
    let box = ReaderBox(reader: reader)
    let thread = Thread {
      var batch = Batch()
      batch.items.reserveCapacity(batchSize)
      var sendFailure: (any Error)?
      let result = Result {
        try box.reader.read(
          record: { record in
            if let sendFailure { throw sendFailure }
            batch.append(record)
            if batch.count >= batchSize { batch = try recycle(pipe.put(batch)) }
          },
          diagnostic: { item in
            // The diagnostic callback cannot throw: a cancelled pipe is noticed at the next record.
            guard sendFailure == nil else { return }
            batch.items.append(.diagnostic(item))
            guard batch.count >= batchSize else { return }
            do { batch = try recycle(pipe.put(batch)) } catch { sendFailure = error }
          })
      }
      // Also after a failure: the records and diagnostics before it still reach the importer.
      if sendFailure == nil, !batch.items.isEmpty {
        do { _ = try pipe.put(batch) } catch { sendFailure = error }
      }
      pipe.close(sendFailure.map { .failure($0) } ?? result)
    }
    // The readers recurse little, but a decoder's buffers may sit on the stack: 8 MiB like the main thread.
    thread.stackSize = 8 << 20
    thread.start()
    return pipe
  }
}

/// An empty batch for the reader to fill next: the buffer of a batch given back, if any.
///
/// The records of every batch given back are freed here, on the reader's thread.
private func recycle(_ spent: [RecordPipe.Batch]) -> RecordPipe.Batch {
  var spent = spent
  var batch = spent.popLast() ?? RecordPipe.Batch()
  batch.removeAll()
  return batch
}

/// Carries a reader to the thread that runs it; only that thread uses it afterwards.
private struct ReaderBox<Reader: SourceReader>: @unchecked Sendable {
  let reader: Reader
}
