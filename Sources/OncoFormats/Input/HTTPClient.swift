import CCurl
import OncoModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A blocking HTTP(S) GET through libcurl, one request at a time; owns a curl easy handle.
///
/// Only `http` and `https` are allowed (also after redirects). ``get(_:headers:)`` collects the
/// body in memory (FHIR search Bundles, pages of bounded size); ``download(_:headers:to:)``
/// streams it to a file (ontology releases, up to a gigabyte).
final class HTTPClient {
  /// What a server answered.
  struct Response {
    var status: Int
    var body: [UInt8]
    /// The final response's headers, names lowercased (`etag`, `last-modified`).
    var headers: [String: String] = [:]
  }

  /// Collects the body (in memory or into a file) and the headers; libcurl's callback context.
  private final class Sink {
    var bytes: [UInt8] = []
    var file: UnsafeMutablePointer<FILE>?
    var headers: [String: String] = [:]
  }

  private let handle: UnsafeMutableRawPointer
  let timeoutSeconds: Int

  init(timeoutSeconds: Int) throws {
    guard let handle = curl_easy_init() else {
      throw FormatError(.network, at: TextLocation(file: "libcurl"), "cannot start libcurl")
    }
    self.handle = handle
    self.timeoutSeconds = timeoutSeconds
  }

  deinit {
    curl_easy_cleanup(handle)
  }

  /// Fetches `url` with the given request headers.
  ///
  /// - Throws: ``FormatError`` `.network` with libcurl's message when no response came.
  func get(_ url: String, headers: [String]) throws -> Response {
    let sink = Sink()
    let status = try perform(url, headers: headers, sink: sink)
    return Response(status: status, body: sink.bytes, headers: sink.headers)
  }

  /// Fetches `url` into the file at `path` (created or truncated); the response's `body` is empty.
  ///
  /// - Throws: ``FormatError`` `.network` when no response came or the file cannot be written.
  func download(_ url: String, headers: [String], to path: String) throws -> Response {
    guard let file = fopen(path, "wb") else {
      throw FormatError(.network, at: TextLocation(file: path), "cannot write the download")
    }
    let sink = Sink()
    sink.file = file
    let status: Int
    do {
      status = try perform(url, headers: headers, sink: sink)
    } catch {
      fclose(file)
      throw error
    }
    guard fclose(file) == 0 else {
      throw FormatError(.network, at: TextLocation(file: path), "cannot write the download")
    }
    return Response(status: status, body: [], headers: sink.headers)
  }

  private func perform(_ url: String, headers: [String], sink: Sink) throws -> Int {
    curl_easy_reset(handle)
    var list: UnsafeMutablePointer<curl_slist>?
    for header in headers { list = curl_slist_append(list, header) }
    defer { curl_slist_free_all(list) }
    var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    let code: CURLcode = withExtendedLifetime(sink) {
      errorBuffer.withUnsafeMutableBufferPointer { buffer in
        _ = ccurl_set_string(handle, CURLOPT_URL, url)
        _ = ccurl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = ccurl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        _ = ccurl_set_string(handle, CURLOPT_USERAGENT, "oncocohort")
        _ = ccurl_set_long(handle, CURLOPT_FOLLOWLOCATION, 1)
        _ = ccurl_set_long(handle, CURLOPT_MAXREDIRS, 5)
        _ = ccurl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = ccurl_set_long(handle, CURLOPT_TIMEOUT, timeoutSeconds)
        _ = ccurl_set_long(handle, CURLOPT_CONNECTTIMEOUT, min(timeoutSeconds, 30))
        _ = ccurl_set_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(list))
        _ = ccurl_set_pointer(handle, CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(buffer.baseAddress))
        let context = Unmanaged.passUnretained(sink).toOpaque()
        _ = ccurl_set_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = ccurl_set_pointer(handle, CURLOPT_HEADERDATA, context)
        _ = ccurl_set_write_function(handle) { data, size, count, context in
          guard let data, let context else { return 0 }
          let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
          if let file = sink.file { return fwrite(data, 1, size * count, file) }
          sink.bytes.append(contentsOf: UnsafeRawBufferPointer(start: data, count: size * count))
          return size * count
        }
        _ = ccurl_set_header_function(handle) { data, size, count, context in
          guard let data, let context else { return 0 }
          let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
          let line = String(decoding: UnsafeRawBufferPointer(start: data, count: size * count), as: UTF8.self)
          if line.hasPrefix("HTTP/") {
            sink.headers = [:]  // a new response (after a redirect or a 100 Continue)
          } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].drop { $0.isWhitespace }
            sink.headers[name] = String(value.reversed().drop { $0.isWhitespace }.reversed())
          }
          return size * count
        }
        return curl_easy_perform(handle)
      }
    }
    guard code == CURLE_OK else {
      let detail = String(
        decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      let message = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
      throw FormatError(.network, at: TextLocation(file: url), "cannot fetch: \(message)")
    }
    var status = 0
    _ = ccurl_response_code(handle, &status)
    return status
  }
}
