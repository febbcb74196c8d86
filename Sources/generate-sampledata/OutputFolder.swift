import Foundation

/// Writes the generated files under one folder, creating subfolders, and keeps their names.
struct OutputFolder {
  let root: URL

  /// Writes `text` as UTF-8 to `path` (relative to the root).
  func write(_ path: String, _ text: String) throws {
    try write(path, Data(text.utf8))
  }

  /// Writes bytes to `path` (relative to the root).
  func write(_ path: String, _ data: Data) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
  }
}

/// Tab-separated rows, each a line.
struct TSV {
  private(set) var text = ""

  mutating func row(_ fields: [String]) {
    text += fields.joined(separator: "\t")
    text += "\n"
  }

  mutating func line(_ line: String) {
    text += line
    text += "\n"
  }
}

/// Number formatting that does not depend on the locale.
enum Format {
  /// `x` with `digits` decimals (`0.35`), rounding half away from zero.
  static func fixed(_ x: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((abs(x) * scale).rounded())
    let whole = scaled / Int(scale)
    let fraction = String(scaled % Int(scale))
    let sign = x < 0 && scaled != 0 ? "-" : ""
    guard digits > 0 else { return "\(sign)\(whole)" }
    return "\(sign)\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
  }
}
