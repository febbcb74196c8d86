import OncoModel
import Yams

/// The text of one query file, turning Yams marks and value offsets into file positions.
///
/// Yams counts columns in Unicode scalars; diagnostics count bytes (``TextLocation``), so every
/// position goes through the file's bytes here.
struct YAMLSource {
  /// The path as the user named it.
  let path: String
  let bytes: [UInt8]
  /// The byte offset where each line starts.
  let lineStarts: [Int]

  init(path: String, text: String) {
    self.path = path
    bytes = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
    lineStarts = starts
  }

  /// The whole file as a location (a problem with no line).
  var fileLocation: TextLocation { TextLocation(file: path) }

  /// The byte offset of a Yams mark (1-based line, column in Unicode scalars).
  func offset(of mark: Mark) -> Int {
    guard mark.line >= 1, mark.line <= lineStarts.count else { return bytes.count }
    var offset = lineStarts[mark.line - 1]
    var scalars = 1
    while scalars < mark.column, offset < bytes.count, bytes[offset] != 0x0A {
      offset += 1
      // Continuation bytes (10xxxxxx) belong to the scalar already counted.
      while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      scalars += 1
    }
    return offset
  }

  /// The 1-based line and byte column of a byte offset.
  func location(ofOffset offset: Int) -> TextLocation {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return TextLocation(file: path, line: low + 1, column: offset - lineStarts[low] + 1)
  }

  /// Where a mark is, or the file when there is none.
  func location(of mark: Mark?) -> TextLocation {
    mark.map { location(ofOffset: offset(of: $0)) } ?? fileLocation
  }

  /// Where a node starts.
  func location(of node: Node) -> TextLocation { location(of: node.mark) }

  /// For each UTF-8 byte of a scalar's value, the byte offset in the file it was written at.
  ///
  /// Values are matched against the text greedily: escapes, quotes, indentation and folded line
  /// breaks are skipped, so a position inside a quoted string, a literal (`|`) or folded (`>`)
  /// block, or a plain scalar running over several lines lands on the character written.
  func valueOffsets(of scalar: Node.Scalar) -> [Int] {
    guard let mark = scalar.mark else { return [] }
    var position = offset(of: mark)
    switch scalar.style {
    case .singleQuoted, .doubleQuoted: position += 1
    case .literal, .folded:
      // The content starts on the line after the indicator (`|`, `>-`, `|2 # comment`).
      position = lineStarts.first { $0 > position } ?? bytes.count
    default: break
    }
    let value = Array(scalar.string.utf8)
    var offsets: [Int] = []
    offsets.reserveCapacity(value.count)
    for (index, byte) in value.enumerated() {
      guard position < bytes.count else {
        offsets.append(bytes.count)
        continue
      }
      if Self.isBlank(byte) {
        offsets.append(position)
        guard Self.isBlank(bytes[position]) else { continue }
        position += 1
        if index + 1 < value.count, !Self.isBlank(value[index + 1]) {
          while position < bytes.count, Self.isBlank(bytes[position]) { position += 1 }
        }
      } else {
        // Skip what the value does not hold (an escape's backslash, indentation), not far.
        var probe = position
        while probe < bytes.count, bytes[probe] != byte, probe - position < 256 { probe += 1 }
        if probe < bytes.count, bytes[probe] == byte { position = probe }
        offsets.append(position)
        position += 1
      }
    }
    return offsets
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}

extension YAMLSource {
  /// Where `key` is written a second time in the block mapping that starts at `mark`.
  ///
  /// That is the line repeating it at the mapping's indentation: Yams reports only the mapping's
  /// start, and the user needs the line to delete.
  func repeatedKey(_ key: String, inMappingAt mark: Mark) -> TextLocation? {
    let indent = Array(repeating: UInt8(ascii: " "), count: max(0, mark.column - 1))
    let prefixes = [indent + Array("\(key):".utf8), indent + Array("\"\(key)\":".utf8)]
    var seen = 0
    for (index, start) in lineStarts.enumerated() where index >= mark.line - 1 {
      let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
      let line = bytes[start..<end]
      guard prefixes.contains(where: { line.starts(with: $0) }) else { continue }
      seen += 1
      if seen == 2 { return TextLocation(file: path, line: index + 1, column: indent.count + 1) }
    }
    return nil
  }
}
