import OncoModel
import OncoOntology
import Yams

/// Walks the YAML nodes of one query file, collecting every problem instead of stopping.
///
/// Each `read…` method checks one value's type and range and returns `nil` (after adding a
/// diagnostic) when it cannot be used, so the walk goes on and one run reports everything.
struct QueryFileParser {
  /// One `key: value` entry of a mapping, with its dotted path for messages.
  struct Field {
    /// The key as written.
    var name: String
    /// `population.age_at_diagnosis.min`.
    var path: String
    var key: Node
    var value: Node
  }

  /// The known entries of a mapping, in file order.
  struct Fields {
    var entries: [Field]
    subscript(name: String) -> Field? { entries.first { $0.name == name } }
  }

  let source: YAMLSource
  /// Where concepts (diagnoses, drugs) are resolved, or `nil` to accept CURIEs unchecked.
  let ontology: TermGraph?
  /// HGNC symbols; empty means genes are not checked.
  let genes: GeneDirectory
  var diagnostics: [Diagnostic] = []
  /// The names of `sources:`, kept for the warehouse check.
  var namedSources: [QueryFileResult.NamedSource] = []

  init(source: YAMLSource, ontology: TermGraph?, genes: GeneDirectory) {
    self.source = source
    self.ontology = ontology
    self.genes = genes
  }

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  func location(_ node: Node) -> TextLocation { source.location(of: node) }

  mutating func report(
    _ severity: Diagnostic.Severity, at node: Node?, _ message: String, expected: String? = nil,
    found: String? = nil, hint: String? = nil
  ) {
    let location = node.map(location) ?? source.fileLocation
    diagnostics.append(
      Diagnostic(severity, at: location, message, expected: expected, found: found, hint: hint))
  }

  mutating func error(
    _ node: Node?, _ message: String, expected: String? = nil, found: String? = nil, hint: String? = nil
  ) {
    report(.error, at: node, message, expected: expected, found: found, hint: hint)
  }

  /// The entries of a mapping whose keys are in `keys`; other keys are reported with a
  /// "did you mean" hint and skipped.
  mutating func fields(_ node: Node, path: String, keys: [String]) -> Fields? {
    guard case .mapping(let mapping) = node else {
      error(
        node, path.isEmpty ? "a query file must be a mapping of keys" : "'\(path)' must be a mapping of keys",
        expected: keys.prefix(4).joined(separator: ", ") + ", …",
        found: Self.describe(node))
      return nil
    }
    var entries: [Field] = []
    for (key, value) in mapping {
      guard let name = key.scalar?.string else {
        error(key, "a key of '\(path)' must be a plain name", found: Self.describe(key))
        continue
      }
      guard keys.contains(name) else {
        let place = path.isEmpty ? "at the top level" : "in '\(path)'"
        let hint =
          NearName.closest(to: name, in: keys).map { "did you mean '\($0)'?" }
          ?? "known keys \(place): \(keys.joined(separator: ", "))"
        error(key, "unknown key '\(name)' \(place)", hint: hint)
        continue
      }
      entries.append(Field(name: name, path: path.isEmpty ? name : path + "." + name, key: key, value: value))
    }
    return Fields(entries: entries)
  }

  /// Whether a value is absent: `~`, `null` or nothing after the colon.
  static func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else {
      return false
    }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// `a mapping`, `a list`, or the scalar's text, for messages.
  static func describe(_ node: Node) -> String {
    switch node {
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .scalar(let scalar): scalar.string
    case .alias: "an alias"
    }
  }

  /// A text value; numbers and words are both text.
  mutating func string(_ field: Field, allowEmpty: Bool = false) -> String? {
    guard case .scalar(let scalar) = field.value, !Self.isNull(field.value) || allowEmpty else {
      error(
        field.value, "'\(field.path)' must be a text value", expected: "text",
        found: Self.describe(field.value))
      return nil
    }
    let text = scalar.string.trimmingSpaces
    if text.isEmpty, !allowEmpty {
      error(field.value, "'\(field.path)' is empty", expected: "text")
      return nil
    }
    return text
  }

  /// One text value or a list of them, each with its node (for locations).
  mutating func strings(_ field: Field) -> [(text: String, node: Node)]? {
    let items: [Node]
    switch field.value {
    case .scalar: items = [field.value]
    case .sequence(let sequence): items = Array(sequence)
    default:
      error(
        field.value, "'\(field.path)' must be a value or a list of values", expected: "text or [a, b]",
        found: Self.describe(field.value))
      return nil
    }
    var values: [(text: String, node: Node)] = []
    var failed = false
    for item in items {
      guard case .scalar(let scalar) = item, !Self.isNull(item), !scalar.string.trimmingSpaces.isEmpty else {
        error(
          item, "each entry of '\(field.path)' must be a text value", expected: "text",
          found: Self.describe(item))
        failed = true
        continue
      }
      values.append((scalar.string.trimmingSpaces, item))
    }
    if values.isEmpty, !failed {
      error(field.value, "'\(field.path)' is an empty list", expected: "at least one value")
    }
    return failed || values.isEmpty ? nil : values
  }

  /// A whole number, optionally within bounds.
  mutating func integer(_ field: Field, minimum: Int? = nil, hint: String? = nil) -> Int? {
    guard case .scalar(let scalar) = field.value, let value = Int(scalar.string.trimmingSpaces) else {
      error(
        field.value, "'\(field.path)' must be a whole number", expected: "an integer",
        found: Self.describe(field.value), hint: hint)
      return nil
    }
    if let minimum, value < minimum {
      error(field.value, "'\(field.path)' must be at least \(minimum)", found: scalar.string, hint: hint)
      return nil
    }
    return value
  }

  /// A finite number.
  mutating func number(_ field: Field) -> Double? {
    guard case .scalar(let scalar) = field.value, let value = Double(scalar.string.trimmingSpaces),
      value.isFinite
    else {
      error(
        field.value, "'\(field.path)' must be a number", expected: "a number",
        found: Self.describe(field.value))
      return nil
    }
    return value
  }

  /// One of an enumeration's raw values, with "did you mean" for a near miss.
  mutating func choice<T: RawRepresentable & CaseIterable>(_ field: Field, _ type: T.Type) -> T?
  where T.RawValue == String {
    choice(field, T.allCases.map { ($0.rawValue, $0) })
  }

  /// One of `values` (matched ignoring case), with "did you mean" for a near miss.
  mutating func choice<T>(_ field: Field, _ values: [(String, T)]) -> T? {
    guard let text = string(field) else { return nil }
    if let found = values.first(where: { $0.0 == text.lowercased() }) { return found.1 }
    let names = values.map(\.0)
    let hint = NearName.closest(to: text, in: names).map { "did you mean '\($0)'?" }
    error(
      field.value, "'\(text)' is not a value of '\(field.path)'", expected: names.joined(separator: ", "),
      hint: hint)
    return nil
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: String {
    var view = Substring(self)
    while let first = view.first, first.isWhitespace { view.removeFirst() }
    while let last = view.last, last.isWhitespace { view.removeLast() }
    return String(view)
  }
}
