import Benchmark
import Foundation
import OncoSurvival

/// Inputs come from `../shared/bench/gen/gen_all.sh DIR`; set `ONCOCOHORT_BENCH_DATA=DIR`.
let benchData = ProcessInfo.processInfo.environment["ONCOCOHORT_BENCH_DATA"] ?? "/work/bench-data"

/// The columns of `surv_<n>.csv` (patient_id,time,event,group,age,sex,entry), loaded once.
struct Cohort {
  var time: [Double] = []
  var event: [Bool] = []
  var group: [Int] = []
  var groupLabel: [String] = []
  var age: [Double] = []
  var sex: [String] = []
  var entry: [Double] = []

  init(path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var first = true
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      if first {
        first = false
        continue
      }
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      time.append(Double(fields[1]) ?? .nan)
      event.append(fields[2] == "1")
      groupLabel.append(String(fields[3]))
      group.append(fields[3] == "A" ? 0 : fields[3] == "B" ? 1 : 2)
      age.append(Double(fields[4]) ?? .nan)
      sex.append(String(fields[5]))
      entry.append(Double(fields[6]) ?? 0)
    }
  }

  func data(delayed: Bool) throws -> SurvivalData {
    try SurvivalData(time: time, event: event, entry: delayed ? entry : nil)
  }

  /// R: `~ group + age + sex` (group and sex categorical, references A and F).
  func design() throws -> CoxDesign {
    try CoxDesign([
      .categorical(name: "group", values: groupLabel), .numeric(name: "age", values: age),
      .categorical(name: "sex", values: sex),
    ])
  }
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(60), maxIterations: 5)

  let path = "\(benchData)/surv_1m.csv"
  guard let cohort = try? Cohort(path: path) else {
    print("SurvivalBenchmarks: \(path) not found; run ../shared/bench/gen/gen_all.sh")
    return
  }

  for delayed in [false, true] {
    let suffix = delayed ? " (delayed entry)" : ""
    Benchmark("Kaplan-Meier 3 groups 1M\(suffix)") { benchmark in
      let data = try cohort.data(delayed: delayed)
      benchmark.startMeasurement()
      for g in 0..<3 {
        let curve = try KaplanMeier(data.subset(cohort.group.indices.filter { cohort.group[$0] == g }))
        blackHole(curve.median)
      }
    }
    Benchmark("log-rank 3 groups 1M\(suffix)") { benchmark in
      let data = try cohort.data(delayed: delayed)
      benchmark.startMeasurement()
      blackHole(try LogRank(data, groups: cohort.group))
    }
    Benchmark("Cox Efron group+age+sex 1M\(suffix)") { benchmark in
      let data = try cohort.data(delayed: delayed)
      let design = try cohort.design()
      benchmark.startMeasurement()
      blackHole(try CoxModel(data, design: design, ties: .efron))
    }
  }
  Benchmark("Cox Breslow group+age+sex 1M") { benchmark in
    let data = try cohort.data(delayed: false)
    let design = try cohort.design()
    benchmark.startMeasurement()
    blackHole(try CoxModel(data, design: design, ties: .breslow))
  }
}
