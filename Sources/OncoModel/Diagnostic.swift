/// A problem found in input data, reported as a value so the caller decides whether it is fatal.
///
/// Readers never stop at a bad record: they emit a `Diagnostic` and go on. Printed with
/// ``formatted``, a diagnostic reads like a compiler message so editors can jump to it:
///
///     variants.maf:17:5: error: Tumor_Sample_Barcode is empty
///       hint: every MAF row needs the sample it was called in
public struct Diagnostic: Sendable, Hashable, Codable {
  /// How serious a problem is.
  public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    /// Something was assumed; the record was kept.
    case warning
    /// The record (or the file) could not be used.
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .warning && rhs == .error
    }
  }

  public var severity: Severity
  public var location: TextLocation
  /// What is wrong, in one sentence.
  public var message: String
  /// What would have been right (for example "an integer"), when it helps.
  public var expected: String?
  /// What was found instead, shortened for display.
  public var found: String?
  /// How to fix it, or the fallback that was taken.
  public var hint: String?

  public init(
    _ severity: Severity, at location: TextLocation, _ message: String,
    expected: String? = nil, found: String? = nil, hint: String? = nil
  ) {
    self.severity = severity
    self.location = location
    self.message = message
    self.expected = expected
    self.found = found.map(Diagnostic.shortened)
    self.hint = hint
  }

  /// Compiler-style text: `file:line:column: severity: message`, then the hint indented.
  public var formatted: String {
    var text = "\(location): \(severity.rawValue): \(message)"
    if let expected, let found {
      text += " (expected \(expected), found '\(found)')"
    } else if let expected {
      text += " (expected \(expected))"
    }
    if let hint { text += "\n  hint: \(hint)" }
    return text
  }

  /// Keeps a found value readable: long values are cut, control bytes made visible.
  static func shortened(_ value: String) -> String {
    let limit = 60
    var visible = ""
    for scalar in value.unicodeScalars.prefix(limit) {
      if scalar.value < 0x20 || scalar.value == 0x7F {
        visible += scalar.escaped(asASCII: true)
      } else {
        visible.unicodeScalars.append(scalar)
      }
    }
    return value.unicodeScalars.count > limit ? visible + "…" : visible
  }
}
