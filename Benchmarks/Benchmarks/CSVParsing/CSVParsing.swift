import Benchmark
import Foundation
import LeadBenchData
import LeadBenchFixtures

/// Parsing throughput of leadbench's CSV reader and of the whole loader, on a generated CRM export
/// (50,000 leads, about a million activities), beside yaslab/CSV.swift reading the same activity log.
///
/// Each benchmark reports `MB/s` (file bytes per second of wall time) and `rows/s` as custom metrics.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(20),
        maxIterations: 5,
        thresholds: [
            .wallClock: .init(relative: [.p50: 25.0, .p90: 25.0]),
        ])

    let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
    let rowsPerSecond = BenchmarkMetric.custom("rows/s", polarity: .prefersLarger, useScalingFactor: false)

    /// Times `body` and records MB/s and rows/s for a file of `bytes` bytes and `rows` rows.
    func measure(_ benchmark: Benchmark, bytes: Int, _ body: () throws -> Int) rethrows {
        let start = ContinuousClock.now
        let rows = try body()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        benchmark.measurement(megabytesPerSecond, Int(Double(bytes) / 1_000_000 / seconds))
        benchmark.measurement(rowsPerSecond, Int(Double(rows) / seconds))
    }

    Benchmark("CSVReader_activities", configuration: .init(metrics: [.wallClock, .mallocCountTotal, megabytesPerSecond, rowsPerSecond])) { benchmark, export in
        for _ in benchmark.scaledIterations {
            try measure(benchmark, bytes: export.activityBytes) {
                var reader = try LeadBenchData.CSVReader.open(path: export.activities)
                var rows = 0
                var checksum = 0
                while try reader.nextRecord() {
                    for i in 0..<reader.fieldCount { checksum &+= reader.field(at: i).count }
                    rows += 1
                }
                blackHole(checksum)
                return rows
            }
        }
    } setup: {
        try GeneratedExport.shared()
    }

    Benchmark("CSVSwift_activities", configuration: .init(metrics: [.wallClock, .mallocCountTotal, megabytesPerSecond, rowsPerSecond], maxIterations: 2)) { benchmark, export in
        for _ in benchmark.scaledIterations {
            try measure(benchmark, bytes: export.activityBytes) {
                let (rows, checksum) = try readWithCSVSwift(path: export.activities)
                blackHole(checksum)
                return rows
            }
        }
    } setup: {
        try GeneratedExport.shared()
    }

    Benchmark("DatasetLoader_export", configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, megabytesPerSecond, rowsPerSecond])) { benchmark, export in
        for _ in benchmark.scaledIterations {
            try measure(benchmark, bytes: export.totalBytes) {
                let dataset = try DatasetLoader(mapping: export.mapping, baseDirectory: export.directory).load()
                blackHole(dataset)
                return dataset.leads.count + (dataset.activities?.count ?? 0) + (dataset.accounts?.count ?? 0)
            }
        }
    } setup: {
        try GeneratedExport.shared()
    }
}

/// A CRM export generated once per process into a temporary folder, with the mapping that reads it.
final class GeneratedExport: Sendable {
    let directory: String
    let activities: String
    let activityBytes: Int
    let totalBytes: Int
    let mapping: DataMapping

    static let leads = 50_000

    private init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("leadbench-bench-\(Self.leads)").path
        let generator = FixtureGenerator(leads: Self.leads, seed: 7)
        if !FileManager.default.fileExists(atPath: directory + "/activities.csv") {
            _ = try generator.write(to: directory)
        }
        activities = directory + "/activities.csv"
        let folder = directory
        func size(_ name: String) -> Int {
            ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + name))?[.size] as? Int) ?? 0
        }
        activityBytes = size("activities.csv")
        totalBytes = size("activities.csv") + size("leads.csv") + size("accounts.csv")
        var mapping = DataMapping(
            leads: "leads.csv",
            columns: LeadColumns(leadID: "Lead ID", accountID: "Company ID", createdAt: "Created Date", convertedAt: "Closed Won Date", dealValue: "Deal Value"))
        mapping.activities = "activities.csv"
        mapping.activityColumns = ActivityColumns(leadID: "Lead ID", at: "Activity Date", type: "Activity Type", value: "Value")
        mapping.accounts = "accounts.csv"
        mapping.accountColumns = AccountColumns(accountID: "Company ID")
        mapping.missing = ["Select", "unknown"]
        self.mapping = mapping
    }

    nonisolated(unsafe) private static var instance: GeneratedExport?

    static func shared() throws -> GeneratedExport {
        if let instance { return instance }
        let export = try GeneratedExport()
        instance = export
        return export
    }
}
