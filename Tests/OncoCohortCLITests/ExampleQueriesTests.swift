import Foundation
import OncoTestSupport
import Testing

/// The example queries of `SampleData/queries/`: each validates without a diagnostic, and builds
/// on the committed SampleData to the cohort sizes that `SampleData/queries/README.md` documents
/// (read from its table, so the documentation cannot drift from the files).
@Suite struct ExampleQueriesTests {
  static let folder = Fixtures.packageRoot.appendingPathComponent("SampleData/queries")

  /// The query files: the top-level YAML files (`shared/` holds included definitions only).
  static let queries: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".yaml") }.sorted()

  @Test func thereAreAtLeastSixAndTwoIncludeTheSharedDefinitions() throws {
    #expect(Self.queries.count >= 6)
    let including = try Self.queries.filter {
      try String(contentsOf: Self.folder.appendingPathComponent($0), encoding: .utf8)
        .contains("\ninclude: shared/definitions.yaml")
    }
    #expect(including.count >= 2)
  }

  @Test(arguments: queries) func validatesWithoutDiagnostics(_ file: String) throws {
    let result = try CLI.run(["validate", Self.folder.appendingPathComponent(file).path, "--format", "json"])
    #expect(result.status == 0, "\(file): \(result.stdout)")
    let document = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["valid"] as? Bool == true)
    #expect((document["diagnostics"] as? [Any])?.isEmpty == true, "\(file): \(result.stdout)")
  }

  @Test func theReadmeDocumentsEveryQuery() throws {
    let documented = try ExampleQueryTable.read().map(\.file)
    #expect(documented == Self.queries)
  }

  @Test(arguments: queries) func buildsToTheDocumentedCohort(_ file: String) throws {
    let expected = try #require(
      try ExampleQueryTable.read().first { $0.file == file }, "\(file) is not in the README")
    let warehouse = try ExampleQueryWarehouse.imported.get()
    let result = try CLI.run(
      ["build", Self.folder.appendingPathComponent(file).path, "--warehouse", warehouse, "--format", "json"])
    #expect(result.status == 0, "\(file): \(result.stderr)")
    let document = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let patients = try #require(document["patients"] as? [[String: Any]])
    #expect(patients.count == expected.patients, "\(file)")
    var groups: [String: Int] = [:]
    for patient in patients {
      groups[(patient["group"] as? String) ?? "no group", default: 0] += 1
    }
    #expect(groups == expected.groups, "\(file)")
  }
}

/// The committed SampleData imported once per test run (the commands of SampleData/README.md).
enum ExampleQueryWarehouse {
  static let imported: Result<String, Error> = Result {
    let root = Fixtures.packageRoot.appendingPathComponent("SampleData").path
    let warehouse = try Fixtures.temporaryDirectory().appendingPathComponent("sampledata.sqlite").path
    let vcfs = try FileManager.default.contentsOfDirectory(atPath: "\(root)/hospital/vcf")
      .filter { $0.hasSuffix(".vcf.gz") }.sorted().map { "\(root)/hospital/vcf/\($0)" }
    let runs = [
      ["import", "\(root)/registry", "--source", "registry", "--origin", "public"],
      ["import", "\(root)/hospital/fhir"] + vcfs + ["--source", "hospital", "--origin", "public"],
      [
        "import", "\(root)/industry/mapping.yaml", "\(root)/industry/variants.maf", "--source", "industry",
        "--origin", "private",
      ],
    ]
    for arguments in runs {
      // The sources hold deliberate problems: the import reports them and exits 65, having
      // imported everything else.
      let result = try CLI.run(arguments + ["--warehouse", warehouse, "--format", "json"])
      guard result.status == 0 || result.status == 65 else {
        throw CLIFailure(arguments: arguments, result: result)
      }
    }
    return warehouse
  }

  struct CLIFailure: Error {
    var arguments: [String]
    var result: CLI.Result
  }
}

/// One row of the table of `SampleData/queries/README.md`: `| [`file`](file) | question | key
/// features | patients | groups |`, groups written `name N · name N` (or `—` for none).
struct ExampleQueryTable {
  var file: String
  var patients: Int
  var groups: [String: Int]

  static func read() throws -> [ExampleQueryTable] {
    let readme = ExampleQueriesTests.folder.appendingPathComponent("README.md")
    return try String(contentsOf: readme, encoding: .utf8).split(separator: "\n").compactMap { line in
      guard line.hasPrefix("| [`") else { return nil }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard cells.count >= 6, let file = cells[1].split(separator: "`").dropFirst().first,
        let patients = Int(cells[4].replacingOccurrences(of: ",", with: ""))
      else { return nil }
      var groups: [String: Int] = [:]
      for entry in cells[5].components(separatedBy: " · ") where entry != "—" {
        guard let space = entry.lastIndex(of: " "), let count = Int(entry[entry.index(after: space)...])
        else {
          continue
        }
        groups[String(entry[..<space])] = count
      }
      if groups.isEmpty { groups = ["no group": patients] }
      return ExampleQueryTable(file: String(file), patients: patients, groups: groups)
    }
  }
}
