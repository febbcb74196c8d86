import CZlib
import OncoModel

/// The inflated bytes of a gzip or BGZF stream read from another source.
///
/// Concatenated members (every BGZF file, and `cat a.gz b.gz`) are read one after the other.
/// A stream that ends inside a member is reported as truncated rather than silently cut.
final class GzipByteSource: ByteSource {
  private let input: ByteSource
  private let path: String
  private let stream: UnsafeMutablePointer<z_stream>
  private let inputBuffer: UnsafeMutableRawBufferPointer
  /// True while inside a member, so the end of the input there means truncation.
  private var inMember = false
  private var inputFinished = false

  init(input: ByteSource, path: String) throws {
    self.input = input
    self.path = path
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    inputBuffer = .allocate(byteCount: 1 << 18, alignment: 16)
    // 15 window bits + 16: gzip wrapper only, so a zlib or raw stream is a clear error.
    let status = inflateInit2_(stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else {
      stream.deallocate()
      inputBuffer.deallocate()
      throw FormatError(.unreadable, at: TextLocation(file: path), "zlib failed to start (\(status))")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
    inputBuffer.deallocate()
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    guard let output = buffer.baseAddress, buffer.count > 0 else { return 0 }
    stream.pointee.next_out = output.assumingMemoryBound(to: Bytef.self)
    stream.pointee.avail_out = UInt32(clamping: buffer.count)
    while stream.pointee.avail_out > 0 {
      if stream.pointee.avail_in == 0 {
        if inputFinished { break }
        let got = try input.read(into: inputBuffer)
        if got == 0 {
          inputFinished = true
          break
        }
        stream.pointee.next_in = inputBuffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = UInt32(got)
      }
      inMember = true
      let status = inflate(stream, Z_NO_FLUSH)
      switch status {
      case Z_OK, Z_BUF_ERROR:
        continue
      case Z_STREAM_END:
        inMember = false
        inflateReset(stream)
      default:
        let detail = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
        throw FormatError(
          .corruptCompression, at: TextLocation(file: path),
          "corrupt gzip data after \(stream.pointee.total_out) decompressed bytes: \(detail)",
          hint: "check the file with 'gzip -t'; it may be damaged or not gzip at all")
      }
    }
    let produced = buffer.count - Int(stream.pointee.avail_out)
    if produced == 0, inputFinished, inMember, stream.pointee.total_in > 0 {
      throw FormatError(
        .truncatedCompression, at: TextLocation(file: path),
        "the gzip stream ends in the middle of a member: the file is truncated",
        hint: "the download or copy was probably interrupted; fetch the file again")
    }
    return produced
  }
}
