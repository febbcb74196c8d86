import Foundation
import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// Everything one read of a VCF gave, for assertions.
struct VCFReading {
  var reader: VCFReader
  var alterations: [Alteration] = []
  var diagnostics: [Diagnostic] = []
  var counts = ReadCounts()

  /// Reads `path` completely and checks the counting invariant.
  init(_ path: String, options: VariantReadOptions = .init()) throws {
    reader = try VCFReader(path: path, options: options)
    var alterations: [Alteration] = []
    var diagnostics: [Diagnostic] = []
    counts = try reader.read(alteration: { alterations.append($0) }, diagnostic: { diagnostics.append($0) })
    self.alterations = alterations
    self.diagnostics = diagnostics
    #expect(counts.read == counts.accepted + counts.rejected)
    #expect(diagnostics.filter { $0.severity == .error }.count >= counts.rejected)
  }

  var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

  /// The alterations at one position.
  func at(_ position: Int, chromosome: String? = nil) -> [Alteration] {
    alterations.filter {
      $0.position?.position == position && (chromosome == nil || $0.position?.chromosome == chromosome)
    }
  }
}

/// Writes `text` to a temporary file named `name` and returns its path.
func temporaryVCF(_ text: String, name: String = "test.vcf") throws -> String {
  let url = try Fixtures.temporaryDirectory().appendingPathComponent(name)
  try Data(text.utf8).write(to: url)
  return url.path
}

/// Runs a shell command (bgzip, bcftools) and returns its standard output.
func shell(_ command: String) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/bin/sh")
  process.arguments = ["-c", command]
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self)
}
