import Foundation
import OncoModel
import Yams

extension QueryFileParser {
  static let sampleKeys = ["policy", "types", "window"]
  static let alterationKeys = ["require", "exclude", "min_vaf", "min_depth", "origin", "filter"]
  static let treatmentKeys = ["required", "excluded", "timing"]

  /// `samples: {policy, types, window: {from, to}}`.
  mutating func readSamples(_ field: Field) -> SampleSelection {
    var selection = SampleSelection()
    guard let fields = fields(field.value, path: field.path, keys: Self.sampleKeys) else { return selection }
    if let policy = fields["policy"], let value = choice(policy, SampleSelection.Policy.self) {
      selection.policy = value
    }
    if let types = fields["types"], let values = strings(types) {
      let known = Sample.SampleType.allCases.filter { $0 != .unknown }.map { ($0.rawValue, $0) }
      for (_, node) in values {
        let item = Field(name: types.name, path: types.path, key: types.key, value: node)
        if let type = choice(item, known), !selection.types.contains(type) { selection.types.append(type) }
      }
    }
    if let window = fields["window"],
      let (from, to) = bounds(window, names: ("from", "to"), read: { $0.integer($1) })
    {
      selection.windowFrom = from
      selection.windowTo = to
    }
    return selection
  }

  /// `index: diagnosis | advanced_diagnosis | first_molecular_report | {line_start: N} |
  /// {first_exposure: drug}`.
  mutating func readIndex(_ field: Field) -> IndexDefinition {
    let simple: [(String, IndexDefinition)] = [
      ("diagnosis", .diagnosis), ("advanced_diagnosis", .advancedDiagnosis),
      ("first_molecular_report", .firstMolecularReport),
    ]
    if case .scalar = field.value {
      return choice(field, simple + [("line_start", .lineStart(1))]) ?? .diagnosis
    }
    guard let fields = fields(field.value, path: field.path, keys: ["line_start", "first_exposure"]) else {
      return .diagnosis
    }
    guard fields.entries.count == 1, let entry = fields.entries.first else {
      error(
        field.value, "'index' takes one of 'line_start' or 'first_exposure'",
        hint: "for example 'index: {line_start: 2}' or 'index: {first_exposure: osimertinib}'")
      return .diagnosis
    }
    if entry.name == "line_start" {
      return integer(entry, minimum: 1, hint: "lines are numbered from 1").map(IndexDefinition.lineStart)
        ?? .diagnosis
    }
    return concepts(entry, for: .drug).map { .firstExposure(concepts: $0) } ?? .diagnosis
  }

  /// `alterations:`: the defaults, and one criterion per `require`/`exclude` expression.
  mutating func readAlterations(_ field: Field, definitions: DefinitionTable) -> (
    AlterationDefaults, [CohortCriterion]
  ) {
    var defaults = AlterationDefaults()
    var criteria: [CohortCriterion] = []
    guard let fields = fields(field.value, path: field.path, keys: Self.alterationKeys) else {
      return (defaults, [])
    }
    for entry in fields.entries {
      switch entry.name {
      case "require", "exclude":
        for item in listItems(entry) {
          guard let tree = checkedExpression(item, definitions: definitions) else { continue }
          let kind: CohortCriterion.Kind =
            entry.name == "require" ? .requireAlterations(tree) : .excludeAlterations(tree)
          criteria.append(
            CohortCriterion(kind: kind, label: "\(entry.name): \(tree)", location: location(item.value)))
        }
      case "min_vaf":
        guard let value = number(entry) else { continue }
        guard (0...1).contains(value) else {
          error(
            entry.value, "'\(entry.path)' must be between 0 and 1", found: NumberText.format(value),
            hint: value > 1 && value <= 100
              ? "a fraction: write \(NumberText.format(value / 100)) for \(NumberText.format(value)) %" : nil)
          continue
        }
        defaults.minVAF = value
      case "min_depth": defaults.minDepth = integer(entry, minimum: 0)
      case "origin":
        defaults.origin =
          choice(entry, [("somatic", .somatic), ("germline", .germline), ("any", .any)]) ?? .any
      default:
        defaults.filter = choice(entry, [("pass", .pass), ("any", .any)]) ?? .pass
      }
    }
    return (defaults, criteria)
  }

  /// `biomarkers: "TMB >= 10"` or a list: one criterion per condition.
  mutating func readBiomarkers(_ field: Field) -> [CohortCriterion] {
    var criteria: [CohortCriterion] = []
    for item in listItems(field) {
      guard let written = expression(item), let tree = written.expression else { continue }
      checkBiomarkers(written)
      guard case .biomarker(let condition) = tree else {
        error(
          item.value, "'\(field.path)' holds one sample-level condition per entry, such as 'TMB >= 10'",
          found: written.text,
          hint: "put gene criteria under 'alterations: require', one condition per list entry")
        continue
      }
      criteria.append(
        CohortCriterion(
          kind: .biomarker(condition), label: "biomarker: \(condition)", location: location(item.value)))
    }
    return criteria
  }

  /// `treatments:` — a mapping `{required, excluded, timing}` or a list of them; one criterion
  /// per `required`/`excluded` entry.
  mutating func readTreatments(_ field: Field) -> [CohortCriterion] {
    let items: [Node] =
      if case .sequence(let sequence) = field.value { Array(sequence) } else { [field.value] }
    var criteria: [CohortCriterion] = []
    for item in items {
      guard let fields = fields(item, path: field.path, keys: Self.treatmentKeys) else { continue }
      let timing =
        fields["timing"].flatMap {
          choice(
            $0,
            [
              ("any", TreatmentCriterion.Timing.any), ("before_index", .beforeIndex),
              ("after_index", .afterIndex),
            ])
        } ?? .any
      let entries = fields.entries.filter { $0.name != "timing" }
      if entries.isEmpty { error(item, "'\(field.path)' needs 'required' or 'excluded' drug concepts") }
      for entry in entries {
        guard let ids = concepts(entry, for: .drug) else { continue }
        let requirement: TreatmentCriterion.Requirement = entry.name == "required" ? .required : .excluded
        let when = timing == .any ? "" : " " + timing.rawValue.replacingOccurrences(of: "_", with: " ")
        let label =
          "treatment \(requirement.rawValue)\(when): " + ids.map(conceptName).joined(separator: " or ")
        criteria.append(
          CohortCriterion(
            kind: .treatment(TreatmentCriterion(requirement: requirement, concepts: ids, timing: timing)),
            label: label, location: location(entry.key)))
      }
    }
    return criteria
  }

  /// A field holding one value or a list: one field per item (located at the item).
  func listItems(_ field: Field) -> [Field] {
    guard case .sequence(let sequence) = field.value else { return [field] }
    return sequence.map { Field(name: field.name, path: field.path, key: field.key, value: $0) }
  }
}
