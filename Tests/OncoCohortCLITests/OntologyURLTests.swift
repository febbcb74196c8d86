import Foundation
import OncoTestSupport
import Testing

/// Ontologies named by URL: download once, revalidate with ETag, check sha256, work offline.
///
/// The server is `OncoOntologyTests/Fixtures/ontology-server/server.py` on 127.0.0.1, serving
/// `ncit-style.owl` (two classes; `NCIT:C2926` is "Lung Non-Small Cell Carcinoma").
@Suite struct OntologyURLTests {
  static let owl = Fixtures.local("OncoOntologyTests", "xml/ncit-style.owl")
  /// `sha256sum Tests/OncoOntologyTests/Fixtures/xml/ncit-style.owl`.
  static let digest = "2daa2e847258a6b901923425ee84dd134d445ea1b972444ad173b35777613477"

  static func server() throws -> LoopbackServer {
    try LoopbackServer(
      script: Fixtures.local("OncoOntologyTests", "ontology-server/server.py"), arguments: [owl])
  }

  static func stats(_ server: LoopbackServer) throws -> [String: Int] {
    // Foundation on Linux has no HTTP without FoundationNetworking: ask Python.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      "import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1]).read().decode())",
      server.base + "/stats",
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return try JSONDecoder().decode([String: Int].self, from: data)
  }

  static func show(_ url: String, cache: String, _ extra: [String] = []) throws -> CLI.Result {
    try CLI.run(["ontology", "show", "NCIT:C2926", "--ontology", url, "--ontology-cache", cache] + extra)
  }

  @Test func downloadsOnceThenRevalidatesWithTheETagAndWorksOffline() throws {
    let cache = try Fixtures.temporaryDirectory().path
    var server: LoopbackServer? = try Self.server()
    let url = (server?.base ?? "") + "/release/ncit.owl#sha256=" + Self.digest
    let first = try Self.show(url, cache: cache)
    #expect(first.status == 0)
    #expect(first.stdout.hasPrefix("NCIT:C2926  Lung Non-Small Cell Carcinoma"))
    let second = try Self.show(url, cache: cache)
    #expect(second.stdout == first.stdout)
    if let server { #expect(try Self.stats(server) == ["200": 1, "304": 1]) }
    let folder = cache + "/downloads"
    let entries = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.contains("/") }
      .sorted()
    #expect(entries.map { ($0 as NSString).lastPathComponent } == ["meta.json", "ncit.owl"])
    server = nil  // stopped: the cached copy stands in, with a warning
    let unreachable = try Self.show(url, cache: cache)
    #expect(unreachable.status == 0 && unreachable.stdout == first.stdout)
    #expect(unreachable.stderr.contains("warning: cannot reach http://127.0.0.1:"))
    let offline = try Self.show(url, cache: cache, ["--offline"])
    #expect(offline.status == 0 && offline.stdout == first.stdout && !offline.stderr.contains("cannot reach"))
  }

  @Test func aWrongSha256IsRefusedAndNothingIsKept() throws {
    let cache = try Fixtures.temporaryDirectory().path
    let server = try Self.server()
    let wrong = String(repeating: "0", count: 64)
    let result = try Self.show(server.base + "/release/ncit.owl#sha256=" + wrong, cache: cache)
    #expect(result.status == 65)
    #expect(result.stderr.contains("error: the download's sha256 is \(Self.digest), not \(wrong)"))
    let kept = (try? FileManager.default.subpathsOfDirectory(atPath: cache + "/downloads")) ?? []
    #expect(!kept.contains { $0.hasSuffix(".owl") || $0.hasSuffix(".partial") || $0.hasSuffix("meta.json") })
  }

  @Test func httpErrorsAndBadFragmentsAreDataErrors() throws {
    let cache = try Fixtures.temporaryDirectory().path
    let server = try Self.server()
    let missing = try Self.show(server.base + "/missing.owl", cache: cache)
    #expect(missing.status == 65)
    #expect(missing.stderr.hasPrefix("\(server.base)/missing.owl: error: the server answered HTTP 404"))
    let down = try Self.show(server.base + "/down.owl", cache: cache)
    #expect(down.status == 65 && down.stderr.contains("HTTP 503"))
    let fragment = try Self.show(server.base + "/release/ncit.owl#md5=abc", cache: cache)
    #expect(fragment.status == 65 && fragment.stderr.contains("#sha256= and 64 hex digits"))
    let offline = try Self.show(server.base + "/release/other.owl", cache: cache, ["--offline"])
    #expect(offline.status == 65 && offline.stderr.contains("no cached copy"))
    #expect(try Self.stats(server) == ["404": 1, "503": 1])
  }
}
