import Foundation
import OncoModel

/// Writes a line to standard error, where diagnostics and progress go.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Writes a diagnostic to standard error, compiler-style.
func printDiagnostic(_ diagnostic: Diagnostic) {
  printError(diagnostic.formatted)
}

/// Where a command's result goes: standard output or the `--output` file.
struct ResultWriter {
  private let handle: FileHandle

  init(path: String?) throws {
    if let path, path != "-" {
      guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
      }
      guard let handle = FileHandle(forWritingAtPath: path) else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
      }
      self.handle = handle
    } else {
      handle = FileHandle.standardOutput
    }
  }

  func write(_ text: String) {
    handle.write(Data(text.utf8))
  }

  func write(_ bytes: [UInt8]) {
    handle.write(Data(bytes))
  }
}
