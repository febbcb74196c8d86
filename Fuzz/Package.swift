// swift-tools-version: 5.4
// libFuzzer targets for OncoCohort's parsers, in a nested package so the main build never sees
// `-sanitize=fuzzer`. Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's
// `main` for test discovery, which clashes with the `main` that libFuzzer provides.
// Build and run with `Fuzz/run.sh [SECONDS]`.
import PackageDescription

let package = Package(
  name: "OncoCohortFuzz",
  dependencies: [.package(name: "OncoCohort", path: "../")],
  targets: [
    .target(name: "FuzzSupport", path: "Sources/FuzzSupport"),
    .executableTarget(
      name: "fuzz-vcf",
      dependencies: ["FuzzSupport", .product(name: "OncoFormats", package: "OncoCohort")],
      path: "Sources/fuzz-vcf"),
    .executableTarget(
      name: "fuzz-maf",
      dependencies: ["FuzzSupport", .product(name: "OncoFormats", package: "OncoCohort")],
      path: "Sources/fuzz-maf"),
    .executableTarget(
      name: "fuzz-protein-change",
      dependencies: [.product(name: "OncoFormats", package: "OncoCohort")],
      path: "Sources/fuzz-protein-change"),
    .executableTarget(
      name: "fuzz-clinical-csv",
      dependencies: ["FuzzSupport", .product(name: "OncoFormats", package: "OncoCohort")],
      path: "Sources/fuzz-clinical-csv"),
    .executableTarget(
      name: "fuzz-owl",
      dependencies: ["FuzzSupport", .product(name: "OncoOntology", package: "OncoCohort")],
      path: "Sources/fuzz-owl"),
    .executableTarget(
      name: "fuzz-claml",
      dependencies: ["FuzzSupport", .product(name: "OncoOntology", package: "OncoCohort")],
      path: "Sources/fuzz-claml"),
    .executableTarget(
      name: "fuzz-expression",
      dependencies: [.product(name: "OncoQuery", package: "OncoCohort")],
      path: "Sources/fuzz-expression"),
    .executableTarget(
      name: "fuzz-query-file",
      dependencies: [.product(name: "OncoQuery", package: "OncoCohort")],
      path: "Sources/fuzz-query-file"),
  ]
)
