/// Escaping for HTML, SVG (XML) and Markdown text.
enum Markup {
  /// Escapes `&`, `<`, `>`, `"` and `'` for element text and attribute values.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  /// Escapes a Markdown table cell: pipes, and line breaks turned into spaces; `<` as `&lt;`
  /// so that `<10` is not read as HTML.
  static func markdownCell(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
      .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "<", with: "&lt;")
  }
}
