import Foundation
import LeadBenchFixtures
import LeadBenchTestSupport
import Testing

@Suite("Same seed, same bytes")
struct DeterminismTests {
    static let files = ["leads.csv", "activities.csv", "accounts.csv", "README.md"]

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test("the same seed gives byte-identical files, wherever they are written")
    func sameSeedSameBytes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = try FixtureGenerator(leads: 500, seed: 11).write(to: directory.file("a"))
        let second = try FixtureGenerator(leads: 500, seed: 11).write(to: directory.file("nested/b"))
        #expect(first == second)
        for file in Self.files {
            let a = try bytes(directory.file("a/\(file)"))
            let b = try bytes(directory.file("nested/b/\(file)"))
            #expect(!a.isEmpty, "\(file) is empty")
            #expect(a == b, "\(file) differs between two runs with the same seed")
        }
    }

    @Test("a different seed gives different files")
    func differentSeedDifferentBytes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try FixtureGenerator(leads: 500, seed: 11).write(to: directory.file("a"))
        _ = try FixtureGenerator(leads: 500, seed: 12).write(to: directory.file("b"))
        for file in ["leads.csv", "activities.csv", "accounts.csv"] {
            #expect(try bytes(directory.file("a/\(file)")) != bytes(directory.file("b/\(file)")), "\(file)")
        }
    }

    @Test("the summary's counts and sizes describe the files")
    func summaryMatchesFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let summary = try FixtureGenerator(leads: 300, seed: 5).write(to: directory.path)
        #expect(try bytes(directory.file("leads.csv")).count == summary.leadsBytes)
        #expect(try bytes(directory.file("accounts.csv")).count == summary.accountsBytes)
        #expect(try bytes(directory.file("activities.csv")).count == summary.activitiesBytes)
        #expect(try bytes(directory.file("README.md")).count == summary.readmeBytes)
        #expect(summary.bytesWritten == summary.leadsBytes + summary.accountsBytes + summary.activitiesBytes + summary.readmeBytes)
    }
}
