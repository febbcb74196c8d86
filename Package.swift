// swift-tools-version: 6.0
// OncoCohort: cohorts of cancer patients by molecular alteration, their care pathway and prognosis.
// Targets are listed in dependency order; see DESIGN.md for what each module owns.
import PackageDescription

let package = Package(
  name: "OncoCohort",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "oncocohort", targets: ["oncocohort"]),
    .library(name: "OncoModel", targets: ["OncoModel"]),
    .library(name: "OncoFormats", targets: ["OncoFormats"]),
    .library(name: "OncoSurvival", targets: ["OncoSurvival"]),
    .library(name: "OncoOntology", targets: ["OncoOntology"]),
    .library(name: "OncoWarehouse", targets: ["OncoWarehouse"]),
    .library(name: "OncoQuery", targets: ["OncoQuery"]),
    .library(name: "OncoReports", targets: ["OncoReports"]),
    .library(name: "OncoPathways", targets: ["OncoPathways"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // C libraries
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .systemLibrary(
      name: "CCurl",
      pkgConfig: "libcurl",
      providers: [.apt(["libcurl4-openssl-dev"])]
    ),

    // Library
    .target(name: "OncoModel"),
    .target(
      name: "OncoFormats",
      dependencies: ["OncoModel", "CZlib", "CCurl", .product(name: "Yams", package: "Yams")]
    ),
    .target(name: "OncoSurvival"),
    .target(
      name: "OncoOntology",
      dependencies: ["CLibXML2", .product(name: "Crypto", package: "swift-crypto")]),
    .target(
      name: "OncoWarehouse",
      dependencies: [
        "OncoModel", "OncoFormats", "OncoOntology",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    .target(
      name: "OncoQuery",
      dependencies: [
        "OncoModel", "OncoFormats", "OncoOntology", "OncoWarehouse",
        .product(name: "Yams", package: "Yams"), .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .target(name: "OncoPathways", dependencies: ["OncoModel", "OncoOntology"]),
    .target(
      name: "OncoReports",
      dependencies: [
        "OncoModel", "OncoSurvival", "OncoOntology", "OncoWarehouse", "OncoQuery", "OncoPathways",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),

    // Command line
    .executableTarget(
      name: "oncocohort",
      dependencies: [
        "OncoModel", "OncoFormats", "OncoSurvival", "OncoOntology", "OncoWarehouse", "OncoQuery",
        "OncoPathways", "OncoReports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Writes SampleData/ (`swift run generate-sampledata SampleData`); in no product.
    .executableTarget(name: "generate-sampledata", dependencies: ["OncoModel", "CZlib"]),

    // Tests
    .target(name: "OncoTestSupport", dependencies: ["OncoModel"], path: "Sources/OncoTestSupport"),
    .testTarget(name: "OncoModelTests", dependencies: ["OncoModel", "OncoTestSupport"]),
    .testTarget(
      name: "OncoFormatsTests",
      dependencies: ["OncoFormats", "OncoModel", "OncoTestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "OncoSurvivalTests",
      dependencies: ["OncoSurvival", "OncoTestSupport"],
      exclude: ["Reference"]
    ),
    .testTarget(
      name: "OncoOntologyTests",
      dependencies: ["OncoOntology", "OncoTestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "OncoWarehouseTests",
      dependencies: ["OncoWarehouse", "OncoFormats", "OncoModel", "OncoOntology", "OncoTestSupport"]
    ),
    .testTarget(
      name: "OncoQueryTests",
      dependencies: [
        "OncoQuery", "OncoModel", "OncoWarehouse", "OncoFormats", "OncoOntology", "OncoTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Fixtures", "Reference"]
    ),
    .testTarget(
      name: "OncoReportsTests",
      dependencies: ["OncoReports", "OncoSurvival", "OncoTestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "OncoCohortCLITests",
      dependencies: ["OncoTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "SampleDataTests",
      dependencies: ["OncoSurvival", "OncoTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .testTarget(
      name: "OncoPathwaysTests",
      dependencies: ["OncoPathways", "OncoModel", "OncoOntology", "OncoTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
