import Foundation

/// A file in a private scratch folder that each fuzz input is written to, because the readers
/// under test stream from paths (as they do in the tool).
public struct ScratchFile {
  /// The folder, one per fuzzing process.
  public static let folder: String = {
    let path = NSTemporaryDirectory() + "oncofuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  /// The path of `name` in the folder.
  public let path: String

  /// Names a scratch file.
  public init(_ name: String) { path = Self.folder + "/" + name }

  /// Replaces the file's content with `count` bytes at `start`.
  public func write(_ start: UnsafeRawPointer, _ count: Int) {
    let data = Data(bytes: start, count: count)
    FileManager.default.createFile(atPath: path, contents: data)
  }

  /// Replaces the file's content with `text`.
  public func write(_ text: String) {
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
  }
}
