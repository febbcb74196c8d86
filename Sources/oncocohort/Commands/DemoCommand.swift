import ArgumentParser
import Foundation
import OncoQuery
import OncoReports

/// `oncocohort demo`: the main job on SampleData — import the three sources, report every example query.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Run the main job on SampleData: import its three sources, then report each example query.",
    discussion: """
      Imports SampleData/registry (cBioPortal study, public), SampleData/hospital (FHIR and VEP \
      VCFs, public) and SampleData/industry (clinical tables and MAF, private) into a fresh \
      warehouse in the output folder, then writes an HTML report and its JSON beside it for each \
      query file of SampleData/queries/, and prints where they are with a short summary \
      (patients, groups, median overall survival). SampleData/ is looked for in the current \
      folder, then in the checkout the executable was built in; --sample-data names another \
      one (for example a reduced set from `swift run generate-sampledata DIR --patients 200`). \
      Import diagnostics (the dataset's deliberate problems) go to standard error; each \
      source's import summary is written to the output folder. Reports are dated with \
      $SOURCE_DATE_EPOCH when set, else now.

      Examples:
        oncocohort demo
        oncocohort demo --output /tmp/demo
        oncocohort demo --sample-data /tmp/small --output /tmp/small-out
      """
  )

  @Option(help: ArgumentHelp("The folder receiving the warehouse and the reports.", valueName: "dir"))
  var output = "out"

  @Option(
    help: ArgumentHelp(
      "The warehouse to create (default: DIR/sampledata.sqlite); replaced if present.", valueName: "file"))
  var warehouse: String?

  @Option(
    name: .customLong("sample-data"),
    help: ArgumentHelp(
      "The SampleData folder (default: ./SampleData, else the executable's checkout).", valueName: "dir"))
  var sampleData: String?

  func run() throws {
    let started = Date()
    let folder = try SampleDataLocator.locate(sampleData)
    let out = URL(fileURLWithPath: output)
    // Paths are printed as the user wrote the folder, so that the transcript reads `out/…`.
    func inOutput(_ name: String) -> String { output.hasSuffix("/") ? output + name : output + "/" + name }
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let warehousePath = warehouse ?? inOutput("sampledata.sqlite")
    for suffix in ["", "-wal", "-shm", "-journal"] {
      try? FileManager.default.removeItem(atPath: warehousePath + suffix)
    }
    print("importing \(folder) into \(warehousePath)")
    for source in try SampleDataLocator.sources(in: folder) {
      let summary = inOutput("import-\(source.name).txt")
      let command = try ImportCommand.parse(
        source.paths + [
          "--source", source.name, "--origin", source.origin, "--warehouse", warehousePath, "--output",
          summary,
          "--quiet",
        ])
      try command.run()
      print("  \(source.name) (\(source.origin)): imported, summary in \(summary)")
    }
    let queries = SampleDataLocator.queries(in: folder)
    if queries.isEmpty {
      printError("warning: no example query (*.yaml) in \(folder)/queries: no report written")
    }
    let time = try ReportTimestamp.resolve(option: nil, environment: ProcessInfo.processInfo.environment)
    var failed: [String] = []
    print("reports in \(inOutput(""))")
    for query in queries {
      do {
        let loaded = try QueryLoader.load(query, quiet: true)
        let document = try QueryLoader.assembler(for: loaded, warehouse: warehousePath)
          .assemble(QueryLoader.request(loaded, file: query, commandLine: ["oncocohort", "demo"])).document
        let stem = URL(fileURLWithPath: query).deletingPathExtension().lastPathComponent
        let options = ReportOptions(minCellCount: loaded.query.report.minCellCount, timestamp: time)
        let html = inOutput(stem + ".html")
        try ReportFiles.write(document, to: html, format: .html, options: options)
        try ReportFiles.write(document, to: inOutput(stem + ".json"), format: .json, options: options)
        print("  \(html) (+ .json)")
        print("    " + ReportRenderer.summary(document: document, minCellCount: options.minCellCount))
      } catch {
        failed.append(query)
        _ = ExitStatus.translate(error)
        printError("error: the report of \(query) failed")
      }
    }
    print("done in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    if !failed.isEmpty { throw ExitCode(ExitStatus.dataError) }
  }
}
