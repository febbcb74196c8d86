/// The payload of a cache file: an ``OntologyFile`` with its strings interned in one table, so
/// the many repeated ids (parents, cross-references) are stored and decoded once.
///
/// Layout: the string table (count, then each string), then the file's fields and each term's
/// fields as varint indexes into the table (0 for `nil`, index + 1 otherwise).
extension OntologyFile {
  func encodedTerms() -> [UInt8] {
    var table = StringTable()
    var body = BinaryWriter()
    body.count(table.index(format.rawValue))
    body.count(table.optionalIndex(name))
    body.count(table.optionalIndex(version))
    body.count(terms.count)
    for term in terms {
      body.count(table.index(term.id))
      body.count(table.optionalIndex(term.label))
      body.count(term.localizedLabels.count)
      for (language, label) in term.localizedLabels.sorted(by: { $0.key < $1.key }) {
        body.count(table.index(language))
        body.count(table.index(label))
      }
      body.count(term.synonyms.count)
      for synonym in term.synonyms {
        body.count(table.index(synonym.text))
        body.count(Self.scopes.firstIndex(of: synonym.scope) ?? 0)
        body.count(table.optionalIndex(synonym.language))
      }
      body.count(table.optionalIndex(term.definition))
      for list in [term.parents, term.xrefs, term.alternativeIds, term.replacedBy] {
        body.count(list.count)
        for item in list { body.count(table.index(item)) }
      }
      body.count(term.isObsolete ? 1 : 0)
      body.count(table.optionalIndex(term.kind))
    }
    body.count(warnings.count)
    for warning in warnings {
      body.count(table.index(warning.code.description))
      body.count(warning.line.map { $0 + 1 } ?? 0)
      body.count(warning.column.map { $0 + 1 } ?? 0)
      body.count(table.index(warning.message))
      body.count(table.optionalIndex(warning.hint))
    }
    var output = BinaryWriter()
    output.strings(table.strings)
    return output.bytes + body.bytes
  }

  /// Decodes ``encodedTerms()``; `path` becomes the file's path.
  ///
  /// - Throws: ``BinaryReader/Truncated`` when the bytes are cut short or inconsistent.
  static func decodeTerms(_ reader: inout BinaryReader, path: String) throws -> OntologyFile {
    let table = try reader.strings()
    func string() throws -> String {
      let index = try reader.count()
      guard index < table.count else { throw BinaryReader.Truncated() }
      return table[index]
    }
    func optional() throws -> String? {
      let index = try reader.count()
      guard index <= table.count else { throw BinaryReader.Truncated() }
      return index == 0 ? nil : table[index - 1]
    }
    func list() throws -> [String] {
      let count = try reader.count()
      guard count <= reader.bytes.count - reader.offset else { throw BinaryReader.Truncated() }
      return try (0..<count).map { _ in try string() }
    }
    guard let format = Format(rawValue: try string()) else { throw BinaryReader.Truncated() }
    var file = OntologyFile(path: path, format: format, name: try optional(), version: try optional())
    let count = try reader.count()
    guard count <= reader.bytes.count - reader.offset else { throw BinaryReader.Truncated() }
    file.terms.reserveCapacity(count)
    for _ in 0..<count {
      var term = Term(id: try string(), label: try optional())
      for _ in 0..<(try reader.count()) {
        let language = try string()
        term.localizedLabels[language] = try string()
      }
      let synonyms = try reader.count()
      guard synonyms <= reader.bytes.count - reader.offset else { throw BinaryReader.Truncated() }
      term.synonyms = try (0..<synonyms).map { _ in
        let text = try string()
        let scope = try reader.count()
        guard scope < scopes.count else { throw BinaryReader.Truncated() }
        return Synonym(text, scope: scopes[scope], language: try optional())
      }
      term.definition = try optional()
      term.parents = try list()
      term.xrefs = try list()
      term.alternativeIds = try list()
      term.replacedBy = try list()
      term.isObsolete = try reader.count() != 0
      term.kind = try optional()
      file.terms.append(term)
    }
    for _ in 0..<(try reader.count()) {
      guard let code = OntologyError.Code.Value(rawValue: try string()) else {
        throw BinaryReader.Truncated()
      }
      let line = try reader.count()
      let column = try reader.count()
      file.warnings.append(
        OntologyError(
          OntologyError.Code(value: code), file: path, line: line == 0 ? nil : line - 1,
          column: column == 0 ? nil : column - 1, try string(), hint: try optional()))
    }
    return file
  }

  private static let scopes: [Synonym.Scope] = [.exact, .related, .narrow, .broad]
}

/// Gives each distinct string one index, in first-seen order.
private struct StringTable {
  var strings: [String] = []
  var indexes: [String: Int] = [:]

  mutating func index(_ string: String) -> Int {
    if let known = indexes[string] { return known }
    indexes[string] = strings.count
    strings.append(string)
    return strings.count - 1
  }

  mutating func optionalIndex(_ string: String?) -> Int {
    string.map { index($0) + 1 } ?? 0
  }
}
