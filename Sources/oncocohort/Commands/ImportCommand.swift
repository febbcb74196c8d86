import ArgumentParser
import Foundation
import OncoFormats
import OncoModel
import OncoOntology
import OncoWarehouse

/// `oncocohort import PATH…`: load data sources into the warehouse.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Load data sources into the warehouse, keeping where every record came from.",
    discussion: """
      Each source imports in one transaction: a failure or an interruption leaves the warehouse \
      as it was. Without --source, each PATH is its own source, named after the file or folder; \
      with --source, all PATHs form that one source. A source whose files are all unchanged \
      (same SHA-256) is skipped; otherwise its previous records are replaced. Every record read \
      is imported or rejected with its reason and location (table `rejects`).
      """
  )

  /// Who holds a source.
  enum Origin: String, ExpressibleByArgument, CaseIterable {
    case `public`, `private`, unknown
  }

  @Argument(help: "Files or folders of the source (VCF, MAF, study folders, tables).")
  var paths: [String]

  @OptionGroup var options: WarehouseOptions

  @Option(help: "Name of the source all PATHs belong to (default: one source per PATH).")
  var source: String?

  @Option(help: "Who holds the source.")
  var origin: Origin = .unknown

  @Option(help: ArgumentHelp("YAML mapping of clinical tables (which column is which).", valueName: "file"))
  var mapping: String?

  @Option(
    name: .customLong("ontology"),
    help: ArgumentHelp(
      "An ontology file or folder harmonising codes (default: the shipped Ontologies/); repeatable.",
      valueName: "file"))
  var ontologies: [String] = []

  @Option(
    help: ArgumentHelp(
      "CSV/TSV of linked patients (source_a, patient_a, source_b, patient_b), loaded after the sources.",
      valueName: "file"))
  var linkage: String?

  @OptionGroup var common: CommonOptions

  @Flag(help: "Do not store every transcript annotation, only the one chosen per alteration.")
  var skipTranscriptAnnotations = false

  func run() throws {
    // Readers first: an unreadable PATH stops the command before the warehouse is touched.
    let groups = try sourceGroups().map { group in
      (group, try Self.reader(for: group.paths, mapping: mapping, source: group.name))
    }
    let graph = try ontologyGraph()
    let warehouse = try Warehouse(path: options.warehousePath)
    let importer = WarehouseImporter(
      warehouse: warehouse,
      options: graph.map {
        .harmonising(with: $0, strict: common.strict, transcriptAnnotations: !skipTranscriptAnnotations)
      } ?? ImportOptions(strict: common.strict, transcriptAnnotations: !skipTranscriptAnnotations))
    let progress = ProgressBar()
    var reports: [SourceReport] = []
    for (group, reader) in groups {
      let info = SourceInfo(
        name: group.name, origin: SourceInfo.Origin(rawValue: origin.rawValue) ?? .unknown,
        axis: reader.axis)
      var printer = DiagnosticPrinter(quiet: common.quiet)
      let report = try importer.importSource(
        info, paths: group.paths + (mapping.map { [$0] } ?? []), reader: reader,
        diagnostic: {
          progress.clear()
          printer.print($0)
        },
        progress: { progress.update($0) })
      progress.clear()
      printer.finish(source: info.name)
      reports.append(report)
    }
    let linked = try linkage.map { try PatientLinkage.load(path: $0, into: warehouse) }
    let output = try ResultWriter(path: common.output)
    switch options.format {
    case .json: output.write(try WarehouseJSON.importDocument(reports, linkage: linked))
    case .text:
      var text = WarehouseText.render(reports, verb: "imported")
      if let linked {
        text +=
          "linkage \(linked.path): \(linked.links) links, \(linked.resolved) with both patients imported; "
          + "\(linked.linkedPersons) linked persons in the warehouse\n"
      }
      output.write(text)
    }
  }

  /// The ontologies that harmonise codes: `--ontology`, else the shipped folder; without either,
  /// codes are kept as written (with a warning) rather than failing the import.
  func ontologyGraph() throws -> TermGraph? {
    if ontologies.isEmpty, (try? OntologyOptions.shippedFolder()) == nil {
      printError("warning: no shipped Ontologies/ folder found; codes are kept as written (use --ontology)")
      return nil
    }
    return try OntologyOptions.loadGraph(ontologies)
  }

  /// The sources to import: all PATHs as `--source`, or one source per PATH named after it.
  func sourceGroups() -> [(name: String, paths: [String])] {
    if let source { return [(source, paths)] }
    return paths.map { path in (Self.sourceName(for: path), [path]) }
  }

  /// `studies/msk_2017/` → `msk_2017`, `variants.maf.gz` → `variants`.
  static func sourceName(for path: String) -> String {
    let last = URL(fileURLWithPath: path).lastPathComponent
    return last.split(separator: ".").first.map(String.init) ?? last
  }
}

/// Prints import diagnostics on stderr, at most a few per source, then how many were left out.
struct DiagnosticPrinter {
  static let limit = 20
  /// Print errors only.
  let quiet: Bool
  private var printed = 0
  private var omitted = 0

  init(quiet: Bool) { self.quiet = quiet }

  mutating func print(_ diagnostic: Diagnostic) {
    if quiet && diagnostic.severity == .warning { return }
    if printed < Self.limit {
      printDiagnostic(diagnostic)
      printed += 1
    } else {
      omitted += 1
    }
  }

  func finish(source: String) {
    guard omitted > 0 else { return }
    printError("… and \(omitted) more diagnostics for source '\(source)' (rejections are in table `rejects`)")
  }
}
