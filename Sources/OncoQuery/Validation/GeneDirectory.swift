import OncoModel
import OncoOntology

/// HGNC gene symbols for checking the genes an expression names: approved symbols, previous
/// symbols and aliases.
///
/// Built from HGNC terms (``OncoOntology/HGNCReader``; the shipped `Ontologies/hgnc-genes.tsv`):
/// a term's label is the approved symbol, its exact synonyms without spaces its previous
/// symbols, its related synonyms its aliases.
public struct GeneDirectory: Sendable, Hashable {
  /// What a symbol written in a query is.
  public enum Lookup: Sendable, Hashable {
    /// An approved symbol (the approved spelling, `kras` → `KRAS`).
    case approved(String)
    /// A previous symbol of one gene (`MLL` → `KMT2A`).
    case previous(of: String)
    /// An alias of one gene (`HER2` → `ERBB2`).
    case alias(of: String)
    /// A previous symbol or alias of several genes.
    case ambiguous([String])
    /// Not known, with the nearest approved symbol when one is close.
    case unknown(suggestion: String?)
  }

  private var approved: [String: String] = [:]
  private var previous: [String: [String]] = [:]
  private var aliases: [String: [String]] = [:]

  /// Creates a directory from HGNC terms; terms of other prefixes are ignored.
  public init(terms: [Term]) {
    for term in terms where term.prefix == "HGNC" {
      guard let symbol = term.label else { continue }
      approved[symbol.uppercased()] = symbol
      for synonym in term.synonyms where !synonym.text.contains(" ") {
        let key = synonym.text.uppercased()
        if synonym.scope == .exact {
          previous[key, default: []].append(symbol)
        } else {
          aliases[key, default: []].append(symbol)
        }
      }
    }
  }

  /// Creates a directory from the HGNC terms of a graph (the shipped folder holds them).
  public init(graph: TermGraph) { self.init(terms: graph.terms) }

  /// Whether no gene is known (no HGNC table was loaded): genes are then not checked.
  public var isEmpty: Bool { approved.isEmpty }

  /// The number of approved symbols.
  public var count: Int { approved.count }

  /// What `symbol` is: approved (ignoring case), a previous symbol or alias, or unknown.
  public func lookup(_ symbol: String) -> Lookup {
    let key = symbol.uppercased()
    if let found = approved[key] { return .approved(found) }
    for (table, make) in [(previous, Lookup.previous(of:)), (aliases, Lookup.alias(of:))] {
      guard let genes = table[key] else { continue }
      let distinct = Array(Set(genes)).sorted()
      return distinct.count == 1 ? make(distinct[0]) : .ambiguous(distinct)
    }
    return .unknown(suggestion: suggestion(for: symbol))
  }

  /// The approved symbol nearest to `symbol` (see ``NearName``).
  func suggestion(for symbol: String) -> String? {
    NearName.closest(to: symbol, in: approved.values.sorted())
  }
}
