import Foundation
import OncoModel

/// Reads a FHIR R4 server over HTTP(S): pages through the search Bundles of each query,
/// following `next` links, then reads the pages as ``FHIRReader`` reads files.
///
/// Requests go through libcurl with a timeout; `429` and `5xx` answers (and transport failures)
/// are retried with exponential backoff; `401`, `403`, `404` and other errors stop the read
/// with a ``FormatError`` `.httpStatus` that says what to check. The bearer token, when needed,
/// is read from an environment variable, never passed as a value. Pages are kept in a
/// temporary folder during the read (removed after), so memory stays at one page; record
/// locations name the page URL and the entry (`https://host/fhir/Patient?page=2: entry[3]`).
public struct FHIRServerReader: SourceReader, Sendable {
  /// The service base, `https://host/base` (a `fhir+` scheme prefix is dropped).
  public let baseURL: String
  /// The searches to run, relative to the base (`Patient`, `Observation?code=69548-6`).
  public var searches: [String]
  /// The environment variable holding the bearer token; no token is sent when it is unset.
  public var tokenVariable: String
  /// Seconds before a request is abandoned.
  public var timeoutSeconds: Int = 60
  /// How many times a request answered 429/5xx, or without response, is tried again.
  public var retries: Int = 4
  /// Seconds before the first retry; each next wait doubles.
  public var retryDelay: Double = 1
  /// Pages read at most per search, which also stops a server whose `next` links loop.
  public var maximumPages: Int = 100_000
  /// The source name given to patients.
  public var source: String

  /// The searches run when none are given: every resource type the FHIR reader maps.
  public static let defaultSearches = [
    "Patient", "Specimen", "Condition", "Observation", "MedicationStatement", "MedicationAdministration",
  ]

  /// Creates a reader of the server at `baseURL`.
  public init(
    baseURL: String, searches: [String] = FHIRServerReader.defaultSearches,
    tokenVariable: String = "ONCOCOHORT_FHIR_TOKEN", source: String = "fhir"
  ) {
    var base = baseURL.hasPrefix("fhir+") ? String(baseURL.dropFirst("fhir+".count)) : baseURL
    while base.hasSuffix("/") { base.removeLast() }
    self.baseURL = base
    self.searches = searches
    self.tokenVariable = tokenVariable
    self.source = source
  }

  /// Fetches every page of every search, then reads them.
  ///
  /// - Throws: ``FormatError`` `.network` or `.httpStatus` when a page cannot be had.
  public func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("oncocohort-fhir-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let client = try HTTPClient(timeoutSeconds: timeoutSeconds)
    var headers = ["Accept: application/fhir+json"]
    if let token = ProcessInfo.processInfo.environment[tokenVariable], !token.isEmpty {
      headers.append("Authorization: Bearer \(token)")
    }
    var paths: [String] = []
    var names: [String: String] = [:]
    for search in searches {
      var next: String? = search.hasPrefix("http") ? search : "\(baseURL)/\(search)"
      var visited: Set<String> = []
      while let url = next, visited.count < maximumPages, visited.insert(url).inserted {
        let body = try fetch(url, client: client, headers: headers)
        let path = folder.appendingPathComponent(String(format: "page-%06d.json", paths.count)).path
        try Data(body).write(to: URL(fileURLWithPath: path))
        paths.append(path)
        names[path] = url
        next = FHIRServerReader.nextLink(body)
      }
    }
    return try FHIRReader(paths: paths, source: source, displayNames: names).read(
      record: record, diagnostic: diagnostic)
  }

  /// One page, retried on 429, 5xx and transport failures.
  func fetch(_ url: String, client: HTTPClient, headers: [String]) throws -> [UInt8] {
    var attempt = 0
    while true {
      var failure: FormatError
      do {
        let response = try client.get(url, headers: headers)
        switch response.status {
        case 200..<300:
          return response.body
        case 429, 500..<600:
          failure = FormatError(
            .httpStatus, at: TextLocation(file: url), "server answered \(response.status)",
            hint: "the server is busy or failing; tried \(attempt + 1) time(s)")
        default:
          throw FHIRServerReader.statusError(response.status, url: url, tokenVariable: tokenVariable)
        }
      } catch let error as FormatError where error.code == .network {
        failure = error
      }
      guard attempt < retries else { throw failure }
      let wait = retryDelay * Double(1 << min(attempt, 16))
      Thread.sleep(forTimeInterval: wait)
      attempt += 1
    }
  }

  static func statusError(_ status: Int, url: String, tokenVariable: String) -> FormatError {
    let here = TextLocation(file: url)
    switch status {
    case 401:
      return FormatError(
        .httpStatus, at: here, "server refused the request: 401 Unauthorized",
        hint: "put a valid bearer token in the environment variable \(tokenVariable)")
    case 403:
      return FormatError(
        .httpStatus, at: here, "server refused the request: 403 Forbidden",
        hint: "the token in \(tokenVariable) is not allowed to read this resource")
    case 404:
      return FormatError(
        .httpStatus, at: here, "not found: 404", hint: "check the base URL and the resource type")
    default:
      return FormatError(.httpStatus, at: here, "server answered \(status)")
    }
  }

  /// The `next` link of a search Bundle, if any.
  static func nextLink(_ body: [UInt8]) -> String? {
    guard let bundle = FHIRJSON(try? JSONSerialization.jsonObject(with: Data(body))) else { return nil }
    return bundle.array("link").first { $0.string("relation") == "next" }?.string("url")
  }
}
