import Foundation
import GRDB

/// The run history (DESIGN §7): an embedded SQLite database, by default `.leadbench/history.sqlite` in
/// the working folder, that every `run`, `review` and `gate` adds a record to.
///
///     let store = try HistoryStore(path: HistoryStore.defaultPath)
///     try store.record(run)
///     let trend = try store.trend(metric: "auc", model: "logistic", experiment: "quickstart")
///
/// Rules:
/// - Opening checks before it writes anything: a file that is not an SQLite database or fails SQLite's
///   quick check is ``HistoryError/Kind/corrupt``; a database of something else is
///   ``HistoryError/Kind/notAHistory``; a higher `user_version` than ``HistorySchema/version`` or an
///   unknown migration is ``HistoryError/Kind/newerSchema``. In each case the file is left exactly as it
///   was. Only then are missing migrations applied (see ``HistorySchema``).
/// - Each record is written in one transaction (`BEGIN IMMEDIATE`): a run and all its figures, or
///   nothing.
/// - Another process writing at the same time makes this one wait, up to the busy timeout, then fail
///   with ``HistoryError/Kind/busy``; nothing half-written is left. Two processes creating the history at
///   once is safe: when one loses the race to apply a migration, it finds the migration applied and
///   goes on.
public final class HistoryStore: Sendable {
    /// The default location, relative to the working folder.
    public static let defaultPath = ".leadbench/history.sqlite"
    /// How long a write waits for another process by default, in seconds.
    public static let defaultBusyTimeout: TimeInterval = 30

    public let path: String
    private let queue: DatabaseQueue

