/// Something that fills a buffer with the next bytes of a stream; 0 bytes means the end.
protocol ByteSource: AnyObject {
  /// Reads up to `buffer.count` bytes into `buffer` and returns how many were read.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}
