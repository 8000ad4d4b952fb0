// swift-tools-version: 6.1
// dyad's benchmarks, kept in their own package so that the main build and CI stay lean.
// Run from this directory: swift package --allow-writing-to-package-directory benchmark
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, whatever the clone is called.
let dyadPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "dyad-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Coding",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "DyadCoder", package: dyadPackage),
            ],
            path: "Benchmarks/Coding",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Store",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "DyadStore", package: dyadPackage),
            ],
            path: "Benchmarks/Store",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