    /// Opens the history at `path`, creating the file and its folder when missing, and brings its schema
    /// up to date.
    ///
    /// - Throws: ``HistoryError`` (see the type's rules).
    public init(path: String, busyTimeout: TimeInterval = HistoryStore.defaultBusyTimeout) throws(HistoryError) {
        self.path = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw HistoryError(.cannotOpen, path: path, message: "the history path is a folder", hint: "give a file path, e.g. \(path)/history.sqlite")
            }
        } else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw HistoryError(.cannotOpen, path: path, message: "cannot create the history's folder \(folder): \(error.localizedDescription)")
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "leadbench history"
        queue = try Self.sqlite(path) { try DatabaseQueue(path: path, configuration: configuration) }
        try Self.sqlite(path) { try queue.read { db in try Self.inspect(db, path: path) } }
        try migrate()
        // When another process created the tables after this connection first read the schema, the
        // connection's copy of it (and GRDB's cache of the tables' columns, which `PRAGMA table_info`
        // reads from that copy) can still lack them, and the first record fails with "no such table".
        // Compiling a statement that names the table makes SQLite find the schema changed and read it
        // again; GRDB's cache is then emptied. The schema does not change after the migrations.
        try Self.sqlite(path) {
            try queue.inDatabase { db in
                try db.execute(sql: "SELECT 1 FROM runs LIMIT 0")
                db.clearSchemaCache()
            }
        }
    }

    /// Adds `run` and its figures in one transaction; returns the run's number in the history.
    ///
    /// - Throws: ``HistoryError`` (`busy` when another process held the database past the timeout).
    @discardableResult
    public func record(_ run: HistoryRun) throws(HistoryError) -> Int64 {
        try Self.sqlite(path) {
            try queue.write { db in
                var row = RunRow(run)
                try row.insert(db)
                guard let id = row.id else { throw HistoryError(.failed, path: path, message: "the new run got no id") }
                for figure in run.figures {
                    try FigureRow(figure, runID: id)?.insert(db, onConflict: .replace)
                }
                return id
            }
        }
    }

    /// The recorded runs, oldest first, of one experiment or all; the last `limit` when given.
    public func runs(experiment: String? = nil, limit: Int? = nil) throws(HistoryError) -> [RecordedRun] {
        try Self.sqlite(path) {
            try queue.read { db in
                var request = RunRow.order(RunRow.Columns.id.desc)
                if let experiment { request = request.filter(RunRow.Columns.experiment == experiment) }
                if let limit { request = request.limit(limit) }
                return try request.fetchAll(db).reversed().compactMap(\.recorded)
            }
        }
    }

    /// One metric's figures across the recorded runs, oldest first, then by model; of one model, one
    /// experiment and one kind of record when given.
    public func trend(metric: String, model: String? = nil, experiment: String? = nil, kind: HistoryRun.Kind? = nil) throws(HistoryError) -> [TrendPoint] {
        var sql = """
            SELECT runs.id, runs.kind, runs.started_at, runs.experiment, runs.experiment_git_commit,
                   figures.model, figures.estimate, figures.lower, figures.upper
            FROM figures JOIN runs ON runs.id = figures.run_id
            WHERE figures.metric = ?
            """
        var arguments: [(any DatabaseValueConvertible)?] = [metric]
        if let model {
            sql += " AND figures.model = ?"
            arguments.append(model)
        }
        if let experiment {
            sql += " AND runs.experiment = ?"
            arguments.append(experiment)
        }
        if let kind {
            sql += " AND runs.kind = ?"
            arguments.append(kind.rawValue)
        }
        sql += " ORDER BY runs.id, figures.model"
        let statement = sql
        let values = StatementArguments(arguments)
        return try Self.sqlite(path) {
            try queue.read { db in
                try Row.fetchAll(db, sql: statement, arguments: values).compactMap { row -> TrendPoint? in
                    guard let kind = HistoryRun.Kind(rawValue: row[1]) else { return nil }
                    return TrendPoint(
                        runID: row[0], kind: kind, startedAt: row[2], experiment: row[3], experimentGitCommit: row[4], model: row[5],
                        estimate: row[6], lower: row[7], upper: row[8])
                }
            }
        }
    }

    /// The metrics recorded for an experiment (or all), sorted: for "which metrics can I trend?".
    public func metrics(experiment: String? = nil) throws(HistoryError) -> [String] {
        try Self.sqlite(path) {
            try queue.read { db in
                if let experiment {
                    return try String.fetchAll(
                        db, sql: "SELECT DISTINCT metric FROM figures JOIN runs ON runs.id = figures.run_id WHERE runs.experiment = ? ORDER BY metric",
                        arguments: [experiment])
                }
                return try String.fetchAll(db, sql: "SELECT DISTINCT metric FROM figures ORDER BY metric")
            }
        }
    }

    // MARK: Opening

    /// Refuses, without writing, a database that is damaged, of something else, or newer.
    private static func inspect(_ db: Database, path: String) throws {
        let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
        guard check == ["ok"] else {
            throw HistoryError(
                .corrupt, path: path, message: "the history database is damaged: \(check.prefix(3).joined(separator: "; "))",
                hint: corruptHint(path))
        }
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if version > HistorySchema.version {
            throw newer(path, "its schema version is \(version); this leadbench knows up to \(HistorySchema.version)")
        }
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if !tables.isEmpty && !tables.contains("grdb_migrations") {
            throw HistoryError(
                .notAHistory, path: path,
                message: "this SQLite database is not a leadbench history (it has the tables \(tables.sorted().prefix(5).joined(separator: ", ")))",
                hint: "give another file with --history PATH; leadbench leaves this one alone")
        }
        if try HistorySchema.migrator.hasBeenSuperseded(db) {
            throw newer(path, "it has migrations this leadbench does not know")
        }
    }

    /// Applies missing migrations. A failure is forgiven when, read again, the migrations turn out
    /// complete: another process applied them at the same moment.
    private func migrate() throws(HistoryError) {
        let migrator = HistorySchema.migrator
        let complete = try Self.sqlite(path) { try queue.read { try migrator.hasCompletedMigrations($0) } }
        guard !complete else { return }
        do {
            try migrator.migrate(queue)
        } catch {
            let completeNow = (try? queue.read { try migrator.hasCompletedMigrations($0) }) ?? false
            if !completeNow { throw Self.historyError(error, path: path) }
        }
    }

    private static func newer(_ path: String, _ reason: String) -> HistoryError {
        HistoryError(
            .newerSchema, path: path, message: "the history was written by a newer leadbench: \(reason)",
            hint: "use that leadbench to read it, or give another file with --history PATH; this one is left untouched")
    }

    private static func corruptHint(_ path: String) -> String {
        "leadbench leaves it untouched: move it aside (mv \(path) \(path).damaged) to start a new history, or give another file with --history PATH"
    }

    // MARK: Errors

    /// Runs `body`, turning SQLite's errors into ``HistoryError``.
    static func sqlite<T>(_ path: String, _ body: () throws -> T) throws(HistoryError) -> T {
        do {
            return try body()
        } catch {
            throw historyError(error, path: path)
        }
    }

    static func historyError(_ error: any Error, path: String) -> HistoryError {
        if let error = error as? HistoryError { return error }
        guard let error = error as? DatabaseError else {
            return HistoryError(.failed, path: path, message: "the history failed: \(error)")
        }
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return HistoryError(.corrupt, path: path, message: "the history file is not a readable SQLite database (\(detail))", hint: corruptHint(path))
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return HistoryError(
                .busy, path: path, message: "another process kept the history database busy past the timeout (\(detail))",
                hint: "try again when the other leadbench has finished, or pass --no-history")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            return HistoryError(.cannotOpen, path: path, message: "cannot open the history database for writing (\(detail))", hint: "check the file's permissions, or give another file with --history PATH")
        default:
            return HistoryError(.failed, path: path, message: "the history database failed: \(detail)")
        }
    }
}
