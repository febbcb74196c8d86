import OncoModel

extension QueryFileParser {
  /// Checks every gene of a written expression against HGNC and returns the tree with previous
  /// symbols and aliases replaced by approved symbols (each replacement a warning).
  ///
  /// An unknown symbol is an error with the nearest approved symbol as hint; an alias of
  /// several genes is an error listing them. With no HGNC table loaded nothing is checked.
  mutating func checkGenes(_ written: WrittenExpression) -> AlterationExpression? {
    guard let tree = written.expression else { return nil }
    guard !genes.isEmpty else { return tree }
    var renames: [String: String] = [:]
    var failed = false
    for symbol in tree.genes {
      let location = written.location(ofWord: symbol, in: source)
      switch genes.lookup(symbol) {
      case .approved(let approved):
        if approved != symbol { renames[symbol] = approved }
      case .previous(let gene), .alias(let gene):
        renames[symbol] = gene
        let kind = if case .previous = genes.lookup(symbol) { "a previous symbol" } else { "an alias" }
        diagnostics.append(
          Diagnostic(
            .warning, at: location, "'\(symbol)' is \(kind) of \(gene); using \(gene)",
            hint: "write the HGNC approved symbol '\(gene)'"))
      case .ambiguous(let candidates):
        failed = true
        diagnostics.append(
          Diagnostic(
            .error, at: location,
            "'\(symbol)' is a previous symbol or alias of several genes: \(candidates.joined(separator: ", "))",
            hint: "write the HGNC approved symbol of the gene you mean"))
      case .unknown(let suggestion):
        failed = true
        diagnostics.append(
          Diagnostic(
            .error, at: location, "unknown gene '\(symbol)'",
            hint: suggestion.map { "did you mean '\($0)'?" }
              ?? "use an HGNC approved symbol (https://www.genenames.org), or load a fuller HGNC table with --ontology"
          ))
      }
    }
    if failed { return nil }
    return renames.isEmpty ? tree : tree.renamingGenes { renames[$0] ?? $0 }
  }
}
