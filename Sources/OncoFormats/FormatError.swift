import OncoModel

/// An error that stops a whole file from being read (a missing file, a broken compressed stream,
/// a header without a required column).
///
/// Problems with one record are not errors but ``OncoModel/Diagnostic`` values: the reader counts
/// the record as rejected and goes on.
public struct FormatError: DiagnosticError, Hashable, CustomStringConvertible {
  /// What kind of failure, stable for clients to match on; new codes break nobody.
  public struct Code: Sendable, Hashable, CustomStringConvertible {
    enum Value: String, Sendable, Hashable {
      case fileNotFound = "file_not_found"
      case unreadable
      case corruptCompression = "corrupt_compression"
      case truncatedCompression = "truncated_compression"
      case unknownFormat = "unknown_format"
      case binaryContent = "binary_content"
      case emptyFile = "empty_file"
      case missingHeader = "missing_header"
      case missingColumn = "missing_column"
      case lineTooLong = "line_too_long"
      case unknownSample = "unknown_sample"
      case network
      case httpStatus = "http_status"
    }
    let value: Value

    public static let fileNotFound = Code(value: .fileNotFound)
    public static let unreadable = Code(value: .unreadable)
    public static let corruptCompression = Code(value: .corruptCompression)
    public static let truncatedCompression = Code(value: .truncatedCompression)
    public static let unknownFormat = Code(value: .unknownFormat)
    public static let binaryContent = Code(value: .binaryContent)
    public static let emptyFile = Code(value: .emptyFile)
    public static let missingHeader = Code(value: .missingHeader)
    public static let missingColumn = Code(value: .missingColumn)
    public static let lineTooLong = Code(value: .lineTooLong)
    /// A URL could not be fetched (connection refused, timeout, TLS failure).
    public static let network = Code(value: .network)
    /// A server answered with an error status (401, 403, 404, or 429/5xx after every retry).
    public static let httpStatus = Code(value: .httpStatus)
    /// The requested sample is not in the file.
    public static let unknownSample = Code(value: .unknownSample)

    public var description: String { value.rawValue }
  }

  public var code: Code
  public var location: TextLocation
  public var message: String
  public var hint: String?

  public init(_ code: Code, at location: TextLocation, _ message: String, hint: String? = nil) {
    self.code = code
    self.location = location
    self.message = message
    self.hint = hint
  }

  /// The error as an error-severity diagnostic, for uniform printing.
  public var diagnostic: Diagnostic {
    Diagnostic(.error, at: location, message, hint: hint)
  }

  public var description: String { diagnostic.formatted }
}

extension FormatError {
  /// The code's `snake_case` name.
  public var diagnosticCode: String { code.description }
  /// The file (and line) that could not be read.
  public var diagnosticLocation: TextLocation? { location }
  /// The hint.
  public var diagnosticHint: String? { hint }
}
