// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "dyad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dyad", targets: ["DyadCLI"]),
        .library(name: "DyadCoder", targets: ["DyadCoder"]),
        .library(name: "DyadStore", targets: ["DyadStore"]),
        .library(name: "DyadAnalysis", targets: ["DyadAnalysis"]),
        .library(name: "DyadInterop", targets: ["DyadInterop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "DyadOntology"),
        .target(name: "DyadText"),
        .target(
            name: "DyadLexicon",
            dependencies: ["DyadOntology", "DyadText"],
            resources: [.copy("Lexicon")]
        ),
        .target(name: "DyadCoder", dependencies: ["DyadOntology", "DyadText", "DyadLexicon"]),
        .target(name: "DyadEval", dependencies: ["DyadCoder"]),
        .target(
            name: "DyadStore",
            dependencies: [
                "DyadCoder", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"), .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "DyadAnalysis", dependencies: ["DyadCoder"]),
        // zlib from the system (zlib1g-dev is in the base image) for gzip input: no package to build.
        .systemLibrary(name: "CZlib", path: "Sources/DyadInterop/CZlib"),
        .target(
            name: "DyadInterop",
            dependencies: ["DyadStore", "DyadLexicon", "DyadEval", "DyadCoder", "DyadOntology", "DyadText", "CZlib"],
            exclude: ["CZlib"]
        ),
        .target(
            name: "DyadServer",
            dependencies: [
                "DyadStore", "DyadAnalysis", "DyadCoder",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "DyadCLI",
            dependencies: [
                "DyadCoder", "DyadEval", "DyadStore", "DyadAnalysis", "DyadServer", "DyadInterop",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Demo")]
        ),
        .testTarget(name: "DyadTextTests", dependencies: ["DyadText"]),
        .testTarget(name: "DyadCoderTests", dependencies: ["DyadCoder", "DyadEval"]),
        .testTarget(
            name: "DyadStoreTests",
            dependencies: ["DyadStore", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .testTarget(name: "DyadAnalysisTests", dependencies: ["DyadAnalysis"]),
        .testTarget(name: "DyadCLITests", dependencies: ["DyadCLI"]),
        .testTarget(
            name: "DyadInteropTests",
            dependencies: ["DyadInterop", "DyadStore", "DyadLexicon", "DyadEval", "DyadCoder", "DyadOntology", "DyadText"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DyadServerTests", dependencies: ["DyadServer", "DyadStore", "DyadCoder"]),
    ]
)
