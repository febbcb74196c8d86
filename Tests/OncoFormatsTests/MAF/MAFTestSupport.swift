import OncoFormats
import OncoModel
import Testing

/// Everything one read of a MAF produced.
struct MAFReadResult {
  var alterations: [Alteration] = []
  var diagnostics: [Diagnostic] = []
  var counts = ReadCounts()

  var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

  /// The alteration read from `line`, when that line was accepted.
  func at(line: Int) -> Alteration? {
    alterations.first { $0.location?.line == line }
  }

  static func read(_ path: String, options: VariantReadOptions = .init()) throws -> MAFReadResult {
    let reader = try MAFReader(path: path, options: options)
    var result = MAFReadResult()
    result.counts = try reader.read(
      alteration: { result.alterations.append($0) }, diagnostic: { result.diagnostics.append($0) })
    #expect(result.counts.read == result.counts.accepted + result.counts.rejected)
    #expect(result.counts.accepted == result.alterations.count)
    return result
  }
}
