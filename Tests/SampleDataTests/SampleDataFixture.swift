import Foundation
import GRDB
import OncoTestSupport

/// The committed SampleData imported once, with the real `oncocohort import`, into a temporary
/// warehouse shared by the tests of this target.
enum SampleDataFixture {
  static let root = Fixtures.packageRoot.appendingPathComponent("SampleData").path

  /// The `generate-sampledata` executable, built beside `oncocohort`.
  static var generator: URL {
    CLI.executable.deletingLastPathComponent().appendingPathComponent("generate-sampledata")
  }

  /// The import commands of SampleData/README.md, as argument lists.
  static func importArguments(root: String, warehouse: String) -> [[String]] {
    let vcfs = ((try? FileManager.default.contentsOfDirectory(atPath: "\(root)/hospital/vcf")) ?? [])
      .filter { $0.hasSuffix(".vcf.gz") }.sorted().map { "\(root)/hospital/vcf/\($0)" }
    let common = ["--warehouse", warehouse, "--format", "json"]
    return [
      ["import", "\(root)/registry", "--source", "registry", "--origin", "public"] + common,
      ["import", "\(root)/hospital/fhir"] + vcfs + ["--source", "hospital", "--origin", "public"] + common,
      [
        "import", "\(root)/industry/mapping.yaml", "\(root)/industry/variants.maf", "--source", "industry",
        "--origin", "private",
      ] + common,
    ]
  }

  /// What importing the committed SampleData gave: the warehouse path and each run's output.
  struct Imported: Sendable {
    var warehouse: String
    var runs: [CLI.Result]
  }

  static let imported: Result<Imported, Error> = Result {
    let folder = try Fixtures.temporaryDirectory()
    let warehouse = folder.appendingPathComponent("sampledata.sqlite").path
    let runs = try importArguments(root: root, warehouse: warehouse).map { try CLI.run($0) }
    return Imported(warehouse: warehouse, runs: runs)
  }

  /// Opens the imported warehouse read-only.
  static func database() throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.readonly = true
    return try DatabaseQueue(path: try imported.get().warehouse, configuration: configuration)
  }
}
