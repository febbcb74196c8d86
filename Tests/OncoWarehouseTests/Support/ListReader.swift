import Foundation
import OncoFormats
import OncoModel

@testable import OncoWarehouse

/// A source reader over hand-built records, for tests: it yields them in order and reports each
/// file with the counts a real reader would give (`read` lines, `rejected` lines of its own).
struct ListReader: SourceReader {
  var records: [SourceRecord]
  /// Files and the format and reader-side rejections to report for them.
  var files: [(path: String, format: String, readerRejected: Int)]
  /// Diagnostics the "reader" emits for the lines it rejected itself.
  var readerDiagnostics: [Diagnostic] = []
  /// Throw after this many records, to simulate a reader failing midway.
  var failAfter: Int?

  func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    for item in readerDiagnostics { diagnostic(item) }
    for (index, item) in records.enumerated() {
      if let failAfter, index == failAfter {
        throw FormatError(.unreadable, at: TextLocation(file: files[0].path), "simulated failure")
      }
      try record(item)
    }
    return files.map { file in
      let mine = records.filter { $0.location?.file == file.path }.count
      return FileReadReport(
        path: file.path, format: file.format,
        counts: ReadCounts(read: mine + file.readerRejected, accepted: mine, rejected: file.readerRejected))
    }
  }
}

/// A scratch folder removed when the value is released.
final class ScratchFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "oncowarehouse-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `text` to `name` inside the folder and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let path = url.appendingPathComponent(name).path
    try FileManager.default.createDirectory(
      at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
