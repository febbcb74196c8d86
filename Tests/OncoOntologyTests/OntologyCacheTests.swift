import Foundation
import OncoOntology
import OncoTestSupport
import Testing

/// The persisted form: round trip, revalidation by stamp then hash, and damaged caches.
@Suite struct OntologyCacheTests {
  /// A fresh cache folder and a private copy of a fixture, removed when the test ends.
  final class Scratch {
    let root = NSTemporaryDirectory() + "onto-cache-\(UUID().uuidString)"
    var cache: OntologyCache
    let source: String

    init(fixture: String = "xml/ncit-style.owl") throws {
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      cache = OntologyCache(folder: root + "/cache")
      cache.minimumSize = 0
      source = root + "/" + (fixture as NSString).lastPathComponent
      try FileManager.default.copyItem(atPath: Fixtures.local("OncoOntologyTests", fixture), toPath: source)
    }

    var cacheFile: String { cache.cachePath(for: source) }

    deinit { try? FileManager.default.removeItem(atPath: root) }
  }

  @Test func decodesTheFullSequenceOntologyToTheSameTerms() throws {
    let root = NSTemporaryDirectory() + "onto-cache-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: root) }
    var cache = OntologyCache(folder: root)
    cache.minimumSize = 0
    let path = Fixtures.shared("sequence-ontology/so.owl")
    let parsed = try OWLReader.read(path: path)
    let first = try cache.read(path: path)
    let second = try cache.read(path: path)
    #expect(first.outcome == .rebuilt)
    #expect(second.outcome == .hit)
    #expect(second.file == parsed)
    #expect(second.file.terms.count == 2747)
  }

  @Test func aTouchKeepsTheCacheAndAnEditRebuildsIt() throws {
    let scratch = try Scratch()
    #expect(try scratch.cache.read(path: scratch.source).outcome == .rebuilt)
    let later = Date().addingTimeInterval(60)
    try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: scratch.source)
    #expect(try scratch.cache.read(path: scratch.source).outcome == .hit)  // same sha256
    #expect(try scratch.cache.read(path: scratch.source).outcome == .hit)  // stamp refreshed
    var text = try String(contentsOfFile: scratch.source, encoding: .utf8)
    text = text.replacingOccurrences(of: "Lung Non-Small Cell Carcinoma", with: "Edited Label")
    try text.write(toFile: scratch.source, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: scratch.source)
    let edited = try scratch.cache.read(path: scratch.source)
    #expect(edited.outcome == .rebuilt)
    #expect(edited.file.terms.first { $0.id == "NCIT:C2926" }?.label == "Edited Label")
    #expect(try scratch.cache.read(path: scratch.source).outcome == .hit)
  }

  @Test(arguments: ["flip", "truncate", "garbage", "empty", "version"])
  func aDamagedCacheIsIgnoredWithAWarningAndRebuilt(damage: String) throws {
    let scratch = try Scratch()
    let expected = try OWLReader.read(path: scratch.source)
    _ = try scratch.cache.read(path: scratch.source)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.cacheFile)))
    switch damage {
    case "flip": bytes[bytes.count - 10] ^= 0x40
    case "truncate": bytes.removeLast(bytes.count / 3)
    case "garbage": bytes = Array("not a cache at all, just text".utf8)
    case "empty": bytes = []
    default: bytes[8] = 99  // format version 99
    }
    try Data(bytes).write(to: URL(fileURLWithPath: scratch.cacheFile))
    let reread = try scratch.cache.read(path: scratch.source)
    #expect(reread.outcome == .rebuilt)
    #expect(reread.file.terms == expected.terms)
    #expect(reread.file.warnings.map(\.code) == [.cacheIgnored])
    #expect(reread.file.warnings.first?.file == scratch.cacheFile)
    #expect(try scratch.cache.read(path: scratch.source).outcome == .hit)
  }

  @Test func anUnwritableFolderIsAWarningNotAnError() throws {
    let scratch = try Scratch()
    var cache = scratch.cache
    cache.folder = scratch.source + "/not-a-folder"  // under a regular file: cannot be created
    let result = try cache.read(path: scratch.source)
    #expect(result.outcome == .rebuilt)
    #expect(result.file.terms.count == (try OWLReader.read(path: scratch.source)).terms.count)
    #expect(result.file.warnings.map(\.code) == [.cacheIgnored])
  }

  @Test func smallFilesBypassTheCacheAndTheFolderFollowsTheEnvironment() throws {
    let scratch = try Scratch()
    var cache = scratch.cache
    cache.minimumSize = 1 << 20
    #expect(try cache.read(path: scratch.source).outcome == .bypassed)
    #expect(!FileManager.default.fileExists(atPath: scratch.cacheFile))
    #expect(OntologyCache.defaultFolder(environment: ["ONCOCOHORT_ONTOLOGY_CACHE": "/x"]) == "/x")
    #expect(
      OntologyCache.defaultFolder(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])
        == "/c/oncocohort/ontologies")
    #expect(OntologyCache.defaultFolder(environment: ["HOME": "/h"]) == "/h/.cache/oncocohort/ontologies")
  }
}
