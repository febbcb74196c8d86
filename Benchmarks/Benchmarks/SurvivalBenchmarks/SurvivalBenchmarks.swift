import Benchmark
import OncoSurvival

// Filled in by the survival work (issue 7): KM, log-rank and Cox on surv_1m.csv.
let benchmarks: @Sendable () -> Void = {}
