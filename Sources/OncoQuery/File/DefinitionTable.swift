import OncoModel

/// The named expressions of a query (`definitions:`, own and included), expanded where
/// they are referenced as `@name`.
struct DefinitionTable {
  /// One named expression.
  struct Definition {
    var name: String
    /// Where the name is written.
    var location: TextLocation
    /// The checked tree, or `nil` when it had errors (already reported).
    var tree: AlterationExpression?
    /// Where each `@reference` of the tree is written.
    var references: [String: TextLocation]
  }

  private(set) var entries: [String: Definition] = [:]
  private var expanded: [String: AlterationExpression] = [:]
  private var failed: Set<String> = []

  /// Adds a definition; a name already defined is an error at the second one.
  mutating func add(_ definition: Definition, diagnostics: inout [Diagnostic]) {
    if let first = entries[definition.name] {
      diagnostics.append(
        Diagnostic(
          .error, at: definition.location, "definition '\(definition.name)' is defined twice",
          hint: "the first is at \(first.location); rename one of them"))
      return
    }
    entries[definition.name] = definition
  }

  /// Expands every definition, reporting unknown names and cycles once each.
  mutating func resolveAll(diagnostics: inout [Diagnostic]) {
    let ordered = entries.values.sorted { Self.order($0.location, $1.location) }
    for definition in ordered { _ = visit(definition.name, via: nil, stack: [], diagnostics: &diagnostics) }
  }

  /// `tree` with its references expanded, or `nil` (with diagnostics) when one is unknown or broken.
  func expand(
    _ tree: AlterationExpression, references: [String: TextLocation], fallback: TextLocation,
    diagnostics: inout [Diagnostic]
  ) -> AlterationExpression? {
    var complete = true
    for name in tree.references where expanded[name] == nil {
      complete = false
      if entries[name] == nil {
        diagnostics.append(unknown(name, at: references[name] ?? fallback))
      }
    }
    return complete ? tree.expandingReferences { expanded[$0] } : nil
  }

  private mutating func visit(
    _ name: String, via location: TextLocation?, stack: [String], diagnostics: inout [Diagnostic]
  ) -> AlterationExpression? {
    if let done = expanded[name] { return done }
    if failed.contains(name) { return nil }
    guard let definition = entries[name] else { return nil }
    if stack.contains(name) {
      let path = (stack.drop { $0 != name } + [name]).map { "@" + $0 }.joined(separator: " → ")
      diagnostics.append(
        Diagnostic(
          .error, at: location ?? definition.location, "definition '\(name)' refers to itself: \(path)",
          hint: "a definition may use other definitions, but not in a cycle"))
      failed.insert(name)
      return nil
    }
    guard let tree = definition.tree else {
      failed.insert(name)
      return nil
    }
    var complete = true
    for reference in tree.references {
      let at = definition.references[reference] ?? definition.location
      if entries[reference] == nil {
        diagnostics.append(unknown(reference, at: at))
        complete = false
      } else if visit(reference, via: at, stack: stack + [name], diagnostics: &diagnostics) == nil {
        complete = false
      }
    }
    guard complete, !failed.contains(name) else {
      failed.insert(name)
      return nil
    }
    let result = tree.expandingReferences { expanded[$0] }
    expanded[name] = result
    return result
  }

  private func unknown(_ name: String, at location: TextLocation) -> Diagnostic {
    let hint =
      NearName.closest(to: name, in: entries.keys.sorted()).map { "did you mean '@\($0)'?" }
      ?? (entries.isEmpty
        ? "define it under 'definitions:' (or in an included file)"
        : "defined names: " + entries.keys.sorted().map { "@" + $0 }.joined(separator: ", "))
    return Diagnostic(.error, at: location, "unknown definition '@\(name)'", hint: hint)
  }

  /// File order: by file, then line, then column.
  static func order(_ a: TextLocation, _ b: TextLocation) -> Bool {
    (a.file, a.line ?? 0, a.column ?? 0) < (b.file, b.line ?? 0, b.column ?? 0)
  }
}
