/// An error that stops an ontology file from being read or a term from being resolved.
///
/// Printed compiler-style (`file:line:column: error: message` then `  hint: …`) so editors can
/// jump to it. `OncoOntology` imports nothing but libxml2, so the location is carried here
/// rather than as an `OncoModel.TextLocation`.
public struct OntologyError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of failure, stable for clients to match on; new codes break nobody.
  public struct Code: Sendable, Hashable, CustomStringConvertible {
    enum Value: String, Sendable, Hashable {
      case fileNotFound = "file_not_found"
      case unreadable
      case malformedXML = "malformed_xml"
      case entityRefused = "entity_refused"
      case unsupportedFormat = "unsupported_format"
      case malformedRecord = "malformed_record"
      case unknownTerm = "unknown_term"
      case ambiguousTerm = "ambiguous_term"
      case cacheIgnored = "cache_ignored"
      case checksumMismatch = "checksum_mismatch"
      case downloadFailed = "download_failed"
    }
    let value: Value

    /// The file does not exist.
    public static let fileNotFound = Code(value: .fileNotFound)
    /// The file exists but could not be read.
    public static let unreadable = Code(value: .unreadable)
    /// libxml2 rejected the XML (unclosed tag, bad encoding, …).
    public static let malformedXML = Code(value: .malformedXML)
    /// The document declares or references an entity, which the hardened reader refuses.
    public static let entityRefused = Code(value: .entityRefused)
    /// The file is none of the supported ontology formats.
    public static let unsupportedFormat = Code(value: .unsupportedFormat)
    /// A JSON or TSV record lacks what the format requires.
    public static let malformedRecord = Code(value: .malformedRecord)
    /// No loaded term matches an id, label or synonym.
    public static let unknownTerm = Code(value: .unknownTerm)
    /// Several loaded terms match a label or bare code.
    public static let ambiguousTerm = Code(value: .ambiguousTerm)
    /// An ontology cache file was unusable (corrupt, truncated, unwritable) and was bypassed.
    public static let cacheIgnored = Code(value: .cacheIgnored)
    /// A downloaded ontology's SHA-256 differs from the one given with its URL.
    public static let checksumMismatch = Code(value: .checksumMismatch)
    /// An ontology URL answered with an HTTP error and no cached copy could stand in.
    public static let downloadFailed = Code(value: .downloadFailed)

    public var description: String { value.rawValue }
  }

  /// What kind of failure.
  public var code: Code
  /// The file as the user named it, or an empty string for a term lookup.
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// The 1-based column, when known.
  public var column: Int?
  /// What is wrong, in one sentence.
  public var message: String
  /// How to fix it, when there is something to say.
  public var hint: String?

  /// Creates an error at a position in a file.
  public init(
    _ code: Code, file: String, line: Int? = nil, column: Int? = nil, _ message: String,
    hint: String? = nil
  ) {
    self.code = code
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.hint = hint
  }

  /// `file:line:column`, leaving out the unknown parts.
  public var location: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text
  }

  /// Compiler-style text: `file:line:column: error: message`, then the hint indented.
  public var description: String { formatted(severity: "error") }

  /// Compiler-style text with another severity word, for problems reported as warnings.
  public func formatted(severity: String) -> String {
    var text = file.isEmpty ? "\(severity): \(message)" : "\(location): \(severity): \(message)"
    if let hint { text += "\n  hint: \(hint)" }
    return text
  }
}
