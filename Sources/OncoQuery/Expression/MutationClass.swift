/// A named class of mutations: OQL's classes and the exon-level extensions.
public enum MutationClass: Sendable, Hashable {
  /// Missense (`MISSENSE`).
  case missense
  /// Nonsense, a gained stop codon (`NONSENSE`).
  case nonsense
  /// Loss of the start codon (`NONSTART`).
  case nonstart
  /// Loss of the stop codon (`NONSTOP`).
  case nonstop
  /// Frameshift (`FRAMESHIFT`).
  case frameshift
  /// In-frame insertion or deletion.
  case inframe
  /// Splice site or region (`SPLICE`).
  case splice
  /// Truncating: nonsense, frameshift, nonstart, nonstop and splice.
  case truncating
  /// Promoter (`PROMOTER`).
  case promoter
  /// In-frame deletion (`INFRAME_DEL`).
  case inframeDeletion
  /// In-frame insertion (`INFRAME_INS`).
  case inframeInsertion
  /// A deletion within an exon (`EXON19_DEL`).
  case exonDeletion(Int)
  /// An insertion within an exon (`EXON20_INS`).
  case exonInsertion(Int)
  /// Skipping of an exon: splice-site variants at its boundaries and deletions spanning them
  /// (`EXON14_SKIP`).
  case exonSkipping(Int)

  /// The classes that have a fixed name, in the order hints list them.
  static let named: [(String, MutationClass)] = [
    ("MISSENSE", .missense), ("NONSENSE", .nonsense), ("NONSTART", .nonstart),
    ("NONSTOP", .nonstop), ("FRAMESHIFT", .frameshift), ("INFRAME", .inframe),
    ("SPLICE", .splice), ("TRUNC", .truncating), ("PROMOTER", .promoter),
    ("INFRAME_DEL", .inframeDeletion), ("INFRAME_INS", .inframeInsertion),
  ]

  /// The class a keyword names (`TRUNC`, `EXON19_DEL`), ignoring case, or `nil`.
  init?(keyword: String) {
    let upper = keyword.uppercased()
    if let match = Self.named.first(where: { $0.0 == upper }) {
      self = match.1
      return
    }
    guard upper.hasPrefix("EXON"), let underscore = upper.firstIndex(of: "_") else { return nil }
    let digits = upper[upper.index(upper.startIndex, offsetBy: 4)..<underscore]
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let exon = Int(digits), exon > 0 else {
      return nil
    }
    switch upper[upper.index(after: underscore)...] {
    case "DEL": self = .exonDeletion(exon)
    case "INS": self = .exonInsertion(exon)
    case "SKIP": self = .exonSkipping(exon)
    default: return nil
    }
  }

  /// The canonical keyword (`TRUNC`, `EXON19_DEL`).
  public var keyword: String {
    switch self {
    case .exonDeletion(let exon): "EXON\(exon)_DEL"
    case .exonInsertion(let exon): "EXON\(exon)_INS"
    case .exonSkipping(let exon): "EXON\(exon)_SKIP"
    default: Self.named.first(where: { $0.1 == self })?.0 ?? ""
    }
  }
}
