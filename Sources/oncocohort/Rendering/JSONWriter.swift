/// Builds JSON text with keys in a fixed order, streaming-friendly, with `null` for absent values.
///
/// The command-line contract promises stable keys and `null` for absent values; writing by hand
/// keeps the key order stable and lets large arrays be written piece by piece.
enum JSONWriter {
  /// `value` as a JSON string literal (the escaping of ``OutputBuffer/appendJSONString(_:)``).
  static func quoted(_ value: String) -> String {
    var buffer = OutputBuffer(capacity: value.utf8.count + 2)
    buffer.appendJSONString(value)
    return String(decoding: buffer.bytes, as: UTF8.self)
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
