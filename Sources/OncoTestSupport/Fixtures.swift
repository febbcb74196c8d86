import Foundation

/// Paths to the test inputs: the repository's own fixtures and the public files in `../shared/data/`.
public enum Fixtures {
  /// The root of the package checkout, found from this file's own path.
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // OncoTestSupport
    .deletingLastPathComponent()  // Sources
    .deletingLastPathComponent()

  /// `../shared/data/` beside the checkout, where public test files live (never copied here).
  public static let sharedData: URL = {
    if let override = ProcessInfo.processInfo.environment["ONCOCOHORT_SHARED_DATA"] {
      return URL(fileURLWithPath: override)
    }
    return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
  }()

  /// The path of a file in `../shared/data/`, for example `shared("vcf2maf/test_b38.vcf")`.
  public static func shared(_ relativePath: String) -> String {
    sharedData.appendingPathComponent(relativePath).path
  }

  /// The path of a fixture kept beside a test target, for example `local("OncoFormatsTests", "vcf/crlf.vcf")`.
  public static func local(_ testTarget: String, _ relativePath: String) -> String {
    packageRoot.appendingPathComponent("Tests/\(testTarget)/Fixtures/\(relativePath)").path
  }

  /// A fresh temporary directory for a test to write into.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("oncocohort-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
