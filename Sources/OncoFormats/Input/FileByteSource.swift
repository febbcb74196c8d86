import Glibc
import OncoModel

/// Raw bytes of a file (or of standard input for the path `-`), read with POSIX `read`.
///
/// Owns the file descriptor and closes it when released.
final class FileByteSource: ByteSource {
  let path: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  /// Bytes already read to sniff the format, served again before the rest of the file.
  private var pending: [UInt8] = []
  private(set) var bytesRead: Int = 0

  init(path: String) throws {
    self.path = path
    if path == "-" {
      descriptor = STDIN_FILENO
      ownsDescriptor = false
      return
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      let reason = String(cString: strerror(errno))
      let code: FormatError.Code = errno == ENOENT ? .fileNotFound : .unreadable
      throw FormatError(
        code, at: TextLocation(file: path), "cannot open file: \(reason)",
        hint: code == .fileNotFound ? "check the path; it is relative to the working directory" : nil)
    }
    var status = stat()
    if fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      throw FormatError(
        .unreadable, at: TextLocation(file: path), "is a directory, not a file",
        hint: "name the files inside it")
    }
    descriptor = fd
    ownsDescriptor = true
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// Reads the first `count` bytes (fewer at the end of the file) without consuming them.
  func peek(_ count: Int) throws -> [UInt8] {
    while pending.count < count {
      var chunk = [UInt8](repeating: 0, count: count - pending.count)
      let got = try chunk.withUnsafeMutableBytes { try rawRead(into: $0) }
      if got == 0 { break }
      pending.append(contentsOf: chunk[0..<got])
    }
    return Array(pending.prefix(count))
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    if !pending.isEmpty {
      let count = min(buffer.count, pending.count)
      pending.withUnsafeBytes { source in
        buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[0..<count]))
      }
      pending.removeFirst(count)
      return count
    }
    return try rawRead(into: buffer)
  }

  private func rawRead(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    while true {
      let got = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
      if got >= 0 {
        bytesRead += got
        return got
      }
      if errno == EINTR { continue }
      throw FormatError(
        .unreadable, at: TextLocation(file: path),
        "read failed: \(String(cString: strerror(errno)))")
    }
  }
}
