import ArgumentParser
import Foundation
import OncoOntology

/// The options every `ontology` subcommand shares.
struct OntologyOptions: ParsableArguments {
  /// How results are printed.
  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(
    name: .customLong("ontology"),
    help: ArgumentHelp(
      "An ontology file (OWL, ClaML, OncoTree JSON/TSV, HGNC TSV) or folder, or an http(s) URL"
        + " (optionally ending #sha256=HEX) downloaded once into the cache; repeatable.",
      valueName: "file|url"))
  var ontologies: [String] = []

  @Option(
    name: .customLong("ontology-cache"),
    help: ArgumentHelp(
      "Folder of parsed ontologies and downloads (default: $\(OntologyCache.folderVariable), else"
        + " $XDG_CACHE_HOME/oncocohort/ontologies, else ~/.cache/oncocohort/ontologies).",
      valueName: "folder"))
  var cacheFolder: String?

  @Flag(
    name: .customLong("no-ontology-cache"),
    help: "Parse every ontology file, neither reading nor writing the parsed-ontology cache.")
  var noCache = false

  @Flag(help: "Use cached copies of --ontology URLs without asking the server.")
  var offline = false

  @Option(help: "Output format.")
  var format: OutputFormat = .text

  /// The cache folder in effect.
  var cacheFolderPath: String { cacheFolder ?? OntologyCache.defaultFolder() }

  /// Loads the named ontologies (or the shipped folder) and prints linking warnings on stderr.
  func loadGraph() throws -> TermGraph {
    try Self.loadGraph(
      ontologies, cacheFolder: cacheFolderPath, useCache: !noCache, offline: offline)
  }

  /// Loads `arguments` (files, folders or `https://` URLs; the shipped folder when empty) and
  /// prints linking warnings on stderr.
  static func loadGraph(
    _ arguments: [String], cacheFolder: String = OntologyCache.defaultFolder(),
    useCache: Bool = true, offline: Bool = false
  ) throws -> TermGraph {
    let paths =
      arguments.isEmpty
      ? [try shippedFolder()]
      : try arguments.map { argument in
        guard RemoteOntology.isURL(argument) else { return argument }
        return try RemoteOntology(argument, cacheFolder: cacheFolder)
          .localPath(offline: offline) { printError("warning: \($0)") }
      }
    let cache = useCache ? OntologyCache(folder: cacheFolder) : nil
    let graph = TermGraph(files: try OntologyLoader.read(paths: paths, cache: cache))
    for warning in graph.warnings { printError(warning.formatted(severity: "warning")) }
    Self.keptUntilExit.append(graph)
    return graph
  }

  /// Graphs the command loaded, kept until the process exits: freeing a 200,000-term graph
  /// term by term takes a tenth of a second that the operating system does at once.
  nonisolated(unsafe) private static var keptUntilExit: [TermGraph] = []

  /// Resolves a term from the command line, printing any warning (obsolete, retired code).
  func resolve(_ text: String, in graph: TermGraph) throws -> TermGraph.Node {
    let match = try graph.resolve(text)
    for warning in match.warnings { printError("warning: \(warning)") }
    return match.node
  }

  /// The shipped `Ontologies/` folder: `$ONCOCOHORT_ONTOLOGIES`, else the first `Ontologies`
  /// folder found walking up from the executable (a checkout's `.build/<config>/oncocohort`), or
  /// `share/oncocohort/Ontologies` beside an installed `bin/`.
  static func shippedFolder() throws -> String {
    let environment = ProcessInfo.processInfo.environment
    if let folder = environment[OntologyLoader.folderVariable], !folder.isEmpty { return folder }
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    for _ in 0..<6 {
      for candidate in ["Ontologies", "share/oncocohort/Ontologies", "../share/oncocohort/Ontologies"] {
        let url = folder.appendingPathComponent(candidate)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
          return url.standardizedFileURL.path
        }
      }
      folder = folder.deletingLastPathComponent()
    }
    throw ValidationError(
      "cannot find the shipped Ontologies/ folder; pass --ontology FILE or set \(OntologyLoader.folderVariable)"
    )
  }

  /// Prints a JSON document with the `oncocohort.ontology/1` schema.
  func printJSON(_ document: [String: Any]) throws {
    var document = document
    document["schema"] = "oncocohort.ontology/1"
    let data = try JSONSerialization.data(
      withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    print(String(decoding: data, as: UTF8.self))
  }
}

/// The term a subcommand is about, with the shared options.
struct OntologyTermArguments: ParsableArguments {
  @Argument(help: "A term id, bare code, label or synonym.")
  var id: String

  @OptionGroup var options: OntologyOptions

  /// Loads the ontologies and resolves the term, printing warnings on standard error.
  func load() throws -> (graph: TermGraph, node: TermGraph.Node) {
    let graph = try options.loadGraph()
    return (graph, try options.resolve(id, in: graph))
  }
}

extension TermGraph {
  /// `{"id", "label"}` for JSON output; a missing label is `null`.
  func reference(_ node: Node) -> [String: Any] {
    ["id": self[node].id, "label": self[node].label ?? NSNull()]
  }

  /// `{"id", "label", "depth"}` for JSON output.
  func reference(_ reached: Reached) -> [String: Any] {
    var object = reference(reached.node)
    object["depth"] = reached.depth
    return object
  }

  /// `ID  label` for text output.
  func line(_ node: Node) -> String {
    let term = self[node]
    return term.label.map { "\(term.id)  \($0)" } ?? term.id
  }
}
