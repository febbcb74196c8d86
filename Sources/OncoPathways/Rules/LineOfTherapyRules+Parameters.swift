import Foundation
import OncoModel

/// A parameter value as a query file writes it: a number, a text, a list of texts or a flag.
public enum RuleParameterValue: Sendable, Hashable {
  /// A number (`discontinuation_gap_days: 90`).
  case number(Double)
  /// A text (`prior_exposures: count_as_prior_lines`).
  case text(String)
  /// A list of texts (`gap_exempt: [osimertinib, ATC:L01ED]`).
  case list([String])
  /// A yes/no flag.
  case flag(Bool)
}

extension LineOfTherapyRules {
  /// The documented parameter names, as a query file writes them.
  public enum Parameter: String, Sendable, Hashable, CaseIterable {
    /// ``LineOfTherapyRules/combinationWindowDays``.
    case combinationWindowDays = "combination_window_days"
    /// ``LineOfTherapyRules/discontinuationGapDays``.
    case discontinuationGapDays = "discontinuation_gap_days"
    /// ``LineOfTherapyRules/additionExempt``.
    case additionExempt = "addition_exempt"
    /// ``LineOfTherapyRules/substitutions``.
    case substitutions
    /// ``LineOfTherapyRules/maintenanceDrugs``.
    case maintenanceDrugs = "maintenance_drugs"
    /// ``LineOfTherapyRules/gapExempt``.
    case gapExempt = "gap_exempt"
    /// ``LineOfTherapyRules/priorExposures``.
    case priorExposures = "prior_exposures"
  }

  /// The rules of a preset with parameters overridden by their documented names.
  ///
  /// Day counts take whole non-negative numbers; drug lists take names, ids or classes;
  /// `substitutions` takes groups written `cisplatin=carboplatin` (one text per group, or one
  /// text with groups separated by `;`); `prior_exposures` takes `ignore` or
  /// `count_as_prior_lines`. Overrides apply in name order, so the result is deterministic.
  /// - Parameters:
  ///   - preset: one of ``presetNames``.
  ///   - overrides: values by ``Parameter`` raw name.
  ///   - location: where the settings were written, for errors.
  /// - Throws: ``PathwayError`` `unknownPreset`, `unknownParameter` (with a did-you-mean hint)
  ///   or `invalidValue`.
  public static func resolve(
    preset: String, overrides: [String: RuleParameterValue] = [:],
    at location: TextLocation = TextLocation(file: "")
  ) throws -> LineOfTherapyRules {
    guard var rules = LineOfTherapyRules.preset(named: preset) else {
      let hint = ClosestName.closest(to: preset, in: presetNames).map { "did you mean '\($0)'? " } ?? ""
      throw PathwayError(
        .unknownPreset, at: location, "unknown care-pathway preset '\(preset)'",
        hint: hint + "presets: \(presetNames.joined(separator: ", "))")
    }
    for (name, value) in overrides.sorted(by: { $0.key < $1.key }) {
      guard let parameter = Parameter(rawValue: name) else {
        let names = Parameter.allCases.map(\.rawValue)
        let hint = ClosestName.closest(to: name, in: names).map { "did you mean '\($0)'? " } ?? ""
        throw PathwayError(
          .unknownParameter, at: location, "unknown line-of-therapy parameter '\(name)'",
          hint: hint + "parameters: \(names.joined(separator: ", "))")
      }
      try rules.apply(parameter, value, at: location)
    }
    if !overrides.isEmpty { rules.preset += "+overrides" }
    return rules
  }

  private mutating func apply(_ parameter: Parameter, _ value: RuleParameterValue, at location: TextLocation)
    throws
  {
    func invalid(_ expected: String) -> PathwayError {
      PathwayError(
        .invalidValue, at: location, "\(parameter.rawValue) must be \(expected), not \(value.shown)",
        hint: "see docs/care-pathways.md for the parameter's values")
    }
    func days() throws -> Int {
      guard case .number(let number) = value, number >= 0, number <= 36_500, number == number.rounded() else {
        throw invalid("a whole number of days between 0 and 36500")
      }
      return Int(number)
    }
    func names() throws -> [String] {
      switch value {
      case .list(let items): return items
      case .text(let text): return [text]
      default: throw invalid("a list of drug names, ids or classes")
      }
    }
    switch parameter {
    case .combinationWindowDays: combinationWindowDays = try days()
    case .discontinuationGapDays: discontinuationGapDays = try days()
    case .additionExempt: additionExempt = try names()
    case .maintenanceDrugs: maintenanceDrugs = try names()
    case .gapExempt: gapExempt = try names()
    case .substitutions:
      let groups = try names().flatMap { $0.split(separator: ";") }.map {
        $0.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      }
      guard groups.allSatisfy({ $0.count >= 2 }) else {
        throw invalid("groups of two or more drugs written 'cisplatin=carboplatin'")
      }
      substitutions = groups
    case .priorExposures:
      guard case .text(let text) = value, let choice = PriorExposures(rawValue: text) else {
        throw invalid("one of \(PriorExposures.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      priorExposures = choice
    }
  }
}

extension RuleParameterValue {
  /// The value as a query file would write it, for messages.
  var shown: String {
    switch self {
    case .number(let number): number == number.rounded() ? String(Int(number)) : String(number)
    case .text(let text): "'\(text)'"
    case .list(let items): "[\(items.joined(separator: ", "))]"
    case .flag(let flag): flag ? "true" : "false"
    }
  }
}
