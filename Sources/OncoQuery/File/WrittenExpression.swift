import Foundation
import OncoModel
import Yams

/// An alteration expression as written in a query file: its text, where each of its bytes was
/// written, and its tree once parsed.
struct WrittenExpression {
  /// The expression text (the YAML value).
  var text: String
  /// For each UTF-8 byte of `text`, its byte offset in the file.
  var offsets: [Int]
  /// The tree, or `nil` when the text has a syntax error.
  var expression: AlterationExpression?
  /// The value's node, for problems with the expression as a whole.
  var node: Node

  /// The file location of a byte of the text; past the end, just after its last character.
  func location(ofByte index: Int, in source: YAMLSource) -> TextLocation {
    if !offsets.isEmpty, index < offsets.count { return source.location(ofOffset: offsets[max(0, index)]) }
    guard let last = offsets.last else { return source.location(of: node) }
    return source.location(ofOffset: last + 1)
  }

  /// The file location of a 1-based line and byte column of the text (an issue's position).
  func location(line: Int, column: Int, in source: YAMLSource) -> TextLocation {
    let bytes = Array(text.utf8)
    var start = 0
    var currentLine = 1
    while currentLine < line, let newline = bytes[start...].firstIndex(of: 0x0A) {
      start = newline + 1
      currentLine += 1
    }
    return location(ofByte: start + column - 1, in: source)
  }

  /// Where `word` is first written as a whole word (a gene, `@name`), or the whole value.
  func location(ofWord word: String, in source: YAMLSource) -> TextLocation {
    let bytes = Array(text.utf8)
    let target = Array(word.utf8)
    guard !target.isEmpty, bytes.count >= target.count else { return source.location(of: node) }
    for start in 0...(bytes.count - target.count) {
      guard bytes[start..<(start + target.count)].elementsEqual(target) else { continue }
      let before = start == 0 ? nil : bytes[start - 1]
      let after = start + target.count < bytes.count ? bytes[start + target.count] : nil
      if !Self.isWordByte(before), !Self.isWordByte(after) { return location(ofByte: start, in: source) }
    }
    return source.location(of: node)
  }

  /// `text` with the expression positions it quotes (`the '(' at 1:16`) turned into file
  /// positions (`the '(' at 9:28`).
  func placingPositions(in text: String, source: YAMLSource) -> String {
    guard let range = text.range(of: #" at (\d+):(\d+)"#, options: .regularExpression) else { return text }
    let numbers = text[range].dropFirst(4).split(separator: ":").compactMap { Int($0) }
    guard numbers.count == 2 else { return text }
    let place = location(line: numbers[0], column: numbers[1], in: source)
    return text.replacingCharacters(in: range, with: " at \(place.line ?? 0):\(place.column ?? 0)")
  }

  private static func isWordByte(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
      || byte == 0x5F || byte == 0x2D || byte == 0x2E || byte >= 0x80
  }
}

extension QueryFileParser {
  /// Parses the expression of `field`, placing each syntax problem where it is written in the
  /// file (inside quotes, block scalars and folded lines).
  mutating func expression(_ field: Field) -> WrittenExpression? {
    guard case .scalar(let scalar) = field.value, !Self.isNull(field.value) else {
      error(
        field.value, "'\(field.path)' must be an alteration expression",
        expected: "text such as \"KRAS: G12C\"", found: Self.describe(field.value),
        hint: "quote expressions that start with '@' or contain ': ' inside a list")
      return nil
    }
    var written = WrittenExpression(
      text: scalar.string, offsets: source.valueOffsets(of: scalar), expression: nil, node: field.value)
    let result = ExpressionParser().parse(scalar.string)
    for issue in result.issues {
      var diagnostic = issue.diagnostic(file: source.path)
      diagnostic.location = written.location(line: issue.line, column: issue.column, in: source)
      diagnostic.expected = diagnostic.expected.map { written.placingPositions(in: $0, source: source) }
      diagnostics.append(diagnostic)
    }
    written.expression = result.expression
    return written
  }
}
