import Benchmark
import Foundation
import OncoOntology

/// Inputs come from `../shared/bench/gen/gen_all.sh DIR`; set `ONCOCOHORT_BENCH_DATA=DIR`.
let benchData = ProcessInfo.processInfo.environment["ONCOCOHORT_BENCH_DATA"] ?? "/work/bench-data"
let owlPath = "\(benchData)/synth_200k.owl"

/// The graph the query benchmarks share, loaded once (outside their measurement).
let sharedGraph: TermGraph? = try? TermGraph(files: [OWLReader.read(path: owlPath)])

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .cpuTotal, .peakMemoryResident], maxDuration: .seconds(120),
    maxIterations: 5)

  // The peer, pronto, parses the file and builds its term graph: the same work is timed here.
  Benchmark("OWL load synth_200k.owl (parse + term graph + closure)") { benchmark in
    benchmark.startMeasurement()
    let graph = TermGraph(files: [try OWLReader.read(path: owlPath)])
    benchmark.stopMeasurement()
    blackHole(graph.count)
  }

  Benchmark("descendants of the root SYNO:0000000") { benchmark in
    guard let graph = sharedGraph, let root = graph.node("SYNO:0000000") else { return }
    for _ in benchmark.scaledIterations { blackHole(graph.descendants(of: root).count) }
  }

  // One million isA(a, b) questions on seeded random pairs: wall time / 1e6 = time per query.
  Benchmark(
    "isA closure query x1M",
    configuration: .init(metrics: [.wallClock, .throughput], scalingFactor: .mega)
  ) { benchmark in
    guard let graph = sharedGraph else { return }
    var generator = SplitMix64(seed: 42)
    let count = UInt64(graph.count)
    let pairs = (0..<1024).compactMap { _ -> (TermGraph.Node, TermGraph.Node)? in
      let a = graph.node(String(format: "SYNO:%07d", generator.next() % count))
      let b = graph.node(String(format: "SYNO:%07d", generator.next() % 64))
      guard let a, let b else { return nil }
      return (a, b)
    }
    var hits = 0
    benchmark.startMeasurement()
    for index in benchmark.scaledIterations {
      let pair = pairs[index & 1023]
      if graph.isA(pair.0, pair.1) { hits += 1 }
    }
    benchmark.stopMeasurement()
    blackHole(hits)
  }
}

/// A tiny seeded generator, so every run asks the same questions.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
