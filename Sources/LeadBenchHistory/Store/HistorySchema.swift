import GRDB

/// The history database's schema, built by versioned migrations (GRDB's `DatabaseMigrator`).
///
/// Tables (version 1):
///
///     runs(id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL -- run | review | gate,
///          experiment TEXT NOT NULL, started_at TEXT NOT NULL -- ISO 8601, as the caller gave it,
///          experiment_git_commit TEXT, data_fingerprint TEXT, models TEXT NOT NULL -- a JSON array,
///          outcome TEXT, leadbench_version TEXT)
///     figures(run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, model TEXT NOT NULL,
///             metric TEXT NOT NULL, estimate REAL NOT NULL, lower REAL, upper REAL,
///             PRIMARY KEY (run_id, model, metric))
///
/// Rules:
/// - Migrations are applied in order and never edited once released; a change of schema is a new
///   migration `vN` that also sets `PRAGMA user_version = N`, so ``version`` is the number of the last.
/// - A database whose `user_version` is above ``version``, or that lists a migration this leadbench does
///   not know, is newer: leadbench refuses it rather than guess (``HistoryError/Kind/newerSchema``).
public enum HistorySchema {
    /// The schema version this leadbench writes: the number of its last migration.
    public static let version = 1

    /// The migrations, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "runs") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("kind", .text).notNull().check { ["run", "review", "gate"].contains($0) }
                t.column("experiment", .text).notNull()
                t.column("started_at", .text).notNull()
                t.column("experiment_git_commit", .text)
                t.column("data_fingerprint", .text)
                t.column("models", .text).notNull()
                t.column("outcome", .text)
                t.column("leadbench_version", .text)
            }
            try db.create(index: "runs_by_experiment", on: "runs", columns: ["experiment"])
            try db.create(table: "figures") { t in
                t.column("run_id", .integer).notNull().references("runs", onDelete: .cascade)
                t.column("model", .text).notNull()
                t.column("metric", .text).notNull()
                t.column("estimate", .double).notNull()
                t.column("lower", .double)
                t.column("upper", .double)
                t.primaryKey(["run_id", "model", "metric"])
            }
            try db.create(index: "figures_by_metric", on: "figures", columns: ["metric", "model"])
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        return migrator
    }
}
