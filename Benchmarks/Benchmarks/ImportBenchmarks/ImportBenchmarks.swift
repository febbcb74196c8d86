import Benchmark
import Foundation
import OncoFormats
import OncoModel
import OncoWarehouse

/// Inputs come from `../shared/bench/gen/gen_all.sh DIR`; set `ONCOCOHORT_BENCH_DATA=DIR`.
let benchData = ProcessInfo.processInfo.environment["ONCOCOHORT_BENCH_DATA"] ?? "/work/bench-data"

/// One MAF file as a source.
struct MAFSource: SourceReader {
  let path: String

  func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    let counts = try MAFReader(path: path).read(
      alteration: { try record(.alteration($0)) }, diagnostic: diagnostic)
    return [FileReadReport(path: path, format: "maf", counts: counts)]
  }
}

/// `count` generated records: 100k patients' treatments (10 per patient) or alterations of
/// 20k samples across 50 genes; built on the fly, so memory stays flat in the count.
struct GeneratedSource: SourceReader {
  enum Kind { case alterations, treatments }
  let path: String
  let kind: Kind
  let count: Int

  func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    let genes = (0..<50).map { "GENE\($0)" }
    switch kind {
    case .alterations:
      for index in 0..<count {
        try record(
          .alteration(
            Alteration(
              sampleID: "S\(index % 20_000)", kind: .mutation, gene: genes[index % 50],
              position: GenomicPosition(chromosome: "chr\(index % 22 + 1)", position: 1_000 + index),
              ref: "C", alt: "T",
              proteinChange: ProteinChange(
                short: "G\(index % 900)C", kind: .missense, start: index % 900, end: index % 900),
              variantClass: .missense, vaf: 0.25, depth: 200, origin: .somatic,
              location: TextLocation(file: path, line: index + 2))))
      }
    case .treatments:
      let patients = count / 10
      for index in 0..<patients {
        try record(
          .patient(
            Patient(id: "P\(index)", source: "bench", location: TextLocation(file: path, line: index + 2))))
      }
      for index in 0..<count {
        try record(
          .treatment(
            TreatmentExposure(
              patientID: "P\(index % patients)", agent: "drug\(index % 40)", startDay: Day(index % 3000),
              endDay: Day(index % 3000 + 60), location: TextLocation(file: path, line: patients + index + 2)))
        )
      }
    }
    let total = kind == .treatments ? count + count / 10 : count
    return [FileReadReport(path: path, format: "generated", counts: ReadCounts(read: total, accepted: total))]
  }
}

/// Issue 4's workload as `oncocohort import MAPPING MAF --source bench` reads it.
///
/// The clinical tables (100k patients and their samples, 1M treatments) declare the samples,
/// then the MAF's 1M alterations name them. `Benchmarks/gen_clinical_100k.py DIR` writes the
/// tables (seeded) into `$ONCOCOHORT_BENCH_DATA/clinical-100k/`.
struct ClinicalAndMAFSource: SourceReader {
  let mapping: String
  let maf: String

  func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    var variants = try SourceFiles.reader(for: maf, source: "bench")
    if var file = variants as? VariantFileSourceReader {
      file.declaresSamples = false
      variants = file
    }
    let tables = try SourceFiles.reader(for: mapping, source: "bench")
    return try tables.read(record: record, diagnostic: diagnostic)
      + variants.read(record: record, diagnostic: diagnostic)
  }
}

/// Imports `reader` into a new warehouse in a scratch folder, then removes it.
func importOnce(_ reader: some SourceReader, paths: [String], benchmark: Benchmark) throws {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "importbench-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let warehouse = try Warehouse(path: folder.appendingPathComponent("w.sqlite").path)
  benchmark.startMeasurement()
  let report = try WarehouseImporter(warehouse: warehouse).importSource(
    SourceInfo(name: "bench"), paths: paths, reader: reader)
  benchmark.stopMeasurement()
  blackHole(report)
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .peakMemoryResident], maxDuration: .seconds(120),
    maxIterations: 3)

  let maf = "\(benchData)/synth_1m.maf"
  Benchmark("Import synth_1m.maf (read + insert)", configuration: .init(scalingFactor: .mega)) { benchmark in
    try importOnce(MAFSource(path: maf), paths: [maf], benchmark: benchmark)
  }

  let mapping = "\(benchData)/clinical-100k/mapping.yaml"
  Benchmark(
    "Import issue 4 workload (1M MAF alterations + 100k patients, 1M treatments)",
    configuration: .init(scalingFactor: .mega)
  ) { benchmark in
    try importOnce(
      ClinicalAndMAFSource(mapping: mapping, maf: maf), paths: [mapping, maf], benchmark: benchmark)
  }

  // The generated sources have no file of their own; a one-line file stands for them.
  let stand = FileManager.default.temporaryDirectory.appendingPathComponent("importbench-stand.txt").path
  FileManager.default.createFile(atPath: stand, contents: Data("generated\n".utf8))
  Benchmark("Import 1M generated alterations (insert only)", configuration: .init(scalingFactor: .mega)) {
    benchmark in
    try importOnce(
      GeneratedSource(path: stand, kind: .alterations, count: 1_000_000), paths: [stand], benchmark: benchmark
    )
  }
  Benchmark("Import 100k patients, 1M treatments (insert only)", configuration: .init(scalingFactor: .mega)) {
    benchmark in
    try importOnce(
      GeneratedSource(path: stand, kind: .treatments, count: 1_000_000), paths: [stand], benchmark: benchmark)
  }
}
