// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "triad",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "triad", targets: ["triad"]),
        .library(name: "TriadCore", targets: ["TriadCore"]),
        .library(name: "TriadStore", targets: ["TriadStore"]),
        .library(name: "TriadSQLite", targets: ["TriadSQLite"]),
        .library(name: "TriadPostgres", targets: ["TriadPostgres"]),
        .library(name: "TriadReports", targets: ["TriadReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(name: "TriadCore"),
        .target(
            name: "TriadSchema",
            path: "Schema",
            resources: [
                .embedInCode("v0001_initial.sql"),
                .embedInCode("v0002_reference_data.sql"),
                .embedInCode("v0003_change_journal.sql"),
                .embedInCode("v0004_undo.sql"),
                .embedInCode("v0005_closed_action_indexes.sql"),
                .embedInCode("v0006_mission_links.sql"),
                .embedInCode("v0007_area_order.sql"),
                .embedInCode("v0008_council_history.sql"),
                .embedInCode("v0009_bodies.sql"),
                .embedInCode("v0010_personnel_by_type.sql"),
                .embedInCode("v0011_mission_catalogue.sql"),
                .embedInCode("v0012_classification.sql"),
                .embedInCode("v0013_positions.sql"),
                .embedInCode("Postgres/p0001_initial.sql"),
                .embedInCode("Postgres/p0002_reference_data.sql"),
                .embedInCode("Postgres/p0003_byte_order.sql"),
                .embedInCode("Postgres/p0004_change_journal.sql"),
                .embedInCode("Postgres/p0005_mission_links.sql"),
                .embedInCode("Postgres/p0006_council_history.sql"),
                .embedInCode("Postgres/p0007_bodies.sql"),
                .embedInCode("Postgres/p0008_personnel_by_type.sql"),
                .embedInCode("Postgres/p0009_mission_catalogue.sql"),
                .embedInCode("Postgres/p0010_classification.sql"),
                .embedInCode("Postgres/p0011_clearances.sql"),
                .embedInCode("Postgres/p0012_positions.sql"),
            ]
        ),
        .target(name: "TriadStore", dependencies: ["TriadCore"]),
        .target(name: "TriadBackend", dependencies: ["TriadCore", "TriadStore"]),
        .target(
            name: "TriadSQLite",
            dependencies: [
                "TriadCore",
                "TriadStore",
                "TriadBackend",
                "TriadSchema",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "TriadPostgres", dependencies: ["TriadCore", "TriadStore", "TriadBackend", "TriadSchema"]),
        .target(name: "TriadReports", dependencies: ["TriadCore"]),
        .target(
            name: "TriadInterchange",
            dependencies: ["TriadCore"]
        ),
        .target(
            name: "TriadExamples",
            path: "Examples",
            resources: [.embedInCode("minusca-renewal-2025.triad")]
        ),
        .executableTarget(
            name: "triad",
            dependencies: [
                "TriadCore",
                "TriadStore",
                "TriadBackend",
                "TriadSQLite",
                "TriadPostgres",
                "TriadReports",
                "TriadInterchange",
                "TriadExamples",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "triad-bench",
            dependencies: [
                "TriadCore",
                "TriadStore",
                "TriadSQLite",
                "TriadInterchange",
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/Tool"
        ),
        .executableTarget(name: "hello-baseline", path: "Benchmarks/Hello"),
        .testTarget(
            name: "TriadCoreTests",
            dependencies: ["TriadCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "TriadInterchangeTests",
            dependencies: [
                "TriadInterchange", "TriadCore", "TriadReports",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "TriadStoreTests",
            dependencies: [
                "TriadStore", "TriadBackend", "TriadSQLite", "TriadPostgres", "TriadCore", "TriadSchema",
                "TriadTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .target(name: "TriadTestSupport", path: "Tests/TriadTestSupport"),
        .testTarget(
            name: "TriadReportsTests",
            dependencies: ["TriadReports", "TriadCore", "TriadTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "TriadEndToEndTests",
            dependencies: ["triad", "TriadExamples", "TriadSchema", "TriadTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
