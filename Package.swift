// swift-tools-version: 6.1
import PackageDescription

/// Strictness shared by every leadbench target.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "leadbench",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "LeadBenchData", targets: ["LeadBenchData"]),
        .library(name: "LeadBenchExperiment", targets: ["LeadBenchExperiment"]),
        .library(name: "LeadBenchModels", targets: ["LeadBenchModels"]),
        .library(name: "LeadBenchMetrics", targets: ["LeadBenchMetrics"]),
        .library(name: "LeadBenchReplay", targets: ["LeadBenchReplay"]),
        .library(name: "LeadBenchFixtures", targets: ["LeadBenchFixtures"]),
        .library(name: "LeadBenchAB", targets: ["LeadBenchAB"]),
        .library(name: "LeadBenchReports", targets: ["LeadBenchReports"]),
        .library(name: "LeadBenchRunReports", targets: ["LeadBenchRunReports"]),
        .library(name: "LeadBenchGate", targets: ["LeadBenchGate"]),
        .library(name: "LeadBenchHistory", targets: ["LeadBenchHistory"]),
        .executable(name: "leadbench", targets: ["leadbench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Data: the column-wise dataset, the streaming CSV reader, value parsing and the loader.
        // Depends on Foundation only.
        .target(name: "LeadBenchData", swiftSettings: swiftSettings),

        // The experiment file: YAML through Yams into Codable types, with line-accurate errors.
        .target(
            name: "LeadBenchExperiment",
            dependencies: ["LeadBenchData", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),


        // Scoring models: the lead-as-of view, rule-based points (static, decaying), the learners
        // (logistic regression, boosted trees), hybrids, rollups.
        .target(
            name: "LeadBenchModels", dependencies: ["LeadBenchData", "LeadBenchExperiment"],
            swiftSettings: swiftSettings),

        // Metrics and statistics: pure functions over scores and labels (scikit-learn's definitions).
        .target(name: "LeadBenchMetrics", dependencies: ["LeadBenchData"], swiftSettings: swiftSettings),

        // The experiment runner: leakage-safe replay of test leads through the models.
        .target(
            name: "LeadBenchReplay", dependencies: ["LeadBenchData", "LeadBenchExperiment", "LeadBenchModels", "LeadBenchMetrics", "LeadBenchAB"],
            swiftSettings: swiftSettings),

        // A/B testing of scoring models: portable assignment, live analysis, power, sequential tests.
        .target(name: "LeadBenchAB", dependencies: ["LeadBenchData", "LeadBenchMetrics"], swiftSettings: swiftSettings),

        // The synthetic CRM export generator behind `leadbench fixtures generate`.
        .target(name: "LeadBenchFixtures", dependencies: ["LeadBenchData"], swiftSettings: swiftSettings),

        // Reports: libxml2 is confined to this pair of targets.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "LeadBenchReports", dependencies: ["CLibXML2"], swiftSettings: swiftSettings),

        // The reports of a run: HTML with inline SVG charts and XML validated against its XSD, from the
        // run's results.
        .target(
            name: "LeadBenchRunReports",
            dependencies: ["LeadBenchReports", "LeadBenchReplay", "LeadBenchMetrics", "LeadBenchData", "LeadBenchExperiment", "LeadBenchAB"],
            swiftSettings: swiftSettings),

        // The regression gate: reads a baseline and a current XML report, checks the experiment's gate
        // rules, and writes the diff and JUnit XML.
        .target(
            name: "LeadBenchGate",
            dependencies: ["LeadBenchReports", "LeadBenchRunReports", "LeadBenchExperiment"],
            swiftSettings: swiftSettings),

        // The run history: an embedded SQLite database (GRDB) of every run, review and gate, with
        // versioned migrations, and the trend of a metric across runs.
        .target(
            name: "LeadBenchHistory",
            dependencies: ["LeadBenchReports", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings),

        // The command-line tool: a thin layer over the libraries.
        .executableTarget(
            name: "leadbench",
            dependencies: [
                "LeadBenchData", "LeadBenchExperiment", "LeadBenchFixtures", "LeadBenchMetrics", "LeadBenchModels", "LeadBenchReplay", "LeadBenchAB",
                "LeadBenchReports", "LeadBenchRunReports", "LeadBenchGate", "LeadBenchHistory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings),

        // Test support: fixture paths resolved from #filePath, the shared datasets, temporary folders.
        .target(
            name: "LeadBenchTestSupport",
            dependencies: ["LeadBenchData"],
            path: "Tests/LeadBenchTestSupport",
            swiftSettings: swiftSettings),

        .testTarget(
            name: "LeadBenchDataTests", dependencies: ["LeadBenchData", "LeadBenchTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LeadBenchExperimentTests",
            dependencies: ["LeadBenchExperiment", "LeadBenchData", "LeadBenchTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LeadBenchModelsTests",
            dependencies: ["LeadBenchModels", "LeadBenchData", "LeadBenchExperiment", "LeadBenchTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LeadBenchMetricsTests", dependencies: ["LeadBenchMetrics", "LeadBenchData"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LeadBenchReplayTests",
            dependencies: ["LeadBenchReplay", "LeadBenchModels", "LeadBenchMetrics", "LeadBenchData", "LeadBenchExperiment", "LeadBenchAB", "LeadBenchTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LeadBenchFixturesTests", dependencies: ["LeadBenchFixtures", "LeadBenchData", "LeadBenchTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LeadBenchReportsTests", dependencies: ["LeadBenchReports", "CLibXML2", "LeadBenchTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LeadBenchRunReportsTests",
            dependencies: ["LeadBenchRunReports", "LeadBenchReports", "LeadBenchReplay", "LeadBenchModels", "LeadBenchMetrics", "LeadBenchData", "LeadBenchExperiment", "LeadBenchTestSupport", "LeadBenchAB"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LeadBenchABTests", dependencies: ["LeadBenchAB", "LeadBenchMetrics", "LeadBenchData", "LeadBenchTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LeadBenchChartsTests", dependencies: ["LeadBenchReports", "CLibXML2"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LeadBenchGateTests",
            dependencies: ["LeadBenchGate", "LeadBenchReports", "LeadBenchRunReports", "LeadBenchExperiment", "LeadBenchData", "LeadBenchTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LeadBenchHistoryTests",
            dependencies: ["LeadBenchHistory", "LeadBenchReports", "LeadBenchTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "leadbenchTests", dependencies: ["leadbench", "LeadBenchTestSupport", "LeadBenchGate", "LeadBenchReports"],
            swiftSettings: swiftSettings),
    ]
)
