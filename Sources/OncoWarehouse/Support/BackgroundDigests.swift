import Foundation

/// The SHA-256 digests of an import's input files, computed on a thread of their own while the
/// import runs.
///
/// Hashing issue 4's 310 MB of input took ≈ 0.3 s before anything else could start. An import
/// needs the digests first only when its source may be unchanged (the same files with the same
/// sizes are recorded); otherwise they are stored when the records are in.
final class BackgroundDigests: @unchecked Sendable {  // state is guarded by `condition`
  private let condition = NSCondition()
  private var outcome: Result<[FileDigest], any Error>?

  /// Starts hashing the files at `paths`, in order.
  init(paths: [String]) {
    let thread = Thread { [self] in
      let result = Result { try paths.map { try FileDigest.compute(path: $0) } }
      condition.lock()
      outcome = result
      condition.broadcast()
      condition.unlock()
    }
    thread.start()
  }

  /// The digests, in the order of the paths, once every file is hashed.
  ///
  /// - Throws: ``WarehouseError`` (`unreadableInput`) when a file could not be read.
  func wait() throws -> [FileDigest] {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let outcome { return try outcome.get() }
      condition.wait()
    }
  }
}
