import ArgumentParser
import Foundation
import OncoModel
import OncoOntology
import OncoQuery
import OncoWarehouse

/// `oncocohort build QUERY.yaml`: select the cohort and print it with its attrition table.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Select the cohort a query file describes: patients, index days, groups, samples, attrition.",
    discussion: """
      The criteria run in file order; the attrition table gives, for each, the patients \
      remaining, excluded, and excluded because they could not be assessed (a gene no selected \
      sample covered). Formats: json (schema oncocohort.build/1, stable keys), tsv (one line \
      per patient), caselist (a cBioPortal case-list file of the selected samples). \
      --pseudonymise replaces each patient id by an HMAC-SHA256 of source and id under a key \
      read from --key-file or the environment variable named by --key-env (never from the \
      command line). An invalid query file is reported as `validate` reports it \
      (file:line:column: error: …, then a hint) and exits 65. See docs/cohort-engine.md.

      Examples:
        oncocohort build nsclc.yaml --warehouse oncocohort.sqlite
        oncocohort build nsclc.yaml --format tsv --pseudonymise --key-file key.txt
      """
  )

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, tsv, caselist
  }

  @OptionGroup var input: QueryInputOptions

  @Option(help: "Output format.")
  var format: Format = .json

  @Option(help: ArgumentHelp("Write the result to this file instead of standard output.", valueName: "file"))
  var output: String?

  @Flag(help: "Replace patient ids by keyed HMAC-SHA256 pseudonyms (needs --key-file or --key-env).")
  var pseudonymise = false

  @Option(
    name: .customLong("key-file"),
    help: ArgumentHelp("A file holding the pseudonymisation key.", valueName: "file"))
  var keyFile: String?

  @Option(
    name: .customLong("key-env"),
    help: ArgumentHelp(
      "The name of an environment variable holding the pseudonymisation key.", valueName: "name"))
  var keyEnvironment: String?

  @Option(
    name: .customLong("study-id"),
    help: ArgumentHelp(
      "caselist: the cBioPortal cancer_study_identifier (default: from the query name).", valueName: "id"))
  var studyID: String?

  func validate() throws {
    if pseudonymise && (keyFile == nil) == (keyEnvironment == nil) {
      throw ValidationError("--pseudonymise needs exactly one of --key-file FILE or --key-env NAME")
    }
    if !pseudonymise && (keyFile != nil || keyEnvironment != nil) {
      throw ValidationError("--key-file and --key-env only apply with --pseudonymise")
    }
    if pseudonymise && format == .caselist {
      throw ValidationError("a case list names the study's own sample ids; it cannot be pseudonymised")
    }
  }

  func run() throws {
    let cohortQuery = try QueryLoader.load(input.query, ontologies: input.ontologies).query
    let pseudonymizer = try pseudonymise ? makePseudonymizer() : nil
    let builder = CohortBuilder(
      warehouse: try QueryLoader.warehouse(input.warehouse), consequences: try? Self.sequenceOntology())
    let cohort = try builder.build(cohortQuery)
    let sha = SHA256.hash(fileAt: input.query)?.hex
    let writer = try ResultWriter(path: output)
    let rendering = CohortRendering(cohort: cohort, querySHA256: sha, pseudonymizer: pseudonymizer)
    switch format {
    case .json: writer.write(rendering.json())
    case .tsv: writer.write(rendering.tsv())
    case .caselist: writer.write(rendering.caseList(studyID: studyID))
    }
  }

  private func makePseudonymizer() throws -> Pseudonymizer {
    if let keyFile {
      guard let data = FileManager.default.contents(atPath: keyFile) else {
        throw ValidationError("cannot read the key file \(keyFile)")
      }
      return try Pseudonymizer(key: Array(data))
    }
    let name = keyEnvironment ?? ""
    guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
      throw ValidationError("the environment variable \(name) is not set or empty")
    }
    return try Pseudonymizer(key: Array(value.utf8))
  }

  /// Labels of a Sequence Ontology term and its descendants, from the shipped ontologies.
  static func sequenceOntology() throws -> ConsequenceResolver {
    let folder = try OntologyOptions.shippedFolder()
    let files = try OntologyLoader.read(paths: [folder + "/so-consequences.owl"])
    let graph = TermGraph(files: files)
    return { term in
      guard let node = graph.node(term) else { return nil }
      return ([graph[node].label] + graph.descendants(of: node).map { graph[$0.node].label }).compactMap {
        $0
      }
    }
  }
}
