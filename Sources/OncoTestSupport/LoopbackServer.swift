import Foundation

/// A Python test server on 127.0.0.1, started by a test and stopped when released.
///
/// The script prints its port on the first line of standard output and serves until its
/// standard input closes (see `Tests/OncoFormatsTests/Fixtures/fhir-server/server.py`).
public final class LoopbackServer {
  private let process = Process()
  private let input = Pipe()
  /// The port the server listens on, or 0 if it failed to start.
  public let port: Int

  /// Starts `python3 script arguments…` and waits for its port.
  public init(script: String, arguments: [String] = []) throws {
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = input
    try process.run()
    var line = Data()
    while !line.contains(0x0A) {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      line.append(chunk)
    }
    port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  /// `http://127.0.0.1:<port>`.
  public var base: String { "http://127.0.0.1:\(port)" }

  deinit {
    // Closing its input stops the server (the scripts also exit by themselves after 120 s).
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }
}
