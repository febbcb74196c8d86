import ArgumentParser
import Foundation

/// Finds SampleData/ and lists what `demo` imports and reports.
enum SampleDataLocator {
  /// One source of SampleData, as `oncocohort import` takes it.
  struct Source {
    var name: String
    var origin: String
    var paths: [String]
  }

  /// The folder given, else `./SampleData`, else the first `SampleData` walking up from the
  /// executable (a checkout's `.build/<config>/oncocohort`).
  ///
  /// - Throws: `ValidationError` saying where it looked.
  static func locate(_ option: String?) throws -> String {
    if let option {
      guard isSampleData(option) else {
        throw ValidationError(
          "\(option) is not a SampleData folder (no registry/, hospital/ and industry/ in it)")
      }
      return option
    }
    if isSampleData("SampleData") { return "SampleData" }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<6 {
      let candidate = folder.appendingPathComponent("SampleData").standardizedFileURL.path
      if isSampleData(candidate) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    throw ValidationError(
      "cannot find SampleData/ in the current folder or above the executable; run from the checkout, or pass --sample-data DIR"
    )
  }

  static func isSampleData(_ path: String) -> Bool {
    ["registry", "hospital", "industry"].allSatisfy { name in
      var folder: ObjCBool = false
      return FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &folder)
        && folder.boolValue
    }
  }

  /// The three sources with their files, as SampleData/README.md imports them.
  static func sources(in folder: String) throws -> [Source] {
    let vcfs = try FileManager.default.contentsOfDirectory(atPath: folder + "/hospital/vcf")
      .filter { $0.hasSuffix(".vcf.gz") }.sorted().map { folder + "/hospital/vcf/" + $0 }
    return [
      Source(name: "registry", origin: "public", paths: [folder + "/registry"]),
      Source(name: "hospital", origin: "public", paths: [folder + "/hospital/fhir"] + vcfs),
      Source(
        name: "industry", origin: "private",
        paths: [folder + "/industry/mapping.yaml", folder + "/industry/variants.maf"]),
    ]
  }

  /// The example query files (`queries/*.yaml`), sorted by name; empty when there are none.
  static func queries(in folder: String) -> [String] {
    let queries = folder + "/queries"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: queries)) ?? [])
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    return names.map { queries + "/" + $0 }
  }
}
