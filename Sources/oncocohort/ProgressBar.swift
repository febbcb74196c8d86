import Foundation
import OncoWarehouse

/// A one-line progress bar on standard error, drawn only when standard error is a terminal and
/// only for a file that has been running for more than a second.
final class ProgressBar {
  private let enabled = isatty(STDERR_FILENO) == 1
  private var file: String?
  private var started = Date()
  private var drawn = false

  /// Redraws the bar for the file being imported.
  func update(_ progress: ImportProgress) {
    guard enabled else { return }
    if progress.file != file {
      clear()
      file = progress.file
      started = Date()
    }
    guard Date().timeIntervalSince(started) > 1 else { return }
    let name = URL(fileURLWithPath: progress.file).lastPathComponent
    var line = "\r\(name) "
    if let fraction = progress.fraction {
      let width = 30
      let filled = Int((fraction * Double(width)).rounded(.down))
      line +=
        "[" + String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled) + "] "
      line += "\(Int((fraction * 100).rounded(.down)))% "
    }
    line += "\(progress.records) records"
    FileHandle.standardError.write(Data(line.utf8))
    drawn = true
  }

  /// Erases the bar, before other text goes to standard error.
  func clear() {
    guard drawn else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    drawn = false
  }
}
