import OncoModel
import Yams

extension QueryFileParser {
  static let outcomeKeys = ["name", "kind", "origin", "line", "entry", "max_follow_up"]
  static let carePathwayKeys = ["preset", "parameters", "targeted_therapies", "top_regimens"]
  static let reportKeys = ["min_cell_count", "landmarks", "covariates", "rmst_horizon"]
  /// The lines-of-therapy presets documented for the pathways module; another name is a warning.
  static let carePathwayPresets = ["default", "hess2021-nsclc", "merck-nsclc", "regimen-8-weeks"]

  /// `outcomes:` — a list of endpoint names (`- overall_survival`) or `{name, kind, origin, line,
  /// entry, max_follow_up}` mappings.
  mutating func readOutcomes(_ field: Field) -> [OutcomeDefinition] {
    var outcomes: [OutcomeDefinition] = []
    for item in listItems(field) {
      if case .scalar = item.value {
        if let kind = choice(item, OutcomeDefinition.Kind.self) {
          outcomes.append(OutcomeDefinition(name: kind.rawValue, kind: kind))
        }
        continue
      }
      guard let fields = fields(item.value, path: field.path + "[]", keys: Self.outcomeKeys) else { continue }
      var outcome = OutcomeDefinition(name: "")
      if let kind = fields["kind"].flatMap({ choice($0, OutcomeDefinition.Kind.self) }) {
        outcome.kind = kind
      }
      outcome.name = fields["name"].flatMap { string($0) } ?? outcome.kind.rawValue
      if let origin = fields["origin"].flatMap({ choice($0, OutcomeDefinition.Origin.self) }) {
        outcome.origin = origin
      }
      if let line = fields["line"].flatMap({ integer($0, minimum: 1) }) { outcome.line = line }
      if let entry = fields["entry"].flatMap({ choice($0, OutcomeDefinition.Entry.self) }) {
        outcome.entry = entry
      }
      if let limit = fields["max_follow_up"] { outcome.maxFollowUpDays = duration(limit) }
      if outcomes.contains(where: { $0.name == outcome.name }) {
        error(
          fields["name"]?.value ?? item.value, "outcome name '\(outcome.name)' is used twice",
          hint: "give each outcome its own 'name'")
        continue
      }
      outcomes.append(outcome)
    }
    return outcomes
  }

  /// `care_pathway: {preset, parameters: {name: value}, targeted_therapies: [{alteration, drugs}], top_regimens}`.
  mutating func readCarePathway(_ field: Field, definitions: DefinitionTable) -> CarePathwaySettings {
    var settings = CarePathwaySettings()
    guard let fields = fields(field.value, path: field.path, keys: Self.carePathwayKeys) else {
      return settings
    }
    if let preset = fields["preset"], let name = string(preset) {
      settings.preset = name
      if !Self.carePathwayPresets.contains(name) {
        report(
          .warning, at: preset.value, "'\(name)' is not a documented care-pathway preset",
          hint: NearName.closest(to: name, in: Self.carePathwayPresets).map { "did you mean '\($0)'?" }
            ?? "documented presets: \(Self.carePathwayPresets.joined(separator: ", "))")
      }
    }
    if let parameters = fields["parameters"] { settings.overrides = readParameters(parameters) }
    if let top = fields["top_regimens"], let count = integer(top, minimum: 1) { settings.topRegimens = count }
    if let therapies = fields["targeted_therapies"] {
      readTherapies(therapies, into: &settings, definitions: definitions)
    }
    return settings
  }

  private mutating func readTherapies(
    _ therapies: Field, into settings: inout CarePathwaySettings, definitions: DefinitionTable
  ) {
    guard case .sequence(let items) = therapies.value else {
      error(
        therapies.value, "'\(therapies.path)' must be a list",
        expected: "- {alteration: \"KRAS: G12C\", drugs: [sotorasib]}")
      return
    }
    for item in items {
      guard let entry = fields(item, path: therapies.path + "[]", keys: ["alteration", "drugs"]) else {
        continue
      }
      guard let alteration = entry["alteration"], let drugs = entry["drugs"] else {
        error(item, "each targeted therapy needs 'alteration' and 'drugs'")
        continue
      }
      let tree = checkedExpression(alteration, definitions: definitions)
      let ids = concepts(drugs, for: .drug)
      if let tree, let ids {
        settings.targetedTherapies.append(TargetedTherapy(expression: tree, drugConcepts: ids))
      }
    }
  }

  private mutating func readParameters(_ field: Field) -> [String: CarePathwaySettings.ParameterValue] {
    guard case .mapping(let mapping) = field.value else {
      error(
        field.value, "'\(field.path)' must map parameter names to values",
        expected: "discontinuation_gap_days: 90")
      return [:]
    }
    var values: [String: CarePathwaySettings.ParameterValue] = [:]
    for (key, value) in mapping {
      guard let name = key.scalar?.string else { continue }
      let entry = Field(name: name, path: field.path + "." + name, key: key, value: value)
      switch value {
      case .scalar(let scalar):
        if scalar.style == .plain, let number = Double(scalar.string), number.isFinite {
          values[name] = .number(number)
        } else if scalar.style == .plain,
          let flag = ["true": true, "false": false][scalar.string.lowercased()]
        {
          values[name] = .flag(flag)
        } else {
          values[name] = .text(scalar.string)
        }
      default:
        if let items = strings(entry) { values[name] = .list(items.map(\.text)) }
      }
    }
    return values
  }

  /// `report: {min_cell_count, landmarks, covariates, rmst_horizon}`.
  mutating func readReport(_ field: Field) -> ReportSettings {
    var settings = ReportSettings()
    guard let fields = fields(field.value, path: field.path, keys: Self.reportKeys) else { return settings }
    if let count = fields["min_cell_count"],
      let value = integer(count, minimum: 1, hint: "statistical secrecy needs at least 1; the default is 10")
    {
      settings.minCellCount = value
    }
    if let landmarks = fields["landmarks"] {
      let days = listItems(landmarks).map { duration($0) }
      if !days.contains(nil) { settings.landmarkDays = days.compactMap { $0 } }
    }
    if let covariates = fields["covariates"], let names = strings(covariates) {
      settings.covariates = names.map(\.text)
    }
    if let horizon = fields["rmst_horizon"] { settings.rmstHorizonDays = duration(horizon) }
    return settings
  }

  /// A positive duration in whole days: a number of days, or `"18 months"`, `"2 years"`,
  /// `"90 days"` (months are 30.4375 days, years 365.25; rounded down).
  mutating func duration(_ field: Field) -> Int? {
    guard case .scalar(let scalar) = field.value else {
      error(field.value, "'\(field.path)' must be a duration", expected: "days, or '18 months', '2 years'")
      return nil
    }
    let words = scalar.string.split(separator: " ").map(String.init)
    let perUnit: [String: Double] = [
      "day": 1, "days": 1, "week": 7, "weeks": 7, "month": Day.daysPerMonth, "months": Day.daysPerMonth,
      "year": 365.25, "years": 365.25,
    ]
    guard (1...2).contains(words.count), let amount = Double(words[0]), amount.isFinite,
      let unit = words.count == 2 ? perUnit[words[1].lowercased()] : 1
    else {
      error(
        field.value, "'\(field.path)' is not a duration", expected: "days, or '18 months', '2 years'",
        found: scalar.string)
      return nil
    }
    let days = Int((amount * unit).rounded(.down))
    guard days > 0 else {
      error(field.value, "'\(field.path)' must be positive", found: scalar.string)
      return nil
    }
    return days
  }
}
