/// A JSON value whose objects keep their key order, so the written text is deterministic.
indirect enum JSONText {
  case string(String)
  case int(Int)
  case bool(Bool)
  case array([JSONText])
  case object([(String, JSONText)])

  /// Compact JSON text (one line, as NDJSON needs).
  var rendered: String {
    switch self {
    case .string(let text): return Self.quote(text)
    case .int(let value): return String(value)
    case .bool(let value): return value ? "true" : "false"
    case .array(let items): return "[" + items.map(\.rendered).joined(separator: ",") + "]"
    case .object(let pairs):
      return "{" + pairs.map { Self.quote($0.0) + ":" + $0.1.rendered }.joined(separator: ",") + "}"
    }
  }

  /// `text` as a JSON string literal.
  ///
  /// OncoReports' `JSONNode` escapes the same way, but this executable depends on OncoModel only
  /// (DESIGN.md's dependency table), which has no place for a JSON writer.
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// `{"reference": "Patient/ID"}`.
  static func reference(_ text: String) -> JSONText { .object([("reference", .string(text))]) }

  /// A CodeableConcept with one coding and a text.
  static func concept(_ system: String, _ code: String, _ display: String, text: String? = nil) -> JSONText {
    var pairs: [(String, JSONText)] = [
      (
        "coding",
        .array([
          .object([("system", .string(system)), ("code", .string(code)), ("display", .string(display))])
        ])
      )
    ]
    if let text { pairs.append(("text", .string(text))) }
    return .object(pairs)
  }
}
