import Foundation
import OncoOntology

/// A ``CodeMapping`` backed by loaded ontologies: diagnosis codes to NCIt cancer concepts through
/// cross-references, drug names to drug concepts, gene symbols and aliases to HGNC symbols.
///
/// - Diagnoses: an `NCIT:` id that is loaded is its own concept. Any other code (`ONCOTREE:LUAD`,
///   `ICD10:C34.1`, `ICDO3:8140/3`) maps to the NCIt term that lists it among its
///   cross-references. An ICD-10 code without one inherits the mapping of its nearest ICD-10
///   ancestor (`C34.1` → `C34`), through the loaded ClaML hierarchy or, when the category is not
///   loaded, by dropping the subcategory digit. A term of another ontology (an OncoTree release)
///   that itself cross-references an NCIt term maps to that term. A bare code (`LUAD`) is tried
///   as OncoTree, then ICD-10, then ICD-O-3.
/// - Drugs: the generic name, a brand name or a French name, ignoring case and accents, or an
///   `ATC:` id, resolved among `ATC:` and `ONCODRUG:` terms; several drugs sharing a name leave it
///   unmapped.
/// - Genes: an approved symbol, a previous symbol or an alias, among `HGNC:` terms; an approved
///   symbol wins over another gene's alias, and an alias shared by several genes stays unmapped.
public struct OntologyCodeMapping: CodeMapping {
  /// The graph the mapping resolves in.
  public let graph: TermGraph
  /// Cross-reference (upper-cased CURIE) → NCIt concept id.
  private let conceptOfXref: [String: String]

  /// The id prefix of cancer concepts.
  static let cancerPrefix = "NCIT"
  /// The id prefixes of drug concepts.
  static let drugPrefixes: Set<Substring> = ["ATC", "ONCODRUG"]
  /// The id prefix of genes.
  static let genePrefix = "HGNC"

  /// Creates a mapping over `graph`, indexing the cross-references of its NCIt terms.
  /// - Complexity: O(terms + cross-references).
  public init(graph: TermGraph) {
    self.graph = graph
    var index: [String: String] = [:]
    for term in graph.terms where term.prefix == Self.cancerPrefix[...] && !term.isObsolete {
      for xref in term.xrefs { index[xref.uppercased()] = index[xref.uppercased()] ?? term.id }
    }
    conceptOfXref = index
  }

  /// The NCIt concept of a diagnosis code, or `nil`.
  public func diagnosisConcept(for code: String) -> String? {
    let code = code.trimmingCharacters(in: .whitespaces)
    guard let colon = code.firstIndex(of: ":") else {
      for prefix in ["ONCOTREE", "ICD10", "ICDO3"] {
        if let concept = diagnosisConcept(for: "\(prefix):\(code)") { return concept }
      }
      return nil
    }
    let prefix = code[..<colon].uppercased()
    let bare = String(code[code.index(after: colon)...])
    if prefix == Self.cancerPrefix, let term = graph.term(code), term.prefix == "NCIT" {
      return term.id
    }
    switch prefix {
    case "ICD10", "ICD10CM": return icd10Concept(bare)
    case "ICDO3", "ICD-O-3": return conceptOfXref["ICDO3:" + bare.uppercased().trimmingPrefix("M")]
    default: return conceptOfXref["\(prefix):\(bare.uppercased())"] ?? conceptOfTerm(code)
    }
  }

  /// The drug concept of an agent's name (generic, brand or French, any case), or `nil`.
  public func drugConcept(for agent: String) -> String? {
    unique(agent) { Self.drugPrefixes.contains($0.prefix ?? "") }?.id
  }

  /// The approved HGNC symbol of a symbol, previous symbol or alias, or `nil`.
  public func geneSymbol(for symbol: String) -> String? {
    unique(symbol) { $0.prefix == Self.genePrefix[...] }?.label
  }

  /// The concept of an ICD-10 code: its own cross-reference, else its nearest ancestor's.
  private func icd10Concept(_ code: String) -> String? {
    let code = code.uppercased()
    if let concept = conceptOfXref["ICD10:" + code] { return concept }
    if let node = graph.node("ICD10:" + code) {
      for ancestor in graph.ancestors(of: node) {
        if let concept = conceptOfXref[graph[ancestor.node].id.uppercased()] { return concept }
      }
      return nil
    }
    guard let dot = code.firstIndex(of: ".") else { return nil }
    return conceptOfXref["ICD10:" + code[..<dot]]
  }

  /// The NCIt concept a loaded non-NCIt term cross-references (an OncoTree code's `NCIT:` xref).
  private func conceptOfTerm(_ id: String) -> String? {
    guard let term = graph.term(id) else { return nil }
    return term.xrefs.first { graph.term($0)?.prefix == Self.cancerPrefix[...] }
  }

  /// The one term among those `accepted` that `text` names, best kind of match first.
  private func unique(_ text: String, where accepted: (Term) -> Bool) -> Term? {
    let found = graph.search(text).filter { accepted(graph[$0.node]) }
    guard let best = found.first else { return nil }
    let sameKind = found.filter { $0.kind == best.kind }
    return sameKind.count == 1 ? graph[best.node] : nil
  }
}

extension String {
  /// The string without one leading `prefix`, if it starts with it.
  fileprivate func trimmingPrefix(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}

extension OntologyCodeMapping {
  /// The most specific concept implied by several concepts of one diagnosis together: a
  /// topography and a morphology (`ICD10:C34.1` → Lung Carcinoma with `ICDO3:8140/3` →
  /// Adenocarcinoma gives Lung Adenocarcinoma, `NCIT:C3512`, which is a child of both).
  ///
  /// The answer is the single term that descends from every given concept and has no ancestor
  /// that also does (the greatest common descendant); `nil` when there is none, or several.
  public func combinedDiagnosisConcept(_ concepts: [String]) -> String? {
    let nodes = Set(concepts).compactMap { graph.node($0) }
    guard nodes.count >= 2, let first = nodes.first else { return nil }
    let common = graph.descendants(of: first).map(\.node).filter { candidate in
      nodes.allSatisfy { graph.isA(candidate, $0) }
    }
    let greatest = common.filter { candidate in
      !common.contains { $0 != candidate && graph.isA(candidate, $0) }
    }
    guard greatest.count == 1, let only = greatest.first else { return nil }
    return graph[only].id
  }
}
