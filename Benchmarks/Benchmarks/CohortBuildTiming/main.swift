// Times `CohortBuilder.build` on a synthetic warehouse of 100k patients and 10M alterations:
// `CohortBuildTiming [FILE] [RUNS]` generates FILE when it does not exist (default
// /work/bench-data/warehouse-100k.sqlite), builds the typical query RUNS times (default 11),
// prints each time, the median, the cohort and attrition, and the plan of every step.
import Foundation
import OncoQuery
import OncoWarehouse

let arguments = Array(CommandLine.arguments.dropFirst())
let path = arguments.first ?? "/work/bench-data/warehouse-100k.sqlite"
let runs = arguments.count > 1 ? Int(arguments[1]) ?? 11 : 11

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

/// User + system CPU time of this process in milliseconds: on a shared machine, wall time
/// also counts the time other processes held the cores.
func cpuMilliseconds() -> Double {
  Double(clock()) / Double(CLOCKS_PER_SEC) * 1000
}

do {
  if !FileManager.default.fileExists(atPath: path) {
    log("generating \(path) …")
    let start = ContinuousClock.now
    try SyntheticWarehouse.generate(path: path)
    log("generated in \(ContinuousClock.now - start)")
  }
  let parser = ExpressionParser()
  let query = CohortQuery(
    name: "KRAS G12C NSCLC without STK11",
    criteria: [
      CohortCriterion(
        kind: .diagnosis(concepts: ["NCIT:C2926"]), label: "NSCLC (NCIT:C2926) or a descendant"),
      CohortCriterion(kind: .requireAlterations(try parser.parseOrThrow("KRAS: G12C")), label: "KRAS: G12C"),
      CohortCriterion(
        kind: .excludeAlterations(try parser.parseOrThrow("STK11: MUT")), label: "not STK11: MUT"),
    ])
  let builder = CohortBuilder(warehouse: try Warehouse(path: path))
  var times: [Double] = []
  var cohort: Cohort?
  for run in 1...runs {
    let start = ContinuousClock.now
    cohort = try builder.build(query)
    let milliseconds = (ContinuousClock.now - start) / .milliseconds(1)
    times.append(milliseconds)
    log("run \(run): \(String(format: "%.1f", milliseconds)) ms")
  }
  times.sort()
  print(
    "median of \(runs): \(String(format: "%.1f", times[times.count / 2])) ms (min \(String(format: "%.1f", times[0])), max \(String(format: "%.1f", times[times.count - 1])))"
  )
  if let cohort {
    print("patients: \(cohort.patients.count)")
    for step in cohort.attrition {
      print(
        "  \(step.label): remaining \(step.remaining), excluded \(step.excluded), not assessed \(step.notAssessed)"
      )
    }
  }
  for line in try builder.explain(query) { print(line) }
} catch {
  log("error: \(error)")
  exit(1)
}
