import Foundation
import LeadBenchData
import LeadBenchFixtures
import LeadBenchTestSupport

/// A CSV file read back with ``CSVReader``: its header, its rows and its raw text.
struct CSVTable: Sendable {
    let header: [String]
    let rows: [[String]]
    let text: String

    init(path: String) throws {
        var reader = try CSVReader.open(path: path)
        header = reader.header
        var rows: [[String]] = []
        while try reader.nextRecord() {
            rows.append((0..<reader.fieldCount).map { reader.string(at: $0) })
        }
        self.rows = rows
        text = try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The values of the column named `name` (a missing column is a test failure, reported by the caller).
    func column(_ name: String) -> [String] {
        guard let index = header.firstIndex(of: name) else { return [] }
        return rows.map { $0[index] }
    }
}

/// One generated export, read back into memory; the files themselves are removed once read.
struct GeneratedExport: Sendable {
    let summary: FixtureSummary
    let readme: String
    let leads: CSVTable
    let activities: CSVTable
    let accounts: CSVTable

    /// 5,000 leads with seed 2025, generated once per test run and shared by the suites that only read.
    static let shared: Result<GeneratedExport, any Error> = Result { try GeneratedExport(leads: 5_000, seed: 2025) }

    init(leads: Int, seed: UInt64) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let out = directory.file("export")
        summary = try FixtureGenerator(leads: leads, seed: seed).write(to: out)
        readme = try String(contentsOfFile: "\(out)/README.md", encoding: .utf8)
        self.leads = try CSVTable(path: "\(out)/leads.csv")
        activities = try CSVTable(path: "\(out)/activities.csv")
        accounts = try CSVTable(path: "\(out)/accounts.csv")
    }
}
