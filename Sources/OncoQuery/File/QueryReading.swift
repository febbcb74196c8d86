import OncoModel
import OncoOntology

/// A plain-language paragraph saying who a cohort query selects, for a researcher to check
/// that the file means what they meant.
///
/// "Patients with a diagnosis of Lung Non-Small Cell Carcinoma (NCIT:C2926) or a descendant,
/// aged 18 or more at diagnosis, whose selected samples show KRAS G12C and not STK11 mutated.
/// Samples: every sample. Index date: the diagnosis. …"
public struct QueryReading: Sendable {
  /// Where concept labels come from, or `nil` to show ids only.
  public var ontology: TermGraph?

  /// Creates a reader of queries.
  public init(ontology: TermGraph?) { self.ontology = ontology }

  /// The paragraph for `query`: its criteria in file order, then samples, index date,
  /// alteration filters, groups, outcomes and report settings.
  public func paragraph(for query: CohortQuery) -> String {
    let phrases = query.criteria.map { phrase(for: $0.kind) }
    var sentences = [
      "Patients" + (phrases.isEmpty ? " from every source" : " " + phrases.joined(separator: ", ")) + "."
    ]
    sentences.append("Samples: \(samples(query.samples)).")
    sentences.append("Index date: \(index(query.index)).")
    sentences.append("Alterations count when \(defaults(query.alterationDefaults)).")
    if let grouping = query.grouping { sentences.append("Groups: \(groups(grouping)).") }
    let outcomes = query.outcomes.isEmpty ? [OutcomeDefinition(name: "overall_survival")] : query.outcomes
    sentences.append("Outcomes: " + outcomes.map(outcome).joined(separator: "; ") + ".")
    sentences.append("Counts below \(query.report.minCellCount) are masked in reports.")
    return sentences.joined(separator: " ")
  }

  private func phrase(for kind: CohortCriterion.Kind) -> String {
    switch kind {
    case .sources(let names): "from source \(names.joined(separator: " or "))"
    case .origin(let origin): "from \(origin.rawValue) sources"
    case .diagnosis(let ids): "with a diagnosis of \(ids.map(name).joined(separator: " or ")) or a descendant"
    case .stage(let stages): "at stage \(stages.joined(separator: " or "))"
    case .ageAtDiagnosis(let low, let high):
      switch (low, high) {
      case (let low?, let high?): "aged \(NumberText.format(low)) to \(NumberText.format(high)) at diagnosis"
      case (let low?, nil): "aged \(NumberText.format(low)) or more at diagnosis"
      case (nil, let high?): "aged \(NumberText.format(high)) or less at diagnosis"
      default: "of any age"
      }
    case .sex(let sexes): "of sex \(sexes.map(\.rawValue).joined(separator: " or "))"
    case .diagnosedBetween(let from, let to):
      "diagnosed" + (from.map { " from \($0.iso8601)" } ?? "") + (to.map { " until \($0.iso8601)" } ?? "")
    case .attribute(let name, let comparison, let value):
      "whose \(name) \(comparisonWords(comparison)) \(value)"
    case .requireAlterations(let tree): "whose selected samples show \(words(tree))"
    case .excludeAlterations(let tree): "excluding patients whose selected samples show \(words(tree))"
    case .biomarker(let condition): "with \(condition)"
    case .treatment(let criterion):
      (criterion.requirement == .required ? "who received " : "who did not receive ")
        + criterion.concepts.map(name).joined(separator: " or ")
        + (criterion.timing == .any
          ? "" : criterion.timing == .beforeIndex ? " before the index date" : " after the index date")
    }
  }

  /// `label (ID)`, or the id.
  private func name(_ id: String) -> String {
    ontology?.term(id)?.label.map { "\($0) (\(id))" } ?? id
  }

  private func comparisonWords(_ comparison: Comparison) -> String {
    switch comparison {
    case .equal: "is"
    case .notEqual: "is not"
    case .less: "is below"
    case .lessOrEqual: "is at most"
    case .greater: "is above"
    case .greaterOrEqual: "is at least"
    }
  }

