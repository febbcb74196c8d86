import Foundation
import OncoSurvival

/// The results of `oncocohort survival`, computed once and rendered as JSON or text.
struct SurvivalReport {
  /// One group's curve and its summaries.
  struct Group {
    var name: String
    var curve: KaplanMeier
    var median: KaplanMeier.Quantile
    var rmst: RMST?
    var landmarks: [(time: Double, step: KaplanMeier.Step?)]
  }

  var input: SurvivalInput
  var groups: [Group]
  var logRank: LogRank?
  var cox: CoxModel?
  var proportionalHazards: ProportionalHazardsTest?

  /// The JSON document, schema `oncocohort.survival/1`.
  var json: JSONValue {
    .object([
      ("schema", .string("oncocohort.survival/1")),
      ("n", .integer(input.data.count)),
      ("events", .integer(input.data.eventCount)),
      ("dropped", .integer(input.dropped)),
      ("groups", .array(groups.map(Self.json))),
      ("logrank", logRank.map(Self.json) ?? .null),
      ("cox", cox.map(Self.json) ?? .null),
    ])
  }

  static func json(_ group: Group) -> JSONValue {
    .object([
      ("name", .string(group.name)),
      ("n", .integer(group.curve.count)),
      ("events", .integer(group.curve.eventCount)),
      ("median", .number(group.median.time)),
      ("median_lower", .number(group.median.lower)),
      ("median_upper", .number(group.median.upper)),
      ("rmst", .number(group.rmst?.estimate)),
      ("rmst_se", .number(group.rmst?.standardError)),
      (
        "landmarks",
        .array(
          group.landmarks.map { landmark in
            .object([
              ("time", .number(landmark.time)),
              ("survival", .number(landmark.step?.survival)),
              ("lower", .number(landmark.step?.lower)),
              ("upper", .number(landmark.step?.upper)),
            ])
          })
      ),
      (
        "table",
        .array(
          group.curve.steps.map { step in
            .object([
              ("time", .number(step.time)),
              ("n_risk", .integer(step.atRisk)),
              ("n_event", .integer(step.events)),
              ("n_censor", .integer(step.censored)),
              ("survival", .number(step.survival)),
              ("std_err", .number(step.standardError)),
              ("lower", .number(step.lower)),
              ("upper", .number(step.upper)),
            ])
          })
      ),
    ])
  }

  static func json(_ test: LogRank) -> JSONValue {
    .object([
      ("chi2", .number(test.chiSquare)),
      ("df", .integer(test.degreesOfFreedom)),
      ("p", .number(test.pValue)),
      ("observed", .array(test.observed.map { .number($0) })),
      ("expected", .array(test.expected.map { .number($0) })),
    ])
  }

  static func json(_ test: CoxModel.Test) -> JSONValue {
    .object([
      ("chi2", .number(test.chiSquare)), ("df", .integer(test.degreesOfFreedom)),
      ("p", .number(test.pValue)),
    ])
  }

  static func json(_ model: CoxModel) -> JSONValue {
    .object([
      ("ties", .string(model.ties.rawValue)),
      ("n", .integer(model.count)),
      ("events", .integer(model.eventCount)),
      ("iterations", .integer(model.iterations)),
      ("loglik", .array([.number(model.initialLogLikelihood), .number(model.finalLogLikelihood)])),
      (
        "terms",
        .array(
          model.terms.map { term in
            .object([
              ("name", .string(term.name)), ("coef", .number(term.coefficient)),
              ("hr", .number(term.hazardRatio)), ("se", .number(term.standardError)),
              ("z", .number(term.z)), ("p", .number(term.pValue)),
              ("lower", .number(term.lower)), ("upper", .number(term.upper)),
            ])
          })
      ),
      ("wald", json(model.wald)),
      ("lr", json(model.likelihoodRatio)),
      ("score", json(model.score)),
      ("concordance", .number(model.concordance.value)),
    ])
  }
}
