import Foundation
import OncoModel
import Yams

extension QueryFileParser {
  /// Reads the whole file; the query is returned even with errors (the caller drops it).
  mutating func readQuery(_ root: Node) -> CohortQuery? {
    guard let fields = fields(root, path: "", keys: QueryFileReader.topLevelKeys) else { return nil }
    var valid = true
    if let version = fields["version"] {
      valid = checkVersion(version)
    } else {
      error(root, "'version' is required", hint: "start the file with 'version: 1'")
    }
    let name = fields["name"].flatMap { string($0) }
    if fields["name"] == nil { error(root, "'name' is required", hint: "add 'name: <the cohort's name>'") }
    var query = CohortQuery(name: name ?? "")
    query.description = fields["description"].flatMap { Self.isNull($0.value) ? nil : string($0) }

    // Definitions first, wherever they are written: the expressions below refer to them.
    var definitions = DefinitionTable()
    var includes = IncludeState()
    includes.stack = [Self.canonical(source.path)]
    if let include = fields["include"] { readIncludes(include, into: &definitions, state: &includes) }
    if let own = fields["definitions"] { readDefinitions(own, into: &definitions) }
    definitions.resolveAll(diagnostics: &diagnostics)

    var criteria: [CohortCriterion] = []
    for field in fields.entries {
      switch field.name {
      case "sources":
        guard let names = strings(field) else { continue }
        namedSources = names.map { .init(name: $0.text, location: location($0.node)) }
        let list = names.map(\.text)
        criteria.append(
          CohortCriterion(
            kind: .sources(list), label: "sources: " + list.joined(separator: ", "),
            location: location(field.key)))
      case "origin":
        let origins: [(String, SourceInfo.Origin?)] = [
          ("public", .public), ("private", .private), ("any", nil),
        ]
        if let chosen = choice(field, origins), let origin = chosen {
          criteria.append(
            CohortCriterion(
              kind: .origin(origin), label: "origin: \(origin.rawValue)", location: location(field.key)))
        }
      case "population": criteria += readPopulation(field)
      case "samples": query.samples = readSamples(field)
      case "index": query.index = readIndex(field)
      case "alterations":
        let (defaults, found) = readAlterations(field, definitions: definitions)
        query.alterationDefaults = defaults
        criteria += found
      case "biomarkers": criteria += readBiomarkers(field)
      case "treatments": criteria += readTreatments(field)
      case "groups": query.grouping = readGroups(field, definitions: definitions)
      case "outcomes": query.outcomes = readOutcomes(field)
      case "care_pathway": query.carePathway = readCarePathway(field, definitions: definitions)
      case "report": query.report = readReport(field)
      default: break
      }
    }
    // One attrition step per criterion, in the order the file writes them.
    query.criteria = criteria.enumerated().sorted { a, b in
      let (x, y) = (a.element.location, b.element.location)
      return ((x?.line ?? 0), (x?.column ?? 0), a.offset) < ((y?.line ?? 0), (y?.column ?? 0), b.offset)
    }.map(\.element)
    return valid && name != nil ? query : nil
  }

  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
