import CZlib
import Glibc
import OncoModel

/// Reads the blocks of a BGZF stream one by one and inflates them, checking each block's size
/// and CRC-32 (SAM/BAM specification §4.1).
///
/// A BGZF block is a gzip member of at most 64 KiB whose `BC` extra subfield gives its size,
/// so blocks can be cut out of the stream without inflating them. The input ending inside a
/// block is ``FormatError/Code/truncatedCompression``; a block that is not BGZF, does not
/// inflate, or fails its size or CRC check is ``FormatError/Code/corruptCompression``.
final class BGZFBlockInflater {
  /// Inflated bytes gathered into one batch before it is handed over.
  static let batchSize = 1 << 20
  /// The largest block, compressed or inflated.
  static let maximumBlockSize = 1 << 16

  let path: String
  private let input: ByteSource
  private let stream: UnsafeMutablePointer<z_stream>
  private let buffer: UnsafeMutableRawBufferPointer
  private var start = 0
  private var end = 0
  private var inputFinished = false
  /// Offset in the file of the next block, and bytes inflated so far, for error messages.
  private var blockOffset = 0
  private var inflatedBytes = 0
  /// The error met while filling the last batch, thrown by the next ``nextBatch()``.
  private var failure: FormatError?

  /// True when the next ``nextBatch()`` throws.
  var hasFailure: Bool { failure != nil }

  init(input: ByteSource, path: String) throws {
    self.input = input
    self.path = path
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    buffer = .allocate(byteCount: 1 << 20, alignment: 16)
    // Negative window bits: raw deflate data, the gzip wrapper being read here.
    let status = inflateInit2_(stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else {
      stream.deallocate()
      buffer.deallocate()
      throw FormatError(.unreadable, at: TextLocation(file: path), "zlib failed to start (\(status))")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
    buffer.deallocate()
  }

  /// The inflated bytes of the next blocks, about ``batchSize`` of them; empty at the end.
  ///
  /// A block that fails ends the batch with the bytes before it; the error comes on the next call.
  func nextBatch() throws -> [UInt8] {
    if let failure {
      self.failure = nil
      throw failure
    }
    return [UInt8](unsafeUninitializedCapacity: Self.batchSize + Self.maximumBlockSize) { output, count in
      count = 0
      do {
        while count < Self.batchSize, let base = output.baseAddress,
          let produced = try inflateBlock(into: base + count)
        {
          count += produced
        }
      } catch let error as FormatError {
        failure = error
      } catch {
        failure = FormatError(.unreadable, at: TextLocation(file: path), "\(error)")
      }
    }
  }

  /// Inflates the next block into `output` (room for ``maximumBlockSize`` bytes) and returns
  /// its size, or `nil` at the end of the input.
  private func inflateBlock(into output: UnsafeMutablePointer<UInt8>) throws -> Int? {
    guard try fill(18) else {
      if end > start { throw truncated() }
      return nil
    }
    let header = UnsafeRawBufferPointer(rebasing: buffer[start..<end])
    guard header[0] == 0x1F, header[1] == 0x8B, header[2] == 8, header[3] & 0x1E == 0x04 else {
      throw corrupt("not a BGZF block header")
    }
    let extraLength = Int(header[10]) | Int(header[11]) << 8
    guard try fill(12 + extraLength) else { throw truncated() }
    guard let blockSize = blockSizeField(extraLength), blockSize >= 12 + extraLength + 8 else {
      throw corrupt("a gzip member without the BGZF block size")
    }
    guard try fill(blockSize) else { throw truncated() }
    guard let base = buffer.baseAddress?.advanced(by: start).assumingMemoryBound(to: UInt8.self)
    else { return nil }
    let expectedCRC = littleEndian32(base + blockSize - 8)
    let expectedSize = Int(littleEndian32(base + blockSize - 4))
    guard expectedSize <= Self.maximumBlockSize else { throw corrupt("an inflated size over 64 KiB") }
    if expectedSize > 0 {
      inflateReset(stream)
      stream.pointee.next_in = base + 12 + extraLength
      stream.pointee.avail_in = UInt32(blockSize - 12 - extraLength - 8)
      stream.pointee.next_out = output
      stream.pointee.avail_out = UInt32(expectedSize)
      let status = inflate(stream, Z_FINISH)
      guard status == Z_STREAM_END, stream.pointee.avail_out == 0 else {
        let detail =
          stream.pointee.msg.map { String(cString: $0) } ?? "the block does not inflate to its size"
        throw corrupt(detail)
      }
      guard crc32(0, output, UInt32(expectedSize)) == expectedCRC else { throw corrupt("CRC-32 mismatch") }
    }
    start += blockSize
    blockOffset += blockSize
    inflatedBytes += expectedSize
    return expectedSize
  }

  /// BSIZE + 1 from the `BC` subfield of the extra field, or `nil` when there is none.
  private func blockSizeField(_ extraLength: Int) -> Int? {
    var field = start + 12
    let fieldsEnd = field + extraLength
    while field + 4 <= fieldsEnd {
      let length = Int(buffer[field + 2]) | Int(buffer[field + 3]) << 8
      if buffer[field] == 0x42, buffer[field + 1] == 0x43, length == 2, field + 6 <= fieldsEnd {
        return (Int(buffer[field + 4]) | Int(buffer[field + 5]) << 8) + 1
      }
      field += 4 + length
    }
    return nil
  }

  private func littleEndian32(_ pointer: UnsafePointer<UInt8>) -> UInt {
    UInt(pointer[0]) | UInt(pointer[1]) << 8 | UInt(pointer[2]) << 16 | UInt(pointer[3]) << 24
  }

  /// Makes at least `count` unread bytes available; false when the input ends first.
  private func fill(_ count: Int) throws -> Bool {
    while end - start < count, !inputFinished {
      if start > 0, let base = buffer.baseAddress {
        memmove(base, base + start, end - start)
        end -= start
        start = 0
      }
      let got = try input.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
      if got == 0 { inputFinished = true }
      end += got
    }
    return end - start >= count
  }

  private func truncated() -> FormatError {
    FormatError(
      .truncatedCompression, at: TextLocation(file: path),
      "the BGZF stream ends in the middle of a block (at byte \(blockOffset)): the file is truncated",
      hint: "the download or copy was probably interrupted; fetch the file again")
  }

  private func corrupt(_ detail: String) -> FormatError {
    FormatError(
      .corruptCompression, at: TextLocation(file: path),
      "corrupt BGZF block at byte \(blockOffset) (after \(inflatedBytes) decompressed bytes): \(detail)",
      hint: "check the file with 'bgzip -t'; it may be damaged")
  }
}
