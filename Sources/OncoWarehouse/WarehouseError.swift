import OncoModel

/// An error that stops a warehouse operation: a file that is not a warehouse, a schema from a newer
/// tool, an import refused under `--strict`, a database failure.
///
/// Problems with one record are not errors but rejects: the record is counted as rejected, its
/// reason and location are stored in the `rejects` table and the import goes on.
public struct WarehouseError: DiagnosticError, Hashable, CustomStringConvertible {
  /// What kind of failure, stable for clients to match on; new codes break nobody.
  public struct Code: Sendable, Hashable, CustomStringConvertible {
    enum Value: String, Sendable, Hashable {
      case notAWarehouse = "not_a_warehouse"
      case newerSchema = "newer_schema"
      case strictRejection = "strict_rejection"
      case unreadableInput = "unreadable_input"
      case invalidSourceName = "invalid_source_name"
      case invalidLinkage = "invalid_linkage"
      case database
    }
    let value: Value

    /// The file exists but is not an OncoCohort warehouse (or not SQLite at all).
    public static let notAWarehouse = Code(value: .notAWarehouse)
    /// The warehouse was written by a newer version of the tool.
    public static let newerSchema = Code(value: .newerSchema)
    /// `--strict` was given and at least one record was rejected; nothing was imported.
    public static let strictRejection = Code(value: .strictRejection)
    /// An input file could not be read for hashing.
    public static let unreadableInput = Code(value: .unreadableInput)
    /// A source name is empty or has characters that cannot name a source.
    public static let invalidSourceName = Code(value: .invalidSourceName)
    /// A linkage file lacks a column or has an empty field.
    public static let invalidLinkage = Code(value: .invalidLinkage)
    /// SQLite itself failed (disk full, locked database, I/O error).
    public static let database = Code(value: .database)

    /// The code as a stable `snake_case` string.
    public var description: String { value.rawValue }
  }

  /// What kind of failure.
  public var code: Code
  /// The file (warehouse or input) the error is about.
  public var location: TextLocation
  /// What went wrong, in one sentence.
  public var message: String
  /// How to fix it, when there is something to say.
  public var hint: String?

  /// Creates an error.
  public init(_ code: Code, at location: TextLocation, _ message: String, hint: String? = nil) {
    self.code = code
    self.location = location
    self.message = message
    self.hint = hint
  }

  /// Whether the error is about input data (exit 65) rather than the environment (exit 1).
  public var isDataError: Bool {
    switch code.value {
    case .notAWarehouse, .newerSchema, .strictRejection, .invalidSourceName, .invalidLinkage: return true
    case .unreadableInput, .database: return false
    }
  }

  /// The error as an error-severity diagnostic, for uniform printing.
  public var diagnostic: Diagnostic {
    Diagnostic(.error, at: location, message, hint: hint)
  }

  /// Compiler-style text: `file: error: message`, then the hint.
  public var description: String { diagnostic.formatted }
}

extension WarehouseError {
  /// The code's `snake_case` name.
  public var diagnosticCode: String { code.description }
  /// The warehouse or input file the error is about.
  public var diagnosticLocation: TextLocation? { location }
  /// The hint.
  public var diagnosticHint: String? { hint }
}
