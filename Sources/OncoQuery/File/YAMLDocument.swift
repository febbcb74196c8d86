import OncoModel
import Yams

/// Parses a query file's YAML into Yams nodes, turning a syntax error into a located diagnostic.
enum YAMLDocument {
  /// The root node of `source`, or `nil` with the error that stopped the YAML parser.
  ///
  /// YAML stops at its first syntax error, so at most one diagnostic comes back; the checks of
  /// keys and values only run on a file that parses.
  static func root(of text: String, source: YAMLSource) -> (node: Node?, diagnostics: [Diagnostic]) {
    if let problem = tooLarge(source) { return (nil, [problem]) }
    do {
      guard let node = try Yams.compose(yaml: text) else {
        return (
          nil,
          [
            Diagnostic(
              .error, at: source.location(ofOffset: 0), "the file is empty",
              hint: "a query file needs at least 'version: 1' and 'name: …'")
          ]
        )
      }
      return (node, [])
    } catch let error as YamlError {
      return (nil, [diagnostic(for: error, source: source)])
    } catch {
      return (nil, [Diagnostic(.error, at: source.fileLocation, "cannot read the YAML: \(error)")])
    }
  }

  /// The largest query file read, and the deepest nesting of `[`/`{`: a query is a page of
  /// text, and the YAML composer recurses once per level (a hostile file must not exhaust the stack).
  static let maximumBytes = 4 << 20
  static let maximumDepth = 200

  /// An error for a file too large or too deeply nested to be a query, before parsing it.
  static func tooLarge(_ source: YAMLSource) -> Diagnostic? {
    if source.bytes.count > maximumBytes {
      return Diagnostic(
        .error, at: source.fileLocation,
        "the file is too large for a query file (\(source.bytes.count) bytes)",
        hint: "a query file is at most \(maximumBytes >> 20) MiB")
    }
    // Block nesting needs one more column of indentation per level.
    for start in source.lineStarts {
      var column = start
      while column < source.bytes.count, source.bytes[column] == 0x20 { column += 1 }
      if column - start > maximumDepth {
        return Diagnostic(
          .error, at: source.location(ofOffset: column), "values are nested too deeply",
          hint: "a query file indents at most \(maximumDepth) spaces")
      }
    }
    var depth = 0
    var quote: UInt8?
    for (offset, byte) in source.bytes.enumerated() {
      if let open = quote {
        if byte == open || byte == 0x0A { quote = nil }
        continue
      }
      switch byte {
      case 0x22, 0x27: quote = byte
      case 0x5B, 0x7B:
        depth += 1
        if depth > maximumDepth {
          return Diagnostic(
            .error, at: source.location(ofOffset: offset), "values are nested too deeply",
            hint: "a query file nests at most \(maximumDepth) levels of '[' and '{'")
        }
      case 0x5D, 0x7D: depth = max(0, depth - 1)
      default: break
      }
    }
    return nil
  }

  static func diagnostic(for error: YamlError, source: YAMLSource) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let location = source.location(of: mark)
      var message = "invalid YAML: \(problem)"
      if let context { message += " (\(context.text) at line \(context.mark.line))" }
      return Diagnostic(.error, at: location, message, hint: hint(at: location, source: source))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      let repeated = duplicates.first.flatMap { source.repeatedKey($0, inMappingAt: context.mark) }
      return Diagnostic(
        .error, at: repeated ?? source.location(of: context.mark),
        "key \(names) appears twice in one mapping",
        hint: "keep one entry per key; list several values as a sequence ([a, b])")
    case .reader(let problem, _, _, _):
      return Diagnostic(
        .error, at: source.fileLocation, "cannot read the file: \(problem)",
        hint: "query files are UTF-8 text")
    default:
      return Diagnostic(.error, at: source.fileLocation, "invalid YAML: \(error)")
    }
  }

  /// A hint for the usual causes of a YAML syntax error on that line.
  private static func hint(at location: TextLocation, source: YAMLSource) -> String {
    if let line = location.line, line <= source.lineStarts.count {
      let start = source.lineStarts[line - 1]
      let end = line < source.lineStarts.count ? source.lineStarts[line] : source.bytes.count
      if source.bytes[start..<end].contains(0x09) { return "YAML indents with spaces, not tabs" }
    }
    return "check the indentation, that ':' is followed by a space, and quote values that "
      + "start with '@', '*', '&', '!', '%', '[' or '{' (expressions: \"@egfr_common\")"
  }
}
