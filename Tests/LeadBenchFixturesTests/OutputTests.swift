import Foundation
import LeadBenchFixtures
import LeadBenchTestSupport
import Testing

@Suite("Writing the export")
struct OutputTests {
    @Test("the summary line reads as the command prints it")
    func summaryLine() {
        let summary = FixtureSummary(
            leads: 4_000, accounts: 1_310, activities: 71_234, conversions: 212,
            leadsBytes: 1, accountsBytes: 2, activitiesBytes: 3, readmeBytes: 4)
        #expect(summary.line(directory: "DIR")
            == "wrote 4,000 leads, 1,310 accounts, 71,234 activities (212 conversions, 5.3%) to DIR")
        #expect(summary.bytesWritten == 10)
    }

    @Test("only the four files land in the directory; other files there are left alone")
    func directoryContents() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try "keep me".write(toFile: directory.file("notes.txt"), atomically: true, encoding: .utf8)
        _ = try FixtureGenerator(leads: 50, seed: 1).write(to: directory.path)
        #expect(try directory.entries() == ["README.md", "accounts.csv", "activities.csv", "leads.csv", "notes.txt"])
        #expect(try String(contentsOfFile: directory.file("notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test("a second run replaces the files")
    func rerun() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try FixtureGenerator(leads: 200, seed: 1).write(to: directory.path)
        let summary = try FixtureGenerator(leads: 20, seed: 1).write(to: directory.path)
        let leads = try String(contentsOfFile: directory.file("leads.csv"), encoding: .utf8)
        #expect(leads.split(separator: "\n").count == 21)
        #expect(summary.leads == 20)
    }

    @Test("a directory that cannot be created fails with its path, leaving nothing behind")
    func unwritableDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let blocker = directory.file("blocker")
        try "a file".write(toFile: blocker, atomically: true, encoding: .utf8)
        let error = #expect(throws: FixtureError.self) {
            try FixtureGenerator(leads: 10, seed: 1).write(to: "\(blocker)/out")
        }
        #expect(error?.path == "\(blocker)/out")
        #expect(error?.message.hasPrefix("cannot create the directory") == true)
        #expect(try directory.entries() == ["blocker"])
    }

    @Test("a path naming a file fails as not a directory")
    func fileInsteadOfDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.file("leads")
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let error = #expect(throws: FixtureError.self) { try FixtureGenerator(leads: 10, seed: 1).write(to: file) }
        #expect(error == FixtureError(path: file, message: "exists and is not a directory"))
    }

    @Test("a single lead is a valid export")
    func singleLead() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let summary = try FixtureGenerator(leads: 1, seed: 3).write(to: directory.path)
        #expect(summary.leads == 1)
        #expect(summary.accounts == 1)
        let leads = try String(contentsOfFile: directory.file("leads.csv"), encoding: .utf8)
        #expect(leads.hasPrefix("Lead ID,Company ID,"))
        #expect(leads.contains("\nL0000001,C000001,2025-"))
    }
}
