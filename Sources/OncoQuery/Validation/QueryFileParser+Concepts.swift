import OncoModel
import OncoOntology
import Yams

extension QueryFileParser {
  /// What a concept of a query stands for, which decides the ontologies it may come from.
  enum ConceptUse: String {
    case diagnosis, drug

    /// Prefixes of ontologies that hold no concept of this use (a gene is never a diagnosis).
    var excludedPrefixes: Set<String> {
      switch self {
      case .diagnosis: ["HGNC", "SO", "ATC", "ONCODRUG"]
      case .drug: ["HGNC", "SO", "ICD10", "ONCOTREE"]
      }
    }
  }

  /// The CURIE of the concept `text` (an id, bare code, label or synonym) resolved in the loaded
  /// ontologies; an obsolete term gives its replacement with a warning.
  ///
  /// Without ontologies a CURIE is taken as written and a label is an error.
  mutating func concept(_ text: String, at node: Node, for use: ConceptUse) -> String? {
    guard let ontology else {
      if Self.looksLikeCURIE(text) { return text }
      error(
        node, "cannot resolve '\(text)' without ontologies",
        hint: "write a concept id such as NCIT:C2926, or load ontologies")
      return nil
    }
    let match: TermGraph.Match
    do {
      match = try ontology.resolve(text)
    } catch let problem as OntologyError {
      let message =
        problem.code == .unknownTerm ? "unknown \(use.rawValue) concept '\(text)'" : problem.message
      error(node, message, hint: problem.hint)
      return nil
    } catch {
      self.error(node, "cannot resolve '\(text)': \(error)")
      return nil
    }
    for warning in match.warnings {
      report(.warning, at: node, warning, hint: "write the current id to silence this warning")
    }
    let term = ontology[match.node]
    if let prefix = term.prefix, use.excludedPrefixes.contains(String(prefix)) {
      error(
        node, "'\(text)' is \(ontology.describe(match.node)), not a \(use.rawValue) concept",
        hint: use == .diagnosis
          ? "name a disease concept (NCIT, ICD10, ONCOTREE), e.g. 'Lung Non-Small Cell Carcinoma'"
          : "name a drug or drug class (ATC, ONCODRUG), e.g. 'osimertinib'")
      return nil
    }
    return term.id
  }

  /// The CURIEs of a field holding one concept or a list of them.
  mutating func concepts(_ field: Field, for use: ConceptUse) -> [String]? {
    guard let values = strings(field) else { return nil }
    var ids: [String] = []
    var failed = false
    for (text, node) in values {
      if let id = concept(text, at: node, for: use) {
        if !ids.contains(id) { ids.append(id) }
      } else {
        failed = true
      }
    }
    return failed ? nil : ids
  }

  static func looksLikeCURIE(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
    return !text.contains(" ") && text.index(after: colon) != text.endIndex
  }
}
