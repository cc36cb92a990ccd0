import Foundation
import GRDB
import LeadBenchHistory
import LeadBenchTestSupport
import Testing

/// The history database: its versioned schema, records and trends, and refusing — without touching it —
/// a file that is damaged, of something else, or newer.
@Suite struct HistoryStoreTests {
    @Test func migrationsCreateTheSchema() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("nested/folder/history.sqlite")
        _ = try HistoryStore(path: path)
        let db = try DatabaseQueue(path: path)
        let version = try db.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        let migrations = try db.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        let runs = try db.read { db in try db.columns(in: "runs").map(\.name) }
        let figures = try db.read { db in try db.columns(in: "figures").map(\.name) }
        let key = try db.read { db in try db.primaryKey("figures").columns }
        #expect(version == HistorySchema.version)
        #expect(migrations == ["v1"])
        #expect(runs == [
            "id", "kind", "experiment", "started_at", "experiment_git_commit", "data_fingerprint", "models", "outcome", "leadbench_version",
        ])
        #expect(figures == ["run_id", "model", "metric", "estimate", "lower", "upper"])
        #expect(key == ["run_id", "model", "metric"])
    }

    @Test func openingAgainChangesNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("history.sqlite")
        try HistoryStore(path: path).record(sampleRun(1))
        let before = bytes(of: path)
        _ = try HistoryStore(path: path)
        #expect(bytes(of: path) == before)
    }

    @Test func recordsReadBack() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try HistoryStore(path: dir.file("history.sqlite"))
        #expect(try store.record(sampleRun(1)) == 1)
        #expect(try store.record(sampleRun(2, kind: .gate)) == 2)
        #expect(try store.record(sampleRun(3, experiment: "other")) == 3)
        let runs = try store.runs()
        #expect(runs.map(\.id) == [1, 2, 3])
        #expect(runs[0] == RecordedRun(
            id: 1, kind: .run, experiment: "quickstart", startedAt: "2025-10-02T09:00:00Z", experimentGitCommit: String(repeating: "a", count: 40),
            dataFingerprint: "0123456789abcdef", models: ["points", "logistic"], outcome: nil, leadbenchVersion: "0.4.0"))
        #expect(try store.runs(experiment: "quickstart").map(\.id) == [1, 2])
        #expect(try store.runs(limit: 2).map(\.id) == [2, 3])
        #expect(try store.metrics(experiment: "quickstart") == ["auc", "brier"])

        let trend = try store.trend(metric: "auc", model: "logistic", experiment: "quickstart")
        #expect(trend.map(\.runID) == [1, 2])
        #expect(trend.map(\.estimate) == [0.631, 0.632])
        #expect(trend.first?.lower == 0.57 && trend.first?.upper == 0.7)
        #expect(try store.trend(metric: "auc", kind: .gate).map(\.model) == ["logistic", "points"])
        #expect(try store.trend(metric: "brier").first?.lower == nil)
    }

    @Test func figuresThatAreNotFiniteAreLeftOut() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try HistoryStore(path: dir.file("history.sqlite"))
        var run = sampleRun(1)
        run.figures = [
            HistoryFigure(model: "m", metric: "log_loss", estimate: .infinity),
            HistoryFigure(model: "m", metric: "auc", estimate: 0.7, lower: -.infinity, upper: .nan),
        ]
        try store.record(run)
        #expect(try store.trend(metric: "log_loss").isEmpty)
        let auc = try #require(try store.trend(metric: "auc").first)
        #expect(auc.estimate == 0.7 && auc.lower == nil && auc.upper == nil)
    }

    @Test func aRecordIsOneTransaction() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("history.sqlite")
        let store = try HistoryStore(path: path)
        // A figure that breaks a constraint (a NULL metric is impossible through the API, so break the
        // table instead): the run must not land without its figures.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON figures WHEN NEW.metric = 'brier' BEGIN SELECT RAISE(ABORT, 'no'); END")
        }
        #expect(throws: HistoryError.self) { try store.record(sampleRun(1)) }
        #expect(try store.runs().isEmpty)
        #expect(try store.trend(metric: "auc").isEmpty)
    }

    @Test func aFileThatIsNotADatabaseIsCorruptAndUntouched() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.write("history.sqlite", String(repeating: "this is not a database\n", count: 200))
        let before = bytes(of: path)
        let error = try #require(#expect(throws: HistoryError.self) { try HistoryStore(path: path) })
        #expect(error.kind == .corrupt)
        #expect(error.message.contains("not a readable SQLite database"))
        #expect(error.hint?.contains("move it aside") == true)
        #expect(bytes(of: path) == before)
        #expect(try dir.entries() == ["history.sqlite"])
    }

    @Test func aDamagedDatabaseIsCorruptAndUntouched() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("history.sqlite")
        let store = try HistoryStore(path: path)
        for n in 0..<200 { try store.record(sampleRun(n)) }
        // Scribble over the middle pages, keeping the header.
        var damaged = try #require(bytes(of: path))
        #expect(damaged.count > 16_384)
        for i in 8_192..<(damaged.count - 4_096) { damaged[i] = UInt8(truncatingIfNeeded: i &* 31) }
        dir.write("history.sqlite", bytes: damaged)
        let error = try #require(#expect(throws: HistoryError.self) { try HistoryStore(path: path) })
        #expect(error.kind == .corrupt)
        #expect(bytes(of: path) == damaged)
    }

    @Test func aNewerSchemaVersionIsRefusedAndUntouched() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("history.sqlite")
        try HistoryStore(path: path).record(sampleRun(1))
        try DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 7") }
        let before = bytes(of: path)
        let error = try #require(#expect(throws: HistoryError.self) { try HistoryStore(path: path) })
        #expect(error.kind == .newerSchema)
        #expect(error.message == "the history was written by a newer leadbench: its schema version is 7; this leadbench knows up to 1")
        #expect(error.description.hasPrefix("\(path): "))
        #expect(bytes(of: path) == before)
    }

    @Test func anUnknownMigrationIsANewerSchema() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("history.sqlite")
        _ = try HistoryStore(path: path)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2-accounts')") }
        let before = bytes(of: path)
        let error = try #require(#expect(throws: HistoryError.self) { try HistoryStore(path: path) })
        #expect(error.kind == .newerSchema)
        #expect(error.message.contains("migrations this leadbench does not know"))
        #expect(bytes(of: path) == before)
    }

    @Test func anotherDatabaseIsNotAHistory() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("crm.sqlite")
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE leads (id TEXT)") }
        let before = bytes(of: path)
        let error = try #require(#expect(throws: HistoryError.self) { try HistoryStore(path: path) })
        #expect(error.kind == .notAHistory)
        #expect(error.message.contains("leads"))
        #expect(bytes(of: path) == before)
    }

    @Test func aFolderIsNotAHistoryFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let error = try #require(#expect(throws: HistoryError.self) { try HistoryStore(path: dir.path) })
        #expect(error.kind == .cannotOpen)
    }
}
