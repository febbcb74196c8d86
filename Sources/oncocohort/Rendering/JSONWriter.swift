/// Builds JSON text with keys in a fixed order, streaming-friendly, with `null` for absent values.
///
/// The command-line contract promises stable keys and `null` for absent values; writing by hand
/// keeps the key order stable and lets large arrays be written piece by piece.
struct JSONWriter {
  private(set) var text = ""

  /// Appends `value` as a JSON string literal.
  static func quoted(_ value: String) -> String {
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// A JSON number for a finite double (shortest round-trip form), `null` otherwise.
  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
  }

  static func number(_ value: Int?) -> String { value.map(String.init) ?? "null" }
  static func string(_ value: String?) -> String { value.map(quoted) ?? "null" }

  /// One object from ordered key/value pairs whose values are already JSON text.
  static func object(_ pairs: KeyValuePairs<String, String>) -> String {
    "{" + pairs.map { "\(quoted($0.key)):\($0.value)" }.joined(separator: ",") + "}"
  }

  static func object(_ pairs: [(String, String)]) -> String {
    "{" + pairs.map { "\(quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}"
  }

  static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }
}
