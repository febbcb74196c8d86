/// A JSON document built in code, with keys kept in the order written (stable output).
///
/// Numbers that are not finite become `null`, as the command-line contract says of absent
/// values; integral numbers print without a fraction, others in Swift's shortest round-trip form.
indirect enum JSONValue: Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  /// A number, or `null` for `nil`.
  static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }

  /// An integer.
  static func integer(_ value: Int) -> JSONValue { .number(Double(value)) }

  /// The document as text, indented by two spaces per level.
  func rendered() -> String {
    var output = ""
    write(to: &output, indent: 0)
    output += "\n"
    return output
  }

  private func write(to output: inout String, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .number(let value): output += Self.format(value)
    case .string(let value): Self.quote(value, into: &output)
    case .array(let items):
      guard !items.isEmpty else {
        output += "[]"
        return
      }
      if items.allSatisfy(\.isScalar) {
        output += "["
        for (index, item) in items.enumerated() {
          if index > 0 { output += ", " }
          item.write(to: &output, indent: indent)
        }
        output += "]"
        return
      }
      output += "[\n"
      for (index, item) in items.enumerated() {
        output += String(repeating: " ", count: indent + 2)
        item.write(to: &output, indent: indent + 2)
        output += index + 1 < items.count ? ",\n" : "\n"
      }
      output += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      if members.allSatisfy({ $0.1.isScalar }) {
        output += "{"
        for (index, (key, value)) in members.enumerated() {
          if index > 0 { output += ", " }
          Self.quote(key, into: &output)
          output += ": "
          value.write(to: &output, indent: indent)
        }
        output += "}"
        return
      }
      output += "{\n"
      for (index, (key, value)) in members.enumerated() {
        output += String(repeating: " ", count: indent + 2)
        Self.quote(key, into: &output)
        output += ": "
        value.write(to: &output, indent: indent + 2)
        output += index + 1 < members.count ? ",\n" : "\n"
      }
      output += String(repeating: " ", count: indent) + "}"
    }
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }

  static func format(_ value: Double) -> String { JSONWriter.number(value) }

  static func quote(_ text: String, into output: inout String) {
    output += JSONWriter.quoted(text)
  }
}
