/// Reads a gene table in HGNC's download layout: `hgnc_id`, `symbol`, `name`, and optionally
/// `locus_group`, `alias_symbol`, `prev_symbol` (multiple values joined with `|`).
///
/// Each gene becomes `HGNC:<number>` labelled with its approved symbol; its full name and its
/// previous symbols are exact synonyms and its aliases related synonyms, so `MLL` finds `KMT2A`
/// and `HER2` finds `ERBB2`.
public enum HGNCReader {
  /// Reads the table at `path`.
  ///
  /// - Throws: ``OntologyError`` when the file is missing or lacks `hgnc_id` and `symbol`.
  public static func read(path: String) throws -> OntologyFile {
    let table = try DelimitedTable(path: path, data: OncoTreeReader.contents(of: path))
    guard let idColumn = table.column("hgnc_id"), let symbolColumn = table.column("symbol") else {
      throw OntologyError(
        .malformedRecord, file: path, line: 1, "the header lacks hgnc_id or symbol",
        hint: "use HGNC's column names: hgnc_id, symbol, name, alias_symbol, prev_symbol")
    }
    let name = table.column("name")
    let group = table.column("locus_group")
    let aliases = table.column("alias_symbol")
    let previous = table.column("prev_symbol")
    var terms: [Term] = []
    var warnings: [OntologyError] = []
    for row in table.rows {
      guard let id = row.cell(idColumn), let symbol = row.cell(symbolColumn) else {
        warnings.append(
          OntologyError(
            .malformedRecord, file: path, line: row.line, "row without hgnc_id or symbol; skipped"))
        continue
      }
      var term = Term(id: id.hasPrefix("HGNC:") ? id : "HGNC:" + id, label: symbol)
      term.kind = group.flatMap(row.cell)
      if let full = name.flatMap(row.cell) { term.synonyms.append(Synonym(full)) }
      term.synonyms += symbols(previous.flatMap(row.cell)).map { Synonym($0) }
      term.synonyms += symbols(aliases.flatMap(row.cell)).map { Synonym($0, scope: .related) }
      terms.append(term)
    }
    return OntologyFile(path: path, format: .hgncTSV, name: "HGNC", terms: terms, warnings: warnings)
  }

  private static func symbols(_ cell: String?) -> [String] {
    (cell ?? "").split(separator: "|").map { String($0).trimmed }.filter { !$0.isEmpty }
  }
}
