import Glibc
import OncoModel

/// The inflated bytes of a BGZF file, inflated on a second thread.
///
/// A worker thread reads the file's blocks and inflates them (``BGZFBlockInflater``), handing
/// batches of about 1 MiB to the reading thread through a queue of ``queuedBatches`` batches,
/// so memory stays bounded however large the file and the order of the bytes is kept. A broken
/// or truncated block reaches the reader as a ``FormatError`` after the bytes before it.
final class BGZFByteSource: ByteSource {
  /// Batches inflated ahead of the reader at most.
  static let queuedBatches = 4

  /// What the worker hands over: inflated bytes, or how the stream ended.
  enum Batch {
    case bytes([UInt8])
    case failure(FormatError)
    case end
  }

  private let queue = BoundedQueue<Batch>(capacity: BGZFByteSource.queuedBatches)
  private var thread = pthread_t()
  private var current: [UInt8] = []
  private var offset = 0
  private var ended = false

  /// Starts the worker thread on `input`, positioned at the first block.
  init(input: ByteSource, path: String) throws {
    let inflater = try BGZFBlockInflater(input: input, path: path)
    let job = Job(inflater: inflater, queue: queue)
    let context = Unmanaged.passRetained(job).toOpaque()
    let status = pthread_create(
      &thread, nil,
      { context in
        guard let context else { return nil }
        Unmanaged<Job>.fromOpaque(context).takeRetainedValue().run()
        return nil
      }, context)
    guard status == 0 else {
      Unmanaged<Job>.fromOpaque(context).release()
      throw FormatError(
        .unreadable, at: TextLocation(file: path), "cannot start the BGZF inflation thread (\(status))")
    }
  }

  deinit {
    queue.cancel()
    pthread_join(thread, nil)
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    guard let output = buffer.baseAddress else { return 0 }
    var written = 0
    while written < buffer.count {
      if offset == current.count {
        // Hand over what is there rather than wait for the next batch.
        if ended || written > 0 { break }
        switch queue.take() {
        case .bytes(let bytes)?:
          current = bytes
          offset = 0
        case .failure(let error)?:
          ended = true
          throw error
        case .end?, nil:
          ended = true
        }
        continue
      }
      let count = min(buffer.count - written, current.count - offset)
      current.withUnsafeBytes { source in
        guard let base = source.baseAddress else { return }
        (output + written).copyMemory(from: base + offset, byteCount: count)
      }
      offset += count
      written += count
    }
    return written
  }

  /// The worker thread's job: inflate batches until the end, an error or cancellation.
  private final class Job: @unchecked Sendable {
    let inflater: BGZFBlockInflater
    let queue: BoundedQueue<Batch>

    init(inflater: BGZFBlockInflater, queue: BoundedQueue<Batch>) {
      self.inflater = inflater
      self.queue = queue
    }

    func run() {
      do {
        while true {
          let bytes = try inflater.nextBatch()
          if bytes.isEmpty {
            if inflater.hasFailure { continue }  // the next call throws
            queue.put(.end)
            return
          }
          guard queue.put(.bytes(bytes)) else { return }
        }
      } catch let error as FormatError {
        queue.put(.failure(error))
      } catch {
        queue.put(.failure(FormatError(.unreadable, at: TextLocation(file: inflater.path), "\(error)")))
      }
    }
  }
}
