/// A JSON value with ordered keys, written deterministically (two-space indentation, keys in
/// insertion order, shortest round-trip doubles, non-finite numbers as `null`).
indirect enum JSONNode {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONNode])
  case object([(String, JSONNode)])

  /// An optional double, `null` when absent.
  static func number(_ value: Double?) -> JSONNode { value.map { .double($0) } ?? .null }

  /// An optional string, `null` when absent.
  static func text(_ value: String?) -> JSONNode { value.map { .string($0) } ?? .null }

  /// The text of the value, indented by `level`.
  func serialized(_ level: Int = 0) -> String {
    let pad = String(repeating: "  ", count: level + 1)
    let close = String(repeating: "  ", count: level)
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .int(let value): return String(value)
    case .double(let value):
      return value.isFinite
        ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)") : "null"
    case .string(let value): return Self.quote(value)
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n" + items.map { pad + $0.serialized(level + 1) }.joined(separator: ",\n") + "\n\(close)]"
    case .object(let members):
      if members.isEmpty { return "{}" }
      return "{\n"
        + members.map { pad + Self.quote($0.0) + ": " + $0.1.serialized(level + 1) }.joined(separator: ",\n")
        + "\n\(close)}"
    }
  }

  private static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let s where s.value < 0x20:
        out +=
          "\\u" + String(repeating: "0", count: 4 - String(s.value, radix: 16).count)
          + String(s.value, radix: 16)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
