// swift-tools-version: 6.1
import PackageDescription

// leadbench's benchmarks: a nested package, so `swift build` and `swift test` of leadbench never build
// the benchmark harness. Run from this folder: `swift package benchmark`.
let package = Package(
    name: "LeadBenchBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "leadbench", path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        // Only for the comparison that justifies leadbench's hand-written CSV reader.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .executableTarget(
            name: "CSVParsing",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "LeadBenchData", package: "leadbench"),
                .product(name: "LeadBenchFixtures", package: "leadbench"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            path: "Benchmarks/CSVParsing",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "Scoring",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "LeadBenchData", package: "leadbench"),
                .product(name: "LeadBenchExperiment", package: "leadbench"),
                .product(name: "LeadBenchFixtures", package: "leadbench"),
                .product(name: "LeadBenchModels", package: "leadbench"),
            ],
            path: "Benchmarks/Scoring",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "Run",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "LeadBenchData", package: "leadbench"),
                .product(name: "LeadBenchExperiment", package: "leadbench"),
                .product(name: "LeadBenchFixtures", package: "leadbench"),
                .product(name: "LeadBenchModels", package: "leadbench"),
                .product(name: "LeadBenchReplay", package: "leadbench"),
                .product(name: "LeadBenchRunReports", package: "leadbench"),
            ],
            path: "Benchmarks/Run",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "Metrics",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "LeadBenchData", package: "leadbench"),
                .product(name: "LeadBenchMetrics", package: "leadbench"),
                .product(name: "LeadBenchReplay", package: "leadbench"),
            ],
            path: "Benchmarks/Metrics",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)
