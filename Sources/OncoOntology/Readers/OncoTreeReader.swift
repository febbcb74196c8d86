import Foundation

/// Reads OncoTree, the cancer-type tree cBioPortal studies are coded with, as its release JSON or
/// its flat TSV.
///
/// Each node becomes `ONCOTREE:<code>` with its name as label, its main type as ``Term/kind``,
/// its parent, and its NCIt and UMLS cross-references (`NCIT:C3512`, `UMLS:C0152013`). Codes
/// a release retired (`history`, `revocations`, `precursors`) become alternative ids of the node
/// that lists them, so `GBM` still resolves, with a warning, to the node that replaced it.
public enum OncoTreeReader {
  /// One node of the release JSON (`children` is an object keyed by code).
  private struct Node: Decodable {
    var code: String
    var name: String?
    var mainType: String?
    var externalReferences: [String: [String]]?
    var children: [String: Node]?
    var parent: String?
    var history: [String]?
    var revocations: [String]?
    var precursors: [String]?
  }

  /// Reads a release JSON file (`{"TISSUE": {…}}`).
  ///
  /// - Throws: ``OntologyError`` when the file is missing or is not an OncoTree tree.
  public static func readJSON(path: String) throws -> OntologyFile {
    let data = try contents(of: path)
    let roots: [String: Node]
    do {
      roots = try JSONDecoder().decode([String: Node].self, from: data)
    } catch {
      throw OntologyError(
        .malformedRecord, file: path, "not an OncoTree release JSON (\(error))",
        hint: "expected {\"TISSUE\": {\"code\": …, \"children\": {…}}} as in oncotree's trees/")
    }
    var terms: [Term] = []
    var stack = roots.values.sorted { $0.code < $1.code }.reversed().map { ($0, String?.none) }
    while let (node, parent) = stack.popLast() {
      var term = Term(id: id(node.code), label: node.name, kind: node.mainType)
      if let parent = node.parent ?? parent { term.parents = [id(parent)] }
      term.xrefs = xrefs(node.externalReferences ?? [:])
      let retired = (node.history ?? []) + (node.revocations ?? []) + (node.precursors ?? [])
      term.alternativeIds = retired.filter { $0 != node.code }.map(id)
      terms.append(term)
      let children = (node.children ?? [:]).values.sorted { $0.code < $1.code }
      stack += children.reversed().map { ($0, node.code) }
    }
    return OntologyFile(path: path, format: .oncotreeJSON, name: "OncoTree", terms: terms)
  }

  /// Reads the flat TSV (`Code Color Name MainType UMLS NCI Tissue Parent`, comma-joined
  /// multi-valued cells, empty parent for the root).
  ///
  /// - Throws: ``OntologyError`` when the header lacks `Code`.
  public static func readTSV(path: String) throws -> OntologyFile {
    let table = try DelimitedTable(path: path, data: contents(of: path))
    guard let code = table.column("code") else {
      throw OntologyError(
        .malformedRecord, file: path, line: 1, "OncoTree TSV header has no 'Code' column",
        hint: "expected Code, Color, Name, MainType, UMLS, NCI, Tissue, Parent")
    }
    let columns = ["name", "maintype", "umls", "nci", "parent"].map(table.column)
    var terms: [Term] = []
    for row in table.rows {
      let cell = { (index: Int?) in index.flatMap { row.cell($0) } }
      guard let value = cell(code) else { continue }
      var term = Term(id: id(value), label: cell(columns[0]), kind: cell(columns[1]))
      term.parents = cell(columns[4]).map { [id($0)] } ?? []
      term.xrefs = xrefs([
        "NCI": cell(columns[3]).map(list) ?? [], "UMLS": cell(columns[2]).map(list) ?? [],
      ])
      terms.append(term)
    }
    return OntologyFile(path: path, format: .oncotreeTSV, name: "OncoTree", terms: terms)
  }

  private static func id(_ code: String) -> String { "ONCOTREE:" + code }

  private static func list(_ cell: String) -> [String] {
    cell.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
  }

  private static func xrefs(_ references: [String: [String]]) -> [String] {
    (references["NCI"] ?? []).map { "NCIT:" + $0 } + (references["UMLS"] ?? []).map { "UMLS:" + $0 }
  }

  /// The bytes of a file, or an ``OntologyError`` that says why not.
  static func contents(of path: String) throws -> Data {
    guard FileManager.default.fileExists(atPath: path) else {
      throw OntologyError(.fileNotFound, file: path, "no such file")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw OntologyError(.unreadable, file: path, "cannot read the file")
    }
    return data
  }
}
