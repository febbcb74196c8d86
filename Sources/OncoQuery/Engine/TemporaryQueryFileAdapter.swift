import Foundation
import OncoModel
import Yams

/// TEMPORARY: a minimal reader of query files for `oncocohort build`, until the real query-file
/// reader (validation, diagnostics, labels, `include`, `definitions`) is merged; then the CLI
/// calls that reader and this file is deleted.
///
/// It reads only `name`, `description`, `sources`, `origin`, `population.diagnosis` (concept
/// ids), `population.sex`, `samples.policy`, `alterations.require`/`exclude`/`min_vaf`/
/// `min_depth`/`origin`/`filter`, `index` (`diagnosis`, `advanced_diagnosis`,
/// `first_molecular_report`) and `groups.by` (`source`, `origin`, an attribute); anything else is
/// ignored, without the diagnostics the real reader gives.
public enum TemporaryQueryFileAdapter {
  /// The query in the file at `path`.
  /// - Throws: ``CohortBuildError`` (code `invalidQuery`) for unreadable YAML or expressions.
  public static func load(path: String) throws -> CohortQuery {
    let location = TextLocation(file: path)
    func fail(_ message: String) -> CohortBuildError {
      CohortBuildError(.invalidQuery, at: location, message, hint: "run `oncocohort validate \(path)` for details")
    }
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw fail("cannot read the query file")
    }
    guard let root = (try? Yams.load(yaml: text)) as? [String: Any], let name = root["name"] as? String else {
      throw fail("the query file is not a YAML mapping with a `name`")
    }
    var query = CohortQuery(name: name, description: root["description"] as? String)
    func add(_ kind: CohortCriterion.Kind, _ label: String) { query.criteria.append(CohortCriterion(kind: kind, label: label, location: location)) }
    func expression(_ text: String) throws -> AlterationExpression {
      do { return try ExpressionParser().parseOrThrow(text) } catch { throw fail("\(error)") }
    }
    if let sources = root["sources"] as? [String] { add(.sources(sources), "sources: " + sources.joined(separator: ", ")) }
    if let origin = (root["origin"] as? String).flatMap(SourceInfo.Origin.init(rawValue:)) { add(.origin(origin), "origin: \(origin.rawValue)") }
    if let population = root["population"] as? [String: Any] {
      let diagnosis = (population["diagnosis"] as? [String]) ?? (population["diagnosis"] as? String).map { [$0] }
      if let diagnosis { add(.diagnosis(concepts: diagnosis), "diagnosis: " + diagnosis.joined(separator: " or ") + " or a descendant") }
      let sexes = ((population["sex"] as? [String]) ?? (population["sex"] as? String).map { [$0] })?.compactMap(Patient.Sex.init(rawValue:))
      if let sexes { add(.sex(sexes), "sex: " + sexes.map(\.rawValue).joined(separator: ", ")) }
    }
    if let policy = ((root["samples"] as? [String: Any])?["policy"] as? String).flatMap(SampleSelection.Policy.init(rawValue:)) {
      query.samples.policy = policy
    }
    switch root["index"] as? String {
    case "advanced_diagnosis": query.index = .advancedDiagnosis
    case "first_molecular_report": query.index = .firstMolecularReport
    default: break
    }
    if let alterations = root["alterations"] as? [String: Any] {
      query.alterationDefaults.minVAF = alterations["min_vaf"] as? Double
      query.alterationDefaults.minDepth = alterations["min_depth"] as? Int
      if let origin = (alterations["origin"] as? String).flatMap(AlterationDefaults.OriginFilter.init(rawValue:)) {
        query.alterationDefaults.origin = origin
      }
      if let filter = (alterations["filter"] as? String).flatMap(AlterationDefaults.FilterPolicy.init(rawValue:)) {
        query.alterationDefaults.filter = filter
      }
      if let require = alterations["require"] as? String { add(.requireAlterations(try expression(require)), "require: \(require)") }
      if let exclude = alterations["exclude"] as? String { add(.excludeAlterations(try expression(exclude)), "exclude: \(exclude)") }
    }
    switch ((root["groups"] as? [String: Any])?["by"] as? String) {
    case nil: break
    case "source": query.grouping = .bySource
    case "origin": query.grouping = .byOrigin
    case let attribute?: query.grouping = .byAttribute(attribute)
    }
    return query
  }
}
