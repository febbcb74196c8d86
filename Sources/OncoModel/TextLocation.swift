/// Where a record or a problem sits in its source file.
///
/// Lines and columns are 1-based, as editors count them; `column` is `nil` when the
/// whole line is meant.
public struct TextLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The path of the file as the user named it.
  public var file: String
  /// The 1-based line number, or `nil` for a problem with the file as a whole.
  public var line: Int?
  /// The 1-based column (in bytes), or `nil` when the whole line is meant.
  public var column: Int?
  /// A path inside a structured document that has no useful line (a JSON Bundle's
  /// `entry[3]`), or `nil`.
  public var pointer: String?

  @inlinable public init(file: String, line: Int? = nil, column: Int? = nil, pointer: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.pointer = pointer
  }

  /// `file:line:column`, leaving out the parts that are unknown (compiler style), then
  /// `: pointer` when there is one (`bundle.json: entry[3]`).
  public var description: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    if let pointer { text += ": \(pointer)" }
    return text
  }
}
