import Foundation

/// Runs the built `oncocohort` binary, as a user would, and captures what it prints.
public enum CLI {
  /// What one run printed and returned.
  public struct Result: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// The `oncocohort` executable beside the test bundle (`.build/<config>/oncocohort`).
  public static var executable: URL {
    if let override = ProcessInfo.processInfo.environment["ONCOCOHORT_BINARY"] {
      return URL(fileURLWithPath: override)
    }
    // Test bundles live in the same products folder as the executable.
    let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }
    let products =
      bundle.map { URL(fileURLWithPath: $0.bundlePath).deletingLastPathComponent() }
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return products.appendingPathComponent("oncocohort")
  }

  /// Runs `oncocohort` with `arguments`, feeding `stdin` if given, from `directory`.
  public static func run(
    _ arguments: [String], stdin: String? = nil, directory: URL? = nil,
    environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var merged = ProcessInfo.processInfo.environment
    merged.merge(environment) { $1 }
    process.environment = merged
    let outPipe = Pipe()
    let errPipe = Pipe()
    let inPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = inPipe
    try process.run()
    if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
    try inPipe.fileHandleForWriting.close()
    // Read both pipes concurrently so a full stderr pipe cannot block the child.
    let errorData = ErrorCollector(errPipe.fileHandleForReading)
    let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errorData.wait(), as: UTF8.self))
  }
}

/// Drains a pipe on a background thread.
private final class ErrorCollector: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}
