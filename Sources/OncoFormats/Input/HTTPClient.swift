import CCurl
import OncoModel

/// A blocking HTTP(S) GET through libcurl, one request at a time; owns a curl easy handle.
///
/// Only `http` and `https` are allowed (also after redirects). The body is collected in memory:
/// callers fetch pages of bounded size (FHIR search Bundles).
final class HTTPClient {
  /// What a server answered.
  struct Response {
    var status: Int
    var body: [UInt8]
  }

  /// Collects the body; passed to libcurl as its write context.
  private final class Sink {
    var bytes: [UInt8] = []
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
    curl_easy_reset(handle)
    let sink = Sink()
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
        _ = ccurl_set_pointer(handle, CURLOPT_WRITEDATA, Unmanaged.passUnretained(sink).toOpaque())
        _ = ccurl_set_write_function(handle) { data, size, count, context in
          guard let data, let context else { return 0 }
          let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
          sink.bytes.append(contentsOf: UnsafeRawBufferPointer(start: data, count: size * count))
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
    return Response(status: status, body: sink.bytes)
  }
}
