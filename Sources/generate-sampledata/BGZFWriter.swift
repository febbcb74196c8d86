import CZlib
import Foundation

/// Compresses bytes as BGZF (SAM/BAM specification §4.1): gzip members of at most 64 KiB with
/// the `BC` extra field giving the block size, then the standard 28-byte empty EOF block, so
/// that `tabix` and `bcftools` read the files.
///
/// Deflate output depends only on zlib's algorithm and level, so the bytes are the same on every
/// run with the same zlib (a different zlib release could change them; the tests compare runs).
enum BGZFWriter {
  /// Input bytes per block: below 64 KiB so that even incompressible data fit (as htslib does).
  static let blockInput = 0xff00
  static let eofBlock: [UInt8] = [
    0x1f, 0x8b, 0x08, 0x04, 0, 0, 0, 0, 0, 0xff, 0x06, 0, 0x42, 0x43, 0x02, 0, 0x1b, 0, 0x03, 0, 0, 0, 0, 0,
    0, 0,
    0, 0,
  ]

  enum Failure: Error { case deflate(Int32) }

  /// The BGZF encoding of `data`, EOF block included.
  static func compress(_ data: Data) throws -> Data {
    var output = Data()
    var offset = 0
    let bytes = [UInt8](data)
    while offset < bytes.count {
      let end = min(bytes.count, offset + blockInput)
      output.append(contentsOf: try block(Array(bytes[offset..<end])))
      offset = end
    }
    output.append(contentsOf: eofBlock)
    return output
  }

  /// One BGZF block: gzip header with `BC` extra field, raw deflate data, CRC-32 and input size.
  static func block(_ input: [UInt8]) throws -> [UInt8] {
    let deflated = try deflateRaw(input)
    let total = 18 + deflated.count + 8
    var block: [UInt8] = [0x1f, 0x8b, 0x08, 0x04, 0, 0, 0, 0, 0, 0xff, 0x06, 0, 0x42, 0x43, 0x02, 0]
    block += littleEndian(UInt32(total - 1), bytes: 2)
    block += deflated
    let crc = input.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
    block += littleEndian(UInt32(crc), bytes: 4)
    block += littleEndian(UInt32(input.count), bytes: 4)
    return block
  }

  private static func deflateRaw(_ input: [UInt8]) throws -> [UInt8] {
    var stream = z_stream()
    var status = deflateInit2_(
      &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
      Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else { throw Failure.deflate(status) }
    defer { deflateEnd(&stream) }
    var source = input
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 16)
    let capacity = output.count
    status = source.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.next_in = inBuffer.baseAddress
        stream.avail_in = uInt(inBuffer.count)
        stream.next_out = outBuffer.baseAddress
        stream.avail_out = uInt(outBuffer.count)
        return deflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END else { throw Failure.deflate(status) }
    return Array(output[0..<(capacity - Int(stream.avail_out))])
  }

  private static func littleEndian(_ value: UInt32, bytes: Int) -> [UInt8] {
    (0..<bytes).map { UInt8((value >> (8 * UInt32($0))) & 0xff) }
  }
}
