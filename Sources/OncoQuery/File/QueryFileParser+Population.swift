import OncoModel
import Yams

extension QueryFileParser {
  static let populationKeys = [
    "diagnosis", "stage", "age_at_diagnosis", "sex", "diagnosed_between", "attributes",
  ]

  /// `population:`: one criterion per key, in file order.
  mutating func readPopulation(_ field: Field) -> [CohortCriterion] {
    guard let fields = fields(field.value, path: field.path, keys: Self.populationKeys) else { return [] }
    var criteria: [CohortCriterion] = []
    for entry in fields.entries {
      let at = location(entry.key)
      switch entry.name {
      case "diagnosis":
        guard let ids = concepts(entry, for: .diagnosis) else { continue }
        let names = ids.map(conceptName).joined(separator: " or ")
        criteria.append(
          CohortCriterion(
            kind: .diagnosis(concepts: ids), label: "diagnosis: \(names) or a descendant", location: at))
      case "stage":
        guard let stages = strings(entry)?.map({ $0.text.uppercased() }) else { continue }
        criteria.append(
          CohortCriterion(
            kind: .stage(stages), label: "stage: \(stages.joined(separator: ", "))", location: at))
      case "age_at_diagnosis":
        guard let (low, high) = bounds(entry, read: { $0.age($1) }) else { continue }
        criteria.append(
          CohortCriterion(
            kind: .ageAtDiagnosis(min: low, max: high), label: Self.ageLabel(low, high), location: at))
      case "sex":
        let sexes = Patient.Sex.allCases.map { ($0.rawValue, $0) } + [("f", .female), ("m", .male)]
        guard let values = strings(entry) else { continue }
        var chosen: [Patient.Sex] = []
        var failed = false
        for (_, node) in values {
          let item = Field(name: entry.name, path: entry.path, key: entry.key, value: node)
          guard let sex = choice(item, sexes) else {
            failed = true
            continue
          }
          if !chosen.contains(sex) { chosen.append(sex) }
        }
        guard !failed else { continue }
        criteria.append(
          CohortCriterion(
            kind: .sex(chosen), label: "sex: \(chosen.map(\.rawValue).joined(separator: " or "))",
            location: at))
      case "diagnosed_between":
        guard let (from, to) = bounds(entry, names: ("from", "to"), read: { $0.date($1) }) else { continue }
        let text = [from.map { "from \($0.iso8601)" }, to.map { "to \($0.iso8601)" }].compactMap { $0 }
        criteria.append(
          CohortCriterion(
            kind: .diagnosedBetween(from: from, to: to),
            label: "diagnosed " + text.joined(separator: " "), location: at))
      default:
        criteria += attributes(entry)
      }
    }
    return criteria
  }

  /// A `{min, max}` (or `{from, to}`) pair: at least one bound, the first not after the second.
  mutating func bounds<T: Comparable>(
    _ field: Field, names: (String, String) = ("min", "max"), read: (inout QueryFileParser, Field) -> T?
  ) -> (T?, T?)? {
    guard let fields = fields(field.value, path: field.path, keys: [names.0, names.1]) else { return nil }
    guard !fields.entries.isEmpty else {
      error(field.value, "'\(field.path)' needs '\(names.0)', '\(names.1)' or both")
      return nil
    }
    let low = fields[names.0].flatMap { Self.isNull($0.value) ? nil : read(&self, $0) }
    let high = fields[names.1].flatMap { Self.isNull($0.value) ? nil : read(&self, $0) }
    if fields[names.0].map({ !Self.isNull($0.value) && low == nil }) == true { return nil }
    if fields[names.1].map({ !Self.isNull($0.value) && high == nil }) == true { return nil }
    if let low, let high, low > high, let node = fields[names.1]?.value {
      error(
        node, "'\(field.path)': \(names.1) is before \(names.0)",
        hint: "write the smaller bound as '\(names.0)' (both bounds are inclusive)")
      return nil
    }
    return (low, high)
  }

  /// An age in years: a number, not negative.
  mutating func age(_ field: Field) -> Double? {
    guard let value = number(field) else { return nil }
    guard value >= 0 else {
      error(field.value, "'\(field.path)' cannot be negative", found: NumberText.format(value))
      return nil
    }
    return value
  }

  /// An ISO date (`2015-01-31`) as a calendar day.
  mutating func date(_ field: Field) -> Day? {
    guard let text = string(field) else { return nil }
    guard text.count == 10, let day = Day(iso8601: text) else {
      error(field.value, "'\(field.path)' is not a valid date", expected: "YYYY-MM-DD", found: text)
      return nil
    }
    return day
  }

  /// `attributes: {smoking_status: current, ecog: ">= 2"}`: one criterion per attribute.
  private mutating func attributes(_ field: Field) -> [CohortCriterion] {
    guard case .mapping(let mapping) = field.value else {
      error(
        field.value, "'\(field.path)' must map attribute names to values",
        expected: "smoking_status: current", found: Self.describe(field.value))
      return []
    }
    var criteria: [CohortCriterion] = []
    for (key, value) in mapping {
      guard let name = key.scalar?.string, !name.isEmpty else { continue }
      let entry = Field(name: name, path: field.path + "." + name, key: key, value: value)
      guard let text = string(entry) else { continue }
      let (comparison, operand) = Self.splitComparison(text)
      guard !operand.isEmpty else {
        error(value, "'\(entry.path)' has an operator but no value", found: text)
        continue
      }
      criteria.append(
        CohortCriterion(
          kind: .attribute(name: name, comparison: comparison, value: operand),
          label: "\(name) \(comparison.rawValue) \(operand)", location: location(key)))
    }
    return criteria
  }

  /// `">= 2"` → (`>=`, `2`); a value without operator means `=`.
  static func splitComparison(_ text: String) -> (Comparison, String) {
    let operators = Comparison.allCases.sorted { $0.rawValue.count > $1.rawValue.count }
    for candidate in operators where text.hasPrefix(candidate.rawValue) {
      return (candidate, String(text.dropFirst(candidate.rawValue.count)).trimmingSpaces)
    }
    return (.equal, text)
  }

  static func ageLabel(_ low: Double?, _ high: Double?) -> String {
    switch (low, high) {
    case (let low?, let high?): "age at diagnosis \(NumberText.format(low))–\(NumberText.format(high))"
    case (let low?, nil): "age at diagnosis ≥ \(NumberText.format(low))"
    case (nil, let high?): "age at diagnosis ≤ \(NumberText.format(high))"
    default: "age at diagnosis"
    }
  }

  /// `Lung Non-Small Cell Carcinoma (NCIT:C2926)`, or the id when no label is loaded.
  func conceptName(_ id: String) -> String {
    guard let label = ontology?.term(id)?.label else { return id }
    return "\(label) (\(id))"
  }
}
