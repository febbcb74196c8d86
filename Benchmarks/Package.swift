// swift-tools-version: 6.1
// Benchmarks for OncoCohort, kept in a nested package so the main manifest carries no
// benchmark dependency. Run from this folder: `swift package benchmark` (see RESULTS.md).
import Foundation
import PackageDescription

// A path dependency is identified by its folder's name, which differs between checkouts
// (`main`, a CI clone, a worktree), so it is read from this file's location.
let onco = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent

let package = Package(
  name: "OncoCohortBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: "../"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "VariantReadingBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "OncoFormats", package: onco),
      ],
      path: "Benchmarks/VariantReadingBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "VariantReadTiming",
      dependencies: [.product(name: "OncoFormats", package: onco)],
      path: "Benchmarks/VariantReadTiming"
    ),
    .executableTarget(
      name: "SourceReadTiming",
      dependencies: [
        .product(name: "OncoFormats", package: onco), .product(name: "OncoModel", package: onco),
      ],
      path: "Benchmarks/SourceReadTiming"
    ),
    .executableTarget(
      name: "SurvivalBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "OncoSurvival", package: onco),
      ],
      path: "Benchmarks/SurvivalBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "OntologyBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "OncoOntology", package: onco),
      ],
      path: "Benchmarks/OntologyBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "ImportBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "OncoFormats", package: onco),
        .product(name: "OncoWarehouse", package: onco),
      ],
      path: "Benchmarks/ImportBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .target(
      name: "PathwayBenchmarkSupport",
      dependencies: [
        .product(name: "OncoModel", package: onco), .product(name: "OncoOntology", package: onco),
        .product(name: "OncoPathways", package: onco),
      ],
      path: "Benchmarks/PathwayBenchmarkSupport"
    ),
    .executableTarget(
      name: "PathwayBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"), .product(name: "OncoPathways", package: onco),
        "PathwayBenchmarkSupport",
      ],
      path: "Benchmarks/PathwayBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "PathwayTiming",
      dependencies: [.product(name: "OncoPathways", package: onco), "PathwayBenchmarkSupport"],
      path: "Benchmarks/PathwayTiming"
    ),
    .executableTarget(
      name: "CohortBuildTiming",
      dependencies: [
        .product(name: "OncoQuery", package: onco),
        .product(name: "OncoWarehouse", package: onco),
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      path: "Benchmarks/CohortBuildTiming"
    ),
  ],
  swiftLanguageModes: [.v6]
)
