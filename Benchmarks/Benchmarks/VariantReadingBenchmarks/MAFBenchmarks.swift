import Benchmark
import Foundation
import OncoFormats
import OncoModel

/// Registers the MAF reading benchmarks (called from the suite's `benchmarks` closure).
///
/// Every row of a generated GDC-style MAF (20k and 1M rows) is decoded into an `Alteration`,
/// protein change normalised. One iteration reads the whole file, so rows/s = rows ÷ wall-clock
/// time and bytes/s = file size ÷ wall-clock time (see RESULTS.md).
func registerMAFBenchmarks() {
  for (file, rows) in [("synth_20k.maf", 20_000), ("synth_1m.maf", 1_000_000)] {
    let path = "\(benchData)/\(file)"
    guard FileManager.default.fileExists(atPath: path) else { continue }
    Benchmark("MAFReader rows \(file)") { benchmark in
      let reader = try MAFReader(path: path)
      var accepted = 0
      var proteinChanges = 0
      benchmark.startMeasurement()
      let counts = try reader.read(
        alteration: { alteration in
          accepted += 1
          if alteration.proteinChange != nil { proteinChanges += 1 }
        },
        diagnostic: { blackHole($0) })
      benchmark.stopMeasurement()
      precondition(counts.read == rows && accepted == rows, "unexpected row count in \(file)")
      blackHole(proteinChanges)
    }
  }
}
