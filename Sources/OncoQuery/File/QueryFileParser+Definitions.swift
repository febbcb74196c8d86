import Foundation
import OncoModel
import OncoOntology
import Yams

/// The files being included (to detect cycles) and already included (read once each).
struct IncludeState {
  var stack: [String] = []
  var done: Set<String> = []
}

extension QueryFileParser {
  /// The keys an included file may hold: it shares definitions, it defines no cohort.
  static let includedFileKeys = ["version", "description", "include", "definitions"]

  /// Reads `definitions:` (`name: "expression"`) into `table`, checking each expression.
  mutating func readDefinitions(_ field: Field, into table: inout DefinitionTable) {
    guard case .mapping(let mapping) = field.value else {
      error(
        field.value, "'definitions' must map names to expressions",
        expected: "egfr_common: \"EGFR: L858R OR EGFR: EXON19_DEL\"", found: Self.describe(field.value))
      return
    }
    for (key, value) in mapping {
      guard let name = key.scalar?.string, Self.isDefinitionName(name) else {
        error(
          key, "a definition name must be letters, digits and '_'", found: Self.describe(key),
          hint: "names are referenced as @name, e.g. @egfr_common")
        continue
      }
      let entry = Field(name: name, path: field.path + "." + name, key: key, value: value)
      guard let written = expression(entry) else { continue }
      checkBiomarkers(written)
      var references: [String: TextLocation] = [:]
      for reference in written.expression?.references ?? [] {
        references[reference] = written.location(ofWord: "@" + reference, in: source)
      }
      let definition = DefinitionTable.Definition(
        name: name, location: location(key), tree: checkGenes(written), references: references)
      table.add(definition, diagnostics: &diagnostics)
    }
  }

  /// An expression value checked and with its `@references` expanded, or `nil` after diagnostics.
  mutating func checkedExpression(_ field: Field, definitions: DefinitionTable) -> AlterationExpression? {
    guard let written = expression(field) else { return nil }
    checkBiomarkers(written)
    guard let tree = checkGenes(written) else { return nil }
    var references: [String: TextLocation] = [:]
    for reference in tree.references {
      references[reference] = written.location(ofWord: "@" + reference, in: source)
    }
    return definitions.expand(
      tree, references: references, fallback: location(field.value), diagnostics: &diagnostics)
  }

  /// Reads the files named by `include:` (relative to this file), their own includes first,
  /// adding their definitions to `table`.
  mutating func readIncludes(_ field: Field, into table: inout DefinitionTable, state: inout IncludeState) {
    guard let names = strings(field) else { return }
    let folder = (source.path as NSString).deletingLastPathComponent
    for (name, node) in names {
      let path =
        name.hasPrefix("/") || folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
      let key = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
      if state.stack.contains(key) {
        error(
          node, "'\(name)' includes itself (include cycle)",
          hint: "move the shared definitions to a file that includes neither")
        continue
      }
      if state.done.contains(key) { continue }
      guard let data = FileManager.default.contents(atPath: path) else {
        error(node, "cannot read included file '\(name)'", hint: "paths are relative to \(source.path)")
        continue
      }
      guard let text = String(data: data, encoding: .utf8) else {
        error(node, "included file '\(name)' is not UTF-8 text")
        continue
      }
      state.done.insert(key)
      state.stack.append(key)
      var included = QueryFileParser(
        source: YAMLSource(path: path, text: text), ontology: ontology, genes: genes)
      included.readIncludedFile(text: text, into: &table, state: &state)
      diagnostics += included.diagnostics
      state.stack.removeLast()
    }
  }

  /// Reads an included file: its includes, then its definitions.
  private mutating func readIncludedFile(
    text: String, into table: inout DefinitionTable, state: inout IncludeState
  ) {
    let (root, problems) = YAMLDocument.root(of: text, source: source)
    diagnostics += problems
    guard let root, let fields = fields(root, path: "", keys: Self.includedFileKeys) else { return }
    if let version = fields["version"] { _ = checkVersion(version) }
    if let include = fields["include"] { readIncludes(include, into: &table, state: &state) }
    if let definitions = fields["definitions"] { readDefinitions(definitions, into: &table) }
  }

  /// Checks `version: 1`.
  mutating func checkVersion(_ field: Field) -> Bool {
    guard let version = integer(field) else { return false }
    guard version == 1 else {
      error(
        field.value, "unsupported query file version \(version)", expected: "1",
        hint: "this OncoCohort reads version 1 query files")
      return false
    }
    return true
  }

  static func isDefinitionName(_ name: String) -> Bool {
    !name.isEmpty
      && name.utf8.allSatisfy { byte in
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
      }
  }
}