  /// The expression in words: `KRAS G12C and not (STK11 mutated or KEAP1 mutated)`.
  func words(_ tree: AlterationExpression, _ minimum: Int = 0) -> String {
    let (text, precedence): (String, Int) =
      switch tree {
      case .or(let left, let right): (words(left, 1) + " or " + words(right, 2), 1)
      case .and(let left, let right): (words(left, 2) + " and " + words(right, 3), 2)
      case .not(let operand): ("not " + words(operand, 3), 3)
      case .gene(let query): (gene(query), 4)
      case .fusion(let query): ("a \(query.fivePrime ?? "any")::\(query.threePrime ?? "any") fusion", 4)
      case .biomarker(let condition): (condition.description, 4)
      case .reference(let name): ("@" + name, 4)
      }
    return precedence < minimum ? "(" + text + ")" : text
  }

  private func gene(_ query: GeneQuery) -> String {
    guard !query.alterations.isEmpty else {
      return "\(query.gene) altered (mutation, fusion, amplification or deep deletion)"
    }
    let atoms = query.alterations.map { atom -> String in
      switch (atom.kind, atom.modifiers.isEmpty && atom.thresholds.isEmpty) {
      case (.anyMutation, true): "mutated"
      case (.fusion, true): "fused"
      case (.copyNumber(.equal, .amplification), true): "amplified"
      case (.copyNumber(.equal, .deepDeletion), true): "deeply deleted"
      default: atom.description
      }
    }
    return query.gene + " " + atoms.joined(separator: " or ")
  }

  private func samples(_ selection: SampleSelection) -> String {
    var text =
      switch selection.policy {
      case .all: "every sample"
      case .first: "the first sample"
      case .last: "the last sample"
      case .nearestBeforeIndex: "the last sample collected on or before the index date"
      }
    if !selection.types.isEmpty {
      text += " of type " + selection.types.map(\.rawValue).joined(separator: " or ")
    }
    if selection.windowFrom != nil || selection.windowTo != nil {
      let from = selection.windowFrom.map { "from day \($0)" } ?? ""
      let to = selection.windowTo.map { "to day \($0)" } ?? ""
      text +=
        ", collected " + [from, to].filter { !$0.isEmpty }.joined(separator: " ")
        + " relative to the index date"
    }
    return text
  }

  private func index(_ definition: IndexDefinition) -> String {
    switch definition {
    case .diagnosis: "the diagnosis"
    case .advancedDiagnosis: "the diagnosis of advanced disease"
    case .firstMolecularReport: "the first molecular report"
    case .lineStart(let line): "the start of line \(line) of therapy"
    case .firstExposure(let ids): "the first exposure to " + ids.map(name).joined(separator: " or ")
    }
  }

  private func defaults(_ defaults: AlterationDefaults) -> String {
    var parts = [defaults.filter == .pass ? "they pass the caller's filters" : "whatever their filter status"]
    if defaults.origin != .any { parts.append("they are \(defaults.origin.rawValue)") }
    if let vaf = defaults.minVAF { parts.append("their VAF is at least \(NumberText.format(vaf))") }
    if let depth = defaults.minDepth { parts.append("their depth is at least \(depth)") }
    return parts.joined(separator: ", ")
  }

  private func groups(_ grouping: Grouping) -> String {
    switch grouping {
    case .bySource: "one per source"
    case .byOrigin: "public versus private sources"
    case .byAttribute(let name): "one per value of \(name)"
    case .expressions(let groups, let overlap):
      groups.map { "'\($0.name)' (\(words($0.expression)))" }.joined(separator: ", ")
        + (overlap ? "; a patient may be in several" : "; patients in no group are reported as such")
    }
  }

  private func outcome(_ outcome: OutcomeDefinition) -> String {
    let kind = outcome.kind.rawValue.replacingUnderscores
    let origin = outcome.origin == .index ? "the index date" : outcome.origin.rawValue.replacingUnderscores
    var text =
      outcome.name == outcome.kind.rawValue
      ? "\(kind) from \(origin)" : "\(outcome.name): \(kind) from \(origin)"
    if outcome.entry != .origin { text += ", entering at \(outcome.entry.rawValue.replacingUnderscores)" }
    if let limit = outcome.maxFollowUpDays { text += ", censored after \(limit) days" }
    return text
  }
}

extension String {
  /// `overall_survival` → `overall survival`.
  var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
