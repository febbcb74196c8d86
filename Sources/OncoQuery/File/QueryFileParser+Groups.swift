import OncoModel
import Yams

extension QueryFileParser {
  /// `groups:` — a list of `{name, where}`; a mapping `{overlap: allowed, list: [...]}`; or
  /// `{by: source | origin | <attribute>}`.
  ///
  /// Two groups with the same name, or with expressions that read the same once expanded, are
  /// errors (identical expressions a warning with `overlap: allowed`). Whether two different
  /// expressions overlap depends on the patients: the engine checks that on the data.
  mutating func readGroups(_ field: Field, definitions: DefinitionTable) -> Grouping? {
    var listNode = field.value
    var overlapAllowed = false
    if case .mapping = field.value {
      guard let fields = fields(field.value, path: field.path, keys: ["by", "overlap", "list"]) else {
        return nil
      }
      if let by = fields["by"] {
        if fields.entries.count > 1 {
          error(field.value, "'groups' takes either 'by' or a list of named groups, not both")
        }
        guard let name = string(by) else { return nil }
        switch name.lowercased() {
        case "source": return .bySource
        case "origin": return .byOrigin
        default: return .byAttribute(name)
        }
      }
      if let overlap = fields["overlap"] {
        overlapAllowed =
          choice(overlap, [("allowed", true), ("true", true), ("forbidden", false), ("false", false)])
          ?? false
      }
      guard let list = fields["list"] else {
        error(field.value, "'groups' needs 'by' or 'list'", hint: "groups: {list: [{name: …, where: …}]}")
        return nil
      }
      listNode = list.value
    }
    guard case .sequence(let items) = listNode, !items.isEmpty else {
      error(
        listNode, "'groups' must list named groups", expected: "- {name: KRAS G12C, where: \"KRAS: G12C\"}",
        found: Self.describe(listNode))
      return nil
    }
    var groups: [NamedGroup] = []
    var seen: [String: TextLocation] = [:]
    var failed = false
    for item in items {
      guard let fields = fields(item, path: field.path + "[]", keys: ["name", "where"]) else {
        failed = true
        continue
      }
      guard let nameField = fields["name"], let whereField = fields["where"] else {
        error(
          item, "each group needs 'name' and 'where'",
          hint: "- {name: STK11 co-mutated, where: \"STK11: MUT\"}")
        failed = true
        continue
      }
      let name = string(nameField)
      let tree = checkedExpression(whereField, definitions: definitions)
      guard let name, let tree else {
        failed = true
        continue
      }
      if let first = seen[name] {
        error(
          nameField.value, "group name '\(name)' is used twice", hint: "the first is at \(first); rename one")
        failed = true
        continue
      }
      seen[name] = location(nameField.value)
      if let twin = groups.first(where: { $0.expression == tree }) {
        let severity: Diagnostic.Severity = overlapAllowed ? .warning : .error
        report(
          severity, at: whereField.value,
          "groups '\(twin.name)' and '\(name)' have the same expression (\(tree))",
          hint: overlapAllowed
            ? "the two groups will hold the same patients"
            : "each patient would be in both groups; change one expression")
        if !overlapAllowed { failed = true }
      }
      groups.append(NamedGroup(name: name, expression: tree))
    }
    return failed ? nil : .expressions(groups, overlapAllowed: overlapAllowed)
  }
}
