import Glibc
import OncoModel

/// Reads a text file line by line in constant memory, inflating gzip and BGZF transparently
/// (BGZF blocks on a second thread, see `BGZFByteSource`).
///
/// Lines end at `\n`; a `\r` before it (CRLF files) is dropped, and a last line without a
/// final newline is still a line. The reader owns its buffer and file descriptor: create it,
/// read, and let it go, within one function.
public final class LineReader {
  /// The path as the caller named it (`-` is standard input).
  public let path: String
  /// The compression found in the file's first bytes.
  public let compression: Compression
  /// The 1-based number of the line last returned; 0 before the first.
  public private(set) var lineNumber = 0
  /// True when the last line returned ended with `\r\n`.
  public private(set) var lastLineHadCarriageReturn = false

  /// Longest line accepted; a longer one is an error rather than unbounded memory.
  public static let maximumLineLength = 256 << 20

  private let source: ByteSource
  private var storage: UnsafeMutableRawBufferPointer
  private var start = 0
  private var end = 0
  private var finished = false

  /// Opens `path` (or standard input for `-`) and sniffs its compression.
  ///
  /// - Throws: ``FormatError`` when the file cannot be opened.
  public init(path: String, bufferSize: Int = 1 << 20) throws {
    self.path = path
    let file = try FileByteSource(path: path)
    let head = try file.peek(18)
    compression = Compression.sniff(head)
    switch compression {
    case .none: source = file
    case .gzip: source = try GzipByteSource(input: file, path: path)
    case .bgzf: source = try BGZFByteSource(input: file, path: path)
    }
    storage = .allocate(byteCount: max(bufferSize, 64), alignment: 16)
  }

  deinit {
    storage.deallocate()
  }

  /// The location of the line last returned, for diagnostics.
  public func location(column: Int? = nil) -> TextLocation {
    TextLocation(file: path, line: lineNumber, column: column)
  }

  /// Calls `body` with the bytes of the next line (without its line ending), or returns `nil`
  /// at the end of the file.
  ///
  /// The buffer is valid only inside `body`.
  /// - Throws: ``FormatError`` for a read or decompression failure, or what `body` throws.
  public func withNextLine<Result>(
    _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) throws -> Result? {
    guard let range = try nextLineRange() else { return nil }
    let bytes = UnsafeBufferPointer(
      rebasing: storage.bindMemory(to: UInt8.self)[range])
    return try body(bytes)
  }

  /// The next line as a `String` (invalid UTF-8 repaired), or `nil` at the end of the file.
  public func nextLine() throws -> String? {
    try withNextLine { String(decoding: $0, as: UTF8.self) }
  }

  /// Up to `count` bytes of (decompressed) content at the current position, left unread.
  public func peekContent(_ count: Int) throws -> [UInt8] {
    while end - start < count, !finished {
      try fill()
    }
    let available = min(count, end - start)
    return Array(UnsafeRawBufferPointer(rebasing: storage[start..<(start + available)]))
  }

  private func nextLineRange() throws -> Range<Int>? {
    var searchFrom = start
    while true {
      if let newline = findNewline(from: searchFrom) {
        var lineEnd = newline
        lastLineHadCarriageReturn = lineEnd > start && storage[lineEnd - 1] == UInt8(ascii: "\r")
        if lastLineHadCarriageReturn { lineEnd -= 1 }
        let range = start..<lineEnd
        start = newline + 1
        lineNumber += 1
        return range
      }
      if finished {
        guard end > start else { return nil }
        var lineEnd = end
        lastLineHadCarriageReturn = storage[lineEnd - 1] == UInt8(ascii: "\r")
        if lastLineHadCarriageReturn { lineEnd -= 1 }
        let range = start..<lineEnd
        start = end
        lineNumber += 1
        return range
      }
      searchFrom = end
      let shift = start
      try fill()
      searchFrom -= shift
    }
  }

  private func findNewline(from index: Int) -> Int? {
    guard index < end, let base = storage.baseAddress else { return nil }
    guard let found = memchr(base + index, 0x0A, end - index) else { return nil }
    return base.distance(to: found)
  }

  /// Moves the unread bytes to the front, grows the buffer if a line fills it, and reads more.
  private func fill() throws {
    if start > 0 {
      if end > start, let base = storage.baseAddress {
        memmove(base, base + start, end - start)
      }
      end -= start
      start = 0
    }
    if end == storage.count {
      guard storage.count < LineReader.maximumLineLength else {
        throw FormatError(
          .lineTooLong, at: TextLocation(file: path, line: lineNumber + 1),
          "line is longer than \(LineReader.maximumLineLength >> 20) MiB",
          hint: "this is probably not a text file")
      }
      let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: storage.count * 2, alignment: 16)
      larger.copyMemory(from: UnsafeRawBufferPointer(storage))
      storage.deallocate()
      storage = larger
    }
    let got = try source.read(
      into: UnsafeMutableRawBufferPointer(rebasing: storage[end..<storage.count]))
    if got == 0 { finished = true }
    end += got
  }
}
