/// One conditional HTTP(S) GET of a file, streamed to disk through libcurl: the download half of
/// a cache that revalidates with `ETag` / `Last-Modified`.
///
///     let answer = try HTTPDownload.fetch("https://…/so.owl", to: "/tmp/so.owl.partial",
///                                         ifNoneMatch: etag, ifModifiedSince: lastModified)
///     if answer.status == 304 { /* the cached copy is current */ }
public enum HTTPDownload {
  /// What the server answered.
  public struct Answer: Sendable, Hashable {
    /// The HTTP status of the final response (after redirects).
    public var status: Int
    /// The response's `ETag`, if any.
    public var etag: String?
    /// The response's `Last-Modified`, if any.
    public var lastModified: String?
  }

  /// Fetches `url` into `path`, created or truncated.
  ///
  /// The file is left as the server sent it, whatever the status. Sends `If-None-Match` / `If-Modified-Since` when given, so an unchanged file
  /// answers 304 with an empty body.
  ///
  /// - Throws: ``FormatError`` `.network` when no response came (no network, refused, timeout)
  ///   or `path` cannot be written.
  public static func fetch(
    _ url: String, to path: String, ifNoneMatch: String? = nil, ifModifiedSince: String? = nil,
    timeoutSeconds: Int = 600
  ) throws -> Answer {
    var headers: [String] = []
    if let ifNoneMatch { headers.append("If-None-Match: \(ifNoneMatch)") }
    if let ifModifiedSince { headers.append("If-Modified-Since: \(ifModifiedSince)") }
    let response = try HTTPClient(timeoutSeconds: timeoutSeconds).download(url, headers: headers, to: path)
    return Answer(
      status: response.status, etag: response.headers["etag"],
      lastModified: response.headers["last-modified"])
  }
}
