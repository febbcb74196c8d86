/// The header of a VCF file: its version, the INFO/FORMAT/FILTER/contig definitions and the
/// sample names of the `#CHROM` line.
///
/// Files in the wild sometimes lack parts of it (no `##fileformat`, no `#CHROM` line); the
/// reader then fills in what it can and says so in a warning.
public struct VCFHeader: Sendable, Hashable {
  /// How many values a field holds, as the `Number=` attribute says.
  public enum Number: Sendable, Hashable, CustomStringConvertible {
    /// A fixed count (`Number=1`, `Number=0` for flags).
    case fixed(Int)
    /// One value per alternate allele (`Number=A`).
    case perAlternateAllele
    /// One value per allele, the reference first (`Number=R`).
    case perAllele
    /// One value per possible genotype (`Number=G`).
    case perGenotype
    /// Any number of values (`Number=.`).
    case unbounded

    /// Parses the attribute text; `nil` for anything that is not a VCF `Number`.
    public init?(_ text: some StringProtocol) {
      switch text {
      case "A": self = .perAlternateAllele
      case "R": self = .perAllele
      case "G": self = .perGenotype
      case ".": self = .unbounded
      default:
        guard let count = Int(text), count >= 0 else { return nil }
        self = .fixed(count)
      }
    }

    /// The attribute as written in a header (`A`, `R`, `G`, `.`, or the count).
    public var description: String {
      switch self {
      case .fixed(let count): return String(count)
      case .perAlternateAllele: return "A"
      case .perAllele: return "R"
      case .perGenotype: return "G"
      case .unbounded: return "."
      }
    }
  }

  /// The type of a field's values, as the `Type=` attribute says.
  public enum ValueType: String, Sendable, Hashable, CaseIterable {
    case integer = "Integer"
    case float = "Float"
    case flag = "Flag"
    case character = "Character"
    case string = "String"
  }

  /// One `##INFO` or `##FORMAT` definition.
  public struct Definition: Sendable, Hashable {
    /// The tag (`DP`, `CSQ`).
    public var id: String
    public var number: Number
    public var type: ValueType
    /// The `Description` text, unquoted.
    public var description: String?
    /// Every attribute as written (`Source`, `Version`, …), quotes removed.
    public var attributes: [String: String]

    /// Creates a definition.
    public init(
      id: String, number: Number, type: ValueType, description: String? = nil,
      attributes: [String: String] = [:]
    ) {
      self.id = id
      self.number = number
      self.type = type
      self.description = description
      self.attributes = attributes
    }
  }

  /// One `##contig` line.
  public struct Contig: Sendable, Hashable {
    public var id: String
    /// The contig length in bases, when declared.
    public var length: Int?

    /// Creates a contig definition.
    public init(id: String, length: Int? = nil) {
      self.id = id
      self.length = length
    }
  }

  /// The `##fileformat` value (`VCFv4.2`), or `nil` when the file does not declare one.
  public var fileFormat: String?
  /// INFO definitions by tag.
  public var info: [String: Definition] = [:]
  /// FORMAT definitions by tag.
  public var format: [String: Definition] = [:]
  /// FILTER descriptions by filter name.
  public var filters: [String: String] = [:]
  /// Contigs in header order.
  public var contigs: [Contig] = []
  /// Sample names from the `#CHROM` line, in column order (empty for a sites-only file).
  public var sampleNames: [String] = []
  /// Whether the file had a `#CHROM` column-header line.
  public var hasColumnHeader = false
  /// Other `##key=value` lines (`source`, `reference`, `SnpEffCmd`, …) in file order.
  public var otherLines: [(key: String, value: String)] {
    get { other.map { ($0.key, $0.value) } }
    set { other = newValue.map { MetaLine(key: $0.key, value: $0.value) } }
  }
  /// INFO tags in declaration order.
  public internal(set) var infoOrder: [String] = []

  var other: [MetaLine] = []

  /// The version number of ``fileFormat`` (`4.2`), when it has the `VCFvX.Y` form.
  public var version: String? {
    guard let fileFormat, fileFormat.hasPrefix("VCFv") else { return nil }
    return String(fileFormat.dropFirst(4))
  }

  /// Creates an empty header.
  public init() {}
}

/// A `##key=value` line kept as written.
struct MetaLine: Sendable, Hashable {
  var key: String
  var value: String
}
