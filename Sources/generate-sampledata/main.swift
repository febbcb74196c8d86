import Foundation

// generate-sampledata: writes OncoCohort's synthetic SampleData (see SampleData/README.md).
//
//   swift run generate-sampledata SampleData [--patients N] [--seed S]
//
// The same arguments always give the same bytes. The folders registry/, hospital/ and industry/
// under the output folder are replaced; anything else there (README.md, queries/) is kept.

let usage = "usage: generate-sampledata OUTPUT_FOLDER [--patients N] [--seed S]"
var arguments = Array(CommandLine.arguments.dropFirst())
var output: String?
var count = 3000
var seed: UInt64 = 20_250_630
while !arguments.isEmpty {
  let argument = arguments.removeFirst()
  switch argument {
  case "--patients", "--seed":
    guard let value = arguments.first, let number = UInt64(value), number > 0 else {
      FileHandle.standardError.write(
        Data("error: \(argument) needs a positive whole number\n\(usage)\n".utf8))
      exit(64)
    }
    arguments.removeFirst()
    if argument == "--patients" { count = Int(number) } else { seed = number }
  case "-h", "--help":
    print(usage)
    exit(0)
  default:
    guard output == nil, !argument.hasPrefix("-") else {
      FileHandle.standardError.write(Data("error: unexpected argument '\(argument)'\n\(usage)\n".utf8))
      exit(64)
    }
    output = argument
  }
}
guard let output else {
  FileHandle.standardError.write(Data("\(usage)\n".utf8))
  exit(64)
}

do {
  let root = URL(fileURLWithPath: output)
  for name in ["registry", "hospital", "industry"] {
    let folder = root.appendingPathComponent(name)
    if FileManager.default.fileExists(atPath: folder.path) { try FileManager.default.removeItem(at: folder) }
  }
  var simulator = CohortSimulator(seed: seed)
  let patients = simulator.run(count: count)
  let folder = OutputFolder(root: root)
  try RegistryWriter(patients: patients.filter { $0.source == .registry }).write(to: folder)
  try HospitalWriter(patients: patients.filter { $0.source == .hospital }, seed: seed).write(to: folder)
  try IndustryWriter(patients: patients.filter { $0.source == .industry }).write(to: folder)
  print(CohortSummary(patients: patients, excluded: simulator.excludedBeforeSequencing).text, terminator: "")
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
