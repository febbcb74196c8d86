import Benchmark
import Foundation
import OncoFormats

/// Inputs come from `../shared/bench/gen/gen_all.sh DIR`; set `ONCOCOHORT_BENCH_DATA=DIR`.
let benchData = ProcessInfo.processInfo.environment["ONCOCOHORT_BENCH_DATA"] ?? "/work/bench-data"

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .peakMemoryResident], maxDuration: .seconds(60),
    maxIterations: 5)

  for file in ["synth_1m.vcf", "synth_1m.vcf.gz"] {
    Benchmark("LineReader lines \(file)") { benchmark in
      let reader = try LineReader(path: "\(benchData)/\(file)")
      var bytes = 0
      benchmark.startMeasurement()
      while let count = try reader.withNextLine({ $0.count }) { bytes += count }
      benchmark.stopMeasurement()
      blackHole(bytes)
    }
  }

  vcfReaderBenchmarks()
  registerMAFBenchmarks()
}
