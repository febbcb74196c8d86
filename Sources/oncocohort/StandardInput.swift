import Foundation

/// Lets `-` stand for standard input where a command takes file paths.
enum StandardInput {
  /// Returns `path` unchanged, or for `-` the path of a temporary copy of standard input
  /// (format detection needs to look at the start of the content twice).
  static func materialise(_ path: String) throws -> String {
    guard path == "-" else { return path }
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("oncocohort-stdin-\(ProcessInfo.processInfo.processIdentifier)")
    FileManager.default.createFile(atPath: url.path, contents: nil)
    let output = try FileHandle(forWritingTo: url)
    defer { try? output.close() }
    while let chunk = try FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
      try output.write(contentsOf: chunk)
    }
    return url.path
  }

  /// Removes the temporary copy made for `-`; leaves real files alone.
  static func discard(_ path: String, for argument: String) {
    if argument == "-" { try? FileManager.default.removeItem(atPath: path) }
  }
}
