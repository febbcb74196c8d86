import GRDB
import OncoModel
import OncoOntology
import OncoPathways
import OncoQuery
import OncoWarehouse

/// What a report is computed from besides the warehouse: the validated query and how the tool ran.
public struct ReportRequest: Sendable {
  /// The validated query.
  public var query: CohortQuery
  /// The query file's name as given on the command line.
  public var queryFile: String
  /// The query file's text (hashed for the provenance, shown verbatim).
  public var queryText: String
  /// The plain-language reading produced by validation (`QueryReading`).
  public var reading: String
  /// The tool's version, for the provenance.
  public var toolVersion: String
  /// The command line, argument by argument, for the provenance.
  public var commandLine: [String]

  /// Creates a request.
  public init(
    query: CohortQuery, queryFile: String, queryText: String, reading: String, toolVersion: String,
    commandLine: [String]
  ) {
    self.query = query
    self.queryFile = queryFile
    self.queryText = queryText
    self.reading = reading
    self.toolVersion = toolVersion
    self.commandLine = commandLine
  }
}

/// A report's document with the cohort it was computed on.
public struct AssembledReport: Sendable {
  /// Everything the report shows, before statistical secrecy.
  public var document: ReportDocument
  /// The cohort (patient level: never rendered, used by callers for summaries).
  public var cohort: Cohort
}

/// Wires the four stages into one report: the query engine selects the cohort, the warehouse
/// gives follow-up, samples and treatments, OncoPathways derives lines of therapy, OncoSurvival
/// the statistics; the result is a ``ReportDocument`` that ``ReportRenderer`` masks and writes.
///
/// Every warehouse read is set-based (a few statements per chunk of 500 patients), never one
/// statement per patient. Sections that a cohort cannot fill (no samples, no treatment) are
/// left empty rather than failing the report.
public struct ReportAssembler: Sendable {
  /// The warehouse the cohort is selected from.
  public var warehouse: Warehouse
  /// The ontologies (labels of diagnoses and drugs, drug classes of line rules), or `nil`.
  public var ontology: TermGraph?
  /// Expands `CONSEQUENCE(SO:…)` terms for the engine, or `nil`.
  public var consequences: ConsequenceResolver?

  /// Creates an assembler.
  public init(warehouse: Warehouse, ontology: TermGraph?, consequences: ConsequenceResolver? = nil) {
    self.warehouse = warehouse
    self.ontology = ontology
    self.consequences = consequences
  }

  /// Builds the cohort and computes every section of the report.
  ///
  /// - Throws: `CohortBuildError` for a criterion the warehouse cannot answer, ``PathwayError``
  ///   for invalid care-pathway settings, `WarehouseError` when the database fails.
  public func assemble(_ request: ReportRequest) throws -> AssembledReport {
    let query = request.query
    let cohort = try CohortBuilder(warehouse: warehouse, consequences: consequences).build(query)
    let groups = CohortGroups(cohort: cohort, query: query)
    let byKey = try followUp(cohort.patients.map(\.key))
    let molecular = try CohortMolecularData.read(warehouse, cohort: cohort)
    let rules = try Self.rules(query.carePathway)
    let pathways = try pathways(cohort: cohort, facts: byKey, rules: rules)
    let targets = try targetableDrugs(query: query, cohort: cohort)
    let context = AssemblyContext(
      query: query, cohort: cohort, groups: groups, facts: byKey, molecular: molecular, pathways: pathways)
    var document = ReportDocument(
      cohort: cohortDefinition(request, context: context),
      attrition: Self.attrition(cohort.attrition),
      baseline: baseline(context),
      alterations: try alterations(context),
      pathway: carePathway(context, rules: rules, targets: targets),
      outcomes: try outcomes(context),
      provenance: try provenance(request, rules: rules))
    document.groupPathways = context.groups.defined.compactMap { group in
      let members = group.members.map { cohort.patients[$0] }
      return carePathway(context, rules: rules, targets: targets, patients: members).map {
        GroupPathway(name: group.name, pathway: $0)
      }
    }
    return AssembledReport(document: document, cohort: cohort)
  }

  /// One patient's lines of therapy with why each started and ended, as `describe --explain`
  /// prints them; `nil` when the patient (source id, or `source:id`) is not in the cohort.
  ///
  /// Patient-level output: callers show it only on the user's explicit request.
  public func explain(patient: String, query: CohortQuery) throws -> String? {
    let cohort = try CohortBuilder(warehouse: warehouse, consequences: consequences).build(query)
    guard
      let member = cohort.patients.first(where: { $0.id == patient || "\($0.source):\($0.id)" == patient })
    else { return nil }
    let byKey = try followUp([member.key])
    let single = Cohort(name: cohort.name, attrition: [], patients: [member])
    let pathways = try self.pathways(
      cohort: single, facts: byKey, rules: try Self.rules(query.carePathway), explained: true)
    guard let pathway = pathways[member.key] else {
      return "patient \(member.source):\(member.id) has no index day or diagnosis day: no lines derived\n"
    }
    return "source \(member.source)\n" + pathway.explained
  }
}

extension ReportAssembler {
  /// The follow-up facts by patient key, as the warehouse holds them.
  ///
  /// Sources on a relative axis need no special case here: the cBioPortal reader already gives
  /// the diagnosis day 0, the origin of cBioPortal timelines and survival months, so the index
  /// day, lines and survival times agree with what `oncocohort build` computes.
  func followUp(_ keys: [Int64]) throws -> [Int64: PatientFollowUp] {
    var byKey: [Int64: PatientFollowUp] = [:]
    for facts in try warehouse.followUp(patientKeys: keys) { byKey[facts.patientKey] = facts }
    return byKey
  }
}

/// What every section reads: the cohort, its groups and the facts read once from the warehouse.
struct AssemblyContext {
  var query: CohortQuery
  var cohort: Cohort
  var groups: CohortGroups
  var facts: [Int64: PatientFollowUp]
  var molecular: CohortMolecularData
  var pathways: [Int64: PatientPathway]
}
