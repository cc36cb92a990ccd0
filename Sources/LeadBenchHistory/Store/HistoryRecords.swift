import Foundation
import GRDB

/// A row of `runs`.
struct RunRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "runs"

    var id: Int64?
    var kind: String
    var experiment: String
    var startedAt: String
    var experimentGitCommit: String?
    var dataFingerprint: String?
    /// A JSON array of the model names.
    var models: String
    var outcome: String?
    var leadbenchVersion: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, experiment, startedAt = "started_at", experimentGitCommit = "experiment_git_commit"
        case dataFingerprint = "data_fingerprint", models, outcome, leadbenchVersion = "leadbench_version"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let kind = Column(CodingKeys.kind)
        static let experiment = Column(CodingKeys.experiment)
    }

    init(_ run: HistoryRun) {
        kind = run.kind.rawValue
        experiment = run.experiment
        startedAt = run.startedAt
        experimentGitCommit = run.experimentGitCommit
        dataFingerprint = run.dataFingerprint
        models = Self.encode(run.models)
        outcome = run.outcome
        leadbenchVersion = run.leadbenchVersion
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The row as the history lists it; `nil` for a kind this leadbench does not know.
    var recorded: RecordedRun? {
        guard let id, let kind = HistoryRun.Kind(rawValue: kind) else { return nil }
        return RecordedRun(
            id: id, kind: kind, experiment: experiment, startedAt: startedAt, experimentGitCommit: experimentGitCommit,
            dataFingerprint: dataFingerprint, models: Self.decode(models), outcome: outcome, leadbenchVersion: leadbenchVersion)
    }

    static func encode(_ models: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(models) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ models: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(models.utf8))) ?? []
    }
}

/// A row of `figures`.
struct FigureRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "figures"

    var runID: Int64
    var model: String
    var metric: String
    var estimate: Double
    var lower: Double?
    var upper: Double?

    enum CodingKeys: String, CodingKey {
        case runID = "run_id", model, metric, estimate, lower, upper
    }

    /// The figure as a row of run `runID`; `nil` when its estimate is not finite.
    init?(_ figure: HistoryFigure, runID: Int64) {
        guard figure.estimate.isFinite else { return nil }
        self.runID = runID
        model = figure.model
        metric = figure.metric
        estimate = figure.estimate
        lower = figure.lower.flatMap { $0.isFinite ? $0 : nil }
        upper = figure.upper.flatMap { $0.isFinite ? $0 : nil }
    }
}
