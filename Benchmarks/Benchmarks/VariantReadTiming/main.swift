// A small timing command for side-by-side runs with bcftools under hyperfine:
// `VariantReadTiming FILE…` reads each VCF with OncoFormats and prints counts to stderr.
import Foundation
import OncoFormats

var failed = false
for path in CommandLine.arguments.dropFirst() {
  do {
    let start = ContinuousClock.now
    let reader = try VCFReader(path: path)
    var alterations = 0
    var diagnostics = 0
    let counts = try reader.read(alteration: { _ in alterations += 1 }, diagnostic: { _ in diagnostics += 1 })
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    FileHandle.standardError.write(
      Data(
        "\(path): \(counts.read) records (\(counts.accepted) accepted, \(counts.rejected) rejected), \(alterations) alterations, \(diagnostics) diagnostics, \(String(format: "%.3f", seconds)) s\n"
          .utf8))
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    failed = true
  }
}
exit(failed ? 1 : 0)
