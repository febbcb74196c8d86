import Benchmark
import OncoPathways
import PathwayBenchmarkSupport

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration.maxDuration = .seconds(30)
  Benchmark.defaultConfiguration.maxIterations = 5
  let ontology = try? SyntheticHistories.ontology()

  // 100k patients, about 2M exposures, streamed: one iteration builds every patient's lines.
  Benchmark(
    "Lines of therapy, 100k patients",
    configuration: .init(metrics: [.wallClock, .peakMemoryResident, .throughput])
  ) { benchmark in
    var builder = LineOfTherapyBuilder(rules: .standard, ontology: ontology)
    var lines = 0
    for history in SyntheticHistories(patients: 100_000) {
      lines += builder.pathway(for: history).lines.count
    }
    blackHole(lines)
  }

  Benchmark(
    "Lines and descriptors, 100k patients",
    configuration: .init(metrics: [.wallClock, .peakMemoryResident, .throughput])
  ) { benchmark in
    var builder = LineOfTherapyBuilder(rules: .standard, ontology: ontology, recordsExplanation: false)
    var accumulator = PathwayAccumulator()
    for history in SyntheticHistories(patients: 100_000) {
      accumulator.add(builder.pathway(for: history))
    }
    blackHole(accumulator.report)
  }
}
