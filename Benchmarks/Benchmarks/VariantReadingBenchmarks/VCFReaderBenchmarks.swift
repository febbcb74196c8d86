import Benchmark
import Foundation
import OncoFormats

/// VCF reading: records/s and MB/s on the 1M-record synthetic file (plain and BGZF), and peak
/// resident memory on 10k versus 1M records (it must stay flat).
func vcfReaderBenchmarks() {
  let metrics: [BenchmarkMetric] = [
    .wallClock, .peakMemoryResident, .custom("records/s"), .custom("MB/s"),
  ]
  for file in ["synth_1m.vcf", "synth_1m.vcf.gz", "synth_10k.vcf"] {
    Benchmark(
      "VCFReader \(file)",
      configuration: .init(metrics: metrics, maxDuration: .seconds(120), maxIterations: 3)
    ) { benchmark in
      let path = "\(benchData)/\(file)"
      let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      let reader = try VCFReader(path: path)
      var alterations = 0
      let start = ContinuousClock.now
      benchmark.startMeasurement()
      let counts = try reader.read(
        alteration: {
          blackHole($0)
          alterations += 1
        }, diagnostic: { blackHole($0) })
      benchmark.stopMeasurement()
      let seconds = (ContinuousClock.now - start) / .seconds(1)
      benchmark.measurement(.custom("records/s"), Int(Double(counts.read) / seconds))
      benchmark.measurement(.custom("MB/s"), Int(Double(bytes) / 1_000_000 / seconds))
      blackHole(alterations)
    }
  }
}
