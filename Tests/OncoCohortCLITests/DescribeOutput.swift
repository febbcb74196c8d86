import Foundation
import OncoTestSupport
import Testing

/// `oncocohort describe --format json` run as a user would, for the tests that read its document.
enum DescribeOutput {
  /// The JSON document of `describe` on `query` (a path, absolute or relative to `directory`),
  /// with a minimum cell count of 1 so that small hand-made cohorts show every count.
  static func document(query: String, warehouse: String, directory: URL? = nil) throws -> [String: Any] {
    let result = try CLI.run(
      ["describe", query, "--warehouse", warehouse, "--format", "json", "--min-cell-count", "1"],
      directory: directory)
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  /// The outcome named `name` of a describe document.
  static func outcome(_ document: [String: Any], _ name: String) throws -> [String: Any] {
    let outcomes = try #require(document["outcomes"] as? [String: Any])
    return try #require(outcomes[name] as? [String: Any], "no outcome \(name)")
  }
}
