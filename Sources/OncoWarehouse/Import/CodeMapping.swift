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
  /// The single most specific concept that several concepts of one diagnosis imply together
  /// (a site and a histology), or `nil`.
  func combinedDiagnosisConcept(_ concepts: [String]) -> String?
}

extension CodeMapping {
  /// No combination by default: each code keeps its own concept.
  public func combinedDiagnosisConcept(_ concepts: [String]) -> String? { nil }
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
///
/// Each vocabulary has its own table of distinct codes, each entry holding the answer and how many
/// records carried the code while unmapped, so a record costs one hash lookup.
struct CodeHarmonizer {
  /// A vocabulary of the `unmapped_codes` table.
  enum Vocabulary: String, CaseIterable {
    case diagnosis, drug, gene
  }

  /// The mapping's answer for one code, and the records that carried it unmapped.
  private struct Entry {
    var mapped: String?
    var unmappedRecords: Int
  }

  private let mapping: (any CodeMapping)?
  private var tables: [[String: Entry]] = Array(repeating: [:], count: Vocabulary.allCases.count)
  /// Combined diagnosis concepts by the sorted concepts they combine (`.some(nil)`: none).
  private var combinations: [[String]: String?] = [:]

  init(mapping: (any CodeMapping)?) {
    self.mapping = mapping
  }

  /// Unmapped codes and how many records carried each.
  var unmapped: [Vocabulary: [String: Int]] {
    var result: [Vocabulary: [String: Int]] = [:]
    for (offset, vocabulary) in Vocabulary.allCases.enumerated() {
      for (code, entry) in tables[offset] where entry.mapped == nil {
        result[vocabulary, default: [:]][code] = entry.unmappedRecords
      }
    }
    return result
  }

  /// The harmonised value of `code`, or `nil` (and the code counted as unmapped).
  mutating func map(_ code: String, in vocabulary: Vocabulary) -> String? {
    guard let mapping else { return nil }
    let table = vocabulary == .diagnosis ? 0 : vocabulary == .drug ? 1 : 2
    if let index = tables[table].index(forKey: code) {
      let mapped = tables[table].values[index].mapped
      if mapped == nil { tables[table].values[index].unmappedRecords += 1 }
      return mapped
    }
    let mapped: String? =
      switch vocabulary {
      case .diagnosis: mapping.diagnosisConcept(for: code)
      case .drug: mapping.drugConcept(for: code)
      case .gene: mapping.geneSymbol(for: code)
      }
    tables[table][code] = Entry(mapped: mapped, unmappedRecords: mapped == nil ? 1 : 0)
    return mapped
  }

  /// The concepts of one diagnosis's codes, refined by what they imply together.
  ///
  /// The combined concept goes on the morphology code (`ICDO3:`), or else on the last mapped
  /// code: `C34.1` + `8140/3` store Lung Carcinoma and Lung Adenocarcinoma. Answers are cached
  /// per combination of concepts.
  mutating func mapDiagnosis(_ codes: [String]) -> [String?] {
    var concepts = codes.map { map($0, in: .diagnosis) }
    let distinct = Set(concepts.compactMap { $0 })
    guard distinct.count >= 2, let mapping else { return concepts }
    let key = distinct.sorted()
    let combined: String?
    if let cached = combinations[key] {
      combined = cached
    } else {
      combined = mapping.combinedDiagnosisConcept(key)
      combinations[key] = .some(combined)
    }
    guard let combined else { return concepts }
    let mapped = concepts.indices.filter { concepts[$0] != nil }
    if let target = mapped.last(where: { codes[$0].uppercased().hasPrefix("ICDO3:") }) ?? mapped.last {
      concepts[target] = combined
    }
    return concepts
  }
}
