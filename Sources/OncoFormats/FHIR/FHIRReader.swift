import Foundation
import Glibc
import OncoModel

/// Reads FHIR R4 genomics data: Bundle or Parameters JSON documents, single-resource JSON files,
/// and NDJSON files (one resource per line, as FHIR bulk export writes them).
///
/// Read: Patient, Condition, Specimen, Observation (Genomics Reporting IG / mCODE variants,
/// TMB and MSI, disease status), MedicationStatement and MedicationAdministration. Other
/// resources (Organization, DiagnosticReport, implication Observations …) are not records: a
/// warning per file says how many were passed over. Dates become calendar days.
///
/// NDJSON is streamed line by line with ``LineReader``; a JSON document (a Bundle) is parsed
/// whole with Foundation's `JSONSerialization`, since a Bundle is one document that must be
/// held to resolve its `urn:uuid:` references. Files are read twice: a first pass emits
/// patients and indexes references, a second the rest, so a patient always comes before its
/// records whatever the file order. Locations are lines for NDJSON and JSON pointers for
/// documents (`bundle.json: entry[3]`).
public struct FHIRReader: SourceReader, Sendable {
  /// The files to read, in order.
  public let paths: [String]
  /// The source name given to patients.
  public let source: String

  /// The name shown for a path in locations and reports (a page's URL for a server read).
  let displayNames: [String: String]

  /// Creates a reader of `paths` (Bundles, Parameters, single resources, or `.ndjson` files).
  public init(paths: [String], source: String = "fhir") {
    self.init(paths: paths, source: source, displayNames: [:])
  }

  init(paths: [String], source: String, displayNames: [String: String]) {
    self.paths = paths
    self.source = source
    self.displayNames = displayNames
  }

  /// Reads every file.
  ///
  /// - Throws: ``FormatError`` when a file cannot be opened or a JSON document cannot be parsed.
  public func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    try withoutActuallyEscaping(record) { record in
      try withoutActuallyEscaping(diagnostic) { diagnostic in
        var session = FHIRSession(source: source, emit: record, report: diagnostic)
        session.displayNames = displayNames
        for path in paths { try session.index(path) }
        try session.emitSpecimens()
        for path in paths { try session.readRecords(path) }
        return paths.map { path in
          FileReadReport(
            path: displayNames[path] ?? path, format: FHIRReader.isNDJSON(path) ? "fhir-ndjson" : "fhir-json",
            counts: session.counts[path] ?? ReadCounts())
        }
      }
    }
  }

  static func isNDJSON(_ path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".ndjson") || lower.hasSuffix(".ndjson.gz") || lower.hasSuffix(".jsonl")
  }

  /// What a file holds, item by item: a resource with its location, or an NDJSON line that is
  /// not a resource.
  enum Item {
    case resource(FHIRJSON, TextLocation)
    case malformed(Diagnostic)
  }

  /// Calls `body` with every resource of a file (and every malformed NDJSON line).
  ///
  /// With `mentioning`, an NDJSON line that contains none of those words is passed over
  /// without being parsed (the first pass only wants patients and specimens).
  static func forEachResource(
    _ path: String, name: String, mentioning words: [String] = [], _ body: (Item) throws -> Void
  ) throws {
    if isNDJSON(path) {
      let reader = try LineReader(path: path)
      let patterns = words.map { Array($0.utf8) }
      while let line = try reader.withNextLine({ bytes -> Data? in
        guard patterns.isEmpty || patterns.contains(where: { contains(bytes, $0) }) else { return nil }
        return Data(bytes)
      }) {
        guard let line, !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { continue }
        guard let resource = FHIRJSON(try? JSONSerialization.jsonObject(with: line)) else {
          try body(
            .malformed(
              Diagnostic(
                .error, at: TextLocation(file: name, line: reader.lineNumber), "line is not a JSON object",
                hint: "NDJSON holds one resource per line")))
          continue
        }
        try body(.resource(resource, TextLocation(file: name, line: reader.lineNumber)))
      }
      return
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw FormatError(.fileNotFound, at: TextLocation(file: name), "cannot open file")
    }
    guard let root = FHIRJSON(try? JSONSerialization.jsonObject(with: data)) else {
      throw FormatError(
        .unknownFormat, at: TextLocation(file: name), "file is not a JSON object",
        hint: "expected a FHIR Bundle or resource")
    }
    try walk(root, pointer: nil, path: name) { try body(.resource($0, $1)) }
  }

  /// True when `pattern` occurs in `bytes` (first byte found with `memchr`).
  private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
    guard let base = bytes.baseAddress, let first = pattern.first, bytes.count >= pattern.count else {
      return false
    }
    var start = 0
    let last = bytes.count - pattern.count
    while start <= last {
      guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return false }
      let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if memcmp(base + offset, pattern, pattern.count) == 0 { return true }
      start = offset + 1
    }
    return false
  }

  /// Visits a resource, then the resources inside a Bundle's entries or a Parameters' parts.
  private static func walk(
    _ resource: FHIRJSON, pointer: String?, path: String, fullUrl: String? = nil,
    _ body: (FHIRJSON, TextLocation) throws -> Void
  ) throws {
    switch resource.resourceType {
    case "Bundle":
      for (index, entry) in resource.array("entry").enumerated() {
        guard let inner = entry["resource"] else { continue }
        let here = (pointer.map { "\($0)." } ?? "") + "entry[\(index)]"
        try walk(inner, pointer: here, path: path, fullUrl: entry.string("fullUrl"), body)
      }
    case "Parameters":
      func parts(_ list: [FHIRJSON], _ prefix: String, _ key: String) throws {
        for (index, parameter) in list.enumerated() {
          let here = "\(prefix)\(key)[\(index)]"
          if let inner = parameter["resource"] {
            try walk(inner, pointer: here + ".resource", path: path, body)
          }
          try parts(parameter.array("part"), here + ".", "part")
        }
      }
      try parts(resource.array("parameter"), pointer.map { "\($0)." } ?? "", "parameter")
    default:
      var located = resource.object
      if let fullUrl { located["_fullUrl"] = fullUrl }
      try body(FHIRJSON(located), TextLocation(file: path, pointer: pointer))
    }
  }
}
