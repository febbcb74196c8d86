// Lines of therapy for N synthetic patients, streamed one by one: `PathwayTiming N [--descriptors]
// [--no-explain] [--generate-only]` prints patients, exposures, lines, wall time and peak RSS to stderr. Run one
// process per N so each peak RSS is that run's own.
import Foundation
import OncoPathways
import PathwayBenchmarkSupport

let arguments = CommandLine.arguments.dropFirst()
guard let patients = arguments.first.flatMap({ Int($0) }) else {
  FileHandle.standardError.write(Data("usage: PathwayTiming PATIENTS [--descriptors] [--no-explain]\n".utf8))
  exit(64)
}
let ontology = try SyntheticHistories.ontology()
let start = ContinuousClock.now
var builder = LineOfTherapyBuilder(
  rules: .standard, ontology: ontology, recordsExplanation: !arguments.contains("--no-explain"))
var accumulator = arguments.contains("--descriptors") ? PathwayAccumulator() : nil
var exposures = 0
var lines = 0
var seen = 0
for history in SyntheticHistories(patients: patients) {
  exposures += history.exposures.count
  if arguments.contains("--generate-only") { continue }
  let pathway = builder.pathway(for: history)
  lines += pathway.lines.count
  seen += 1
  accumulator?.add(pathway, group: seen % 2 == 0 ? "A" : "B")
}
let treated = accumulator?.cohortDescriptors.treated
let seconds = (ContinuousClock.now - start) / .seconds(1)
var usage = rusage()
// Glibc imports RUSAGE_SELF as an enum case; the C function takes its raw value.
getrusage(RUSAGE_SELF.rawValue, &usage)
let report =
  "\(patients) patients, \(exposures) exposures, \(lines) lines\(treated.map { ", \($0) treated" } ?? ""): "
  + "\(String(format: "%.2f", seconds)) s, peak RSS \(usage.ru_maxrss / 1024) MB\n"
FileHandle.standardError.write(Data(report.utf8))
