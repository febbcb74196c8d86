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

extension QueryFileParser {
  /// The sample-level measures that sources commonly record; another name is a warning (it
  /// matches only what a source records under exactly that name).
  static let knownBiomarkers = ["TMB", "MSI", "HRD", "PD-L1"]

  /// Warns of biomarker names outside ``knownBiomarkers``, with "did you mean".
  mutating func checkBiomarkers(_ written: WrittenExpression) {
    guard let tree = written.expression else { return }
    for condition in tree.biomarkers
    where !Self.knownBiomarkers.contains(condition.name.uppercased()) {
      let hint =
        NearName.closest(to: condition.name, in: Self.knownBiomarkers).map { "did you mean '\($0)'?" }
        ?? "known measures: \(Self.knownBiomarkers.joined(separator: ", ")); another name matches only "
        + "what a source records under it"
      diagnostics.append(
        Diagnostic(
          .warning, at: written.location(ofWord: condition.name, in: source),
          "'\(condition.name)' is not a known sample-level measure", hint: hint))
    }
  }
}
