/// How an import harmonises the codes it meets: the hook through which the ontology layer plugs in.
///
/// Each method returns the harmonised value, or `nil` when the code is unknown to the mapping.
/// A code that maps to nothing is kept as written and listed in the warehouse's `unmapped_codes`
/// table (and in `oncocohort summary`), never dropped. Without a mapping (``ImportOptions/codeMapping``
/// is `nil`) nothing is harmonised and nothing is listed as unmapped.
public protocol CodeMapping: Sendable {
  /// The cancer concept (a CURIE such as `NCIT:C3512`) a diagnosis code (`ICD10:C34.1`,
  /// `ONCOTREE:LUAD`) stands for.
  func diagnosisConcept(for code: String) -> String?
  /// The drug concept a treatment agent (generic or brand name, any case) stands for.
  func drugConcept(for agent: String) -> String?
  /// The approved HGNC symbol of a gene symbol or alias.
  func geneSymbol(for symbol: String) -> String?
}

/// A code mapping given as three closures, for tests and for small hand-written tables.
public struct ClosureCodeMapping: CodeMapping {
  let diagnosis: @Sendable (String) -> String?
  let drug: @Sendable (String) -> String?
  let gene: @Sendable (String) -> String?

  /// Creates a mapping; each closure defaults to keeping every code as written (mapped to itself).
  public init(
    diagnosis: @escaping @Sendable (String) -> String? = { $0 },
    drug: @escaping @Sendable (String) -> String? = { _ in nil },
    gene: @escaping @Sendable (String) -> String? = { $0 }
  ) {
    self.diagnosis = diagnosis
    self.drug = drug
    self.gene = gene
  }

  /// Calls the diagnosis closure.
  public func diagnosisConcept(for code: String) -> String? { diagnosis(code) }
  /// Calls the drug closure.
  public func drugConcept(for agent: String) -> String? { drug(agent) }
  /// Calls the gene closure.
  public func geneSymbol(for symbol: String) -> String? { gene(symbol) }
}

/// Harmonises codes through a ``CodeMapping``, asking it once per distinct code and counting the
/// codes it cannot map.
struct CodeHarmonizer {
  /// A vocabulary of the `unmapped_codes` table.
  enum Vocabulary: String {
    case diagnosis, drug, gene
  }

  private let mapping: (any CodeMapping)?
  private var cache: [Vocabulary: [String: String?]] = [:]
  /// Unmapped codes and how many records carried each.
  private(set) var unmapped: [Vocabulary: [String: Int]] = [:]

  init(mapping: (any CodeMapping)?) {
    self.mapping = mapping
  }

  /// The harmonised value of `code`, or `nil` (and the code counted as unmapped).
  mutating func map(_ code: String, in vocabulary: Vocabulary) -> String? {
    guard let mapping else { return nil }
    let mapped: String?
    if let cached = cache[vocabulary]?[code] {
      mapped = cached
    } else {
      switch vocabulary {
      case .diagnosis: mapped = mapping.diagnosisConcept(for: code)
      case .drug: mapped = mapping.drugConcept(for: code)
      case .gene: mapped = mapping.geneSymbol(for: code)
      }
      cache[vocabulary, default: [:]][code] = .some(mapped)
    }
    if mapped == nil { unmapped[vocabulary, default: [:]][code, default: 0] += 1 }
    return mapped
  }
}
