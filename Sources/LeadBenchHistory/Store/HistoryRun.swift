/// What one `run`, `review` or `gate` records in the history (DESIGN §7).
///
///     let run = HistoryRun(kind: .run, experiment: "quickstart", startedAt: "2025-10-01T09:30:00Z",
///                          models: ["points", "logistic"], figures: figures)
///     let id = try store.record(run)
public struct HistoryRun: Sendable, Equatable {
    /// Which command made the record.
    public enum Kind: String, Sendable, CaseIterable {
        case run, review, gate
    }

    public var kind: Kind
    /// The experiment's name.
    public var experiment: String
    /// When the command started, as the caller gives it (ISO 8601, e.g. `2025-10-01T09:30:00Z`); the
    /// history never reads the clock itself.
    public var startedAt: String
    /// The last git commit that touched the experiment file (`nil` outside git, or without git).
    public var experimentGitCommit: String?
    /// The fingerprint of the experiment's data files (see ``DataFingerprint``), when known.
    public var dataFingerprint: String?
    /// The models, in the experiment's order.
    public var models: [String]
    /// How it ended, where that means something: a gate's `passed` or `failed`.
    public var outcome: String?
    /// The version of leadbench that made the record.
    public var leadbenchVersion: String?
    /// Every headline figure of every model.
    public var figures: [HistoryFigure]

    public init(
        kind: Kind, experiment: String, startedAt: String, experimentGitCommit: String? = nil, dataFingerprint: String? = nil,
        models: [String], outcome: String? = nil, leadbenchVersion: String? = nil, figures: [HistoryFigure]
    ) {
        self.kind = kind
        self.experiment = experiment
        self.startedAt = startedAt
        self.experimentGitCommit = experimentGitCommit
        self.dataFingerprint = dataFingerprint
        self.models = models
        self.outcome = outcome
        self.leadbenchVersion = leadbenchVersion
        self.figures = figures
    }
}

/// One headline figure of one model in a recorded run: `auc` of `logistic`, with its interval.
///
/// Metric names are the gate's (`auc`, `average_precision`, `precision`, …, `median_sales_cycle_days`).
/// A figure whose estimate is not finite is not recorded (SQLite stores NaN as NULL); an interval end
/// that is not finite is recorded as absent.
public struct HistoryFigure: Sendable, Equatable {
    public var model: String
    public var metric: String
    public var estimate: Double
    public var lower: Double?
    public var upper: Double?

    public init(model: String, metric: String, estimate: Double, lower: Double? = nil, upper: Double? = nil) {
        self.model = model
        self.metric = metric
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
    }
}

/// A run as the history lists it.
public struct RecordedRun: Sendable, Equatable {
    /// The run's number in the history: increasing, in the order runs were recorded.
    public var id: Int64
    public var kind: HistoryRun.Kind
    public var experiment: String
    public var startedAt: String
    public var experimentGitCommit: String?
    public var dataFingerprint: String?
    public var models: [String]
    public var outcome: String?
    public var leadbenchVersion: String?

    public init(
        id: Int64, kind: HistoryRun.Kind, experiment: String, startedAt: String, experimentGitCommit: String?, dataFingerprint: String?,
        models: [String], outcome: String?, leadbenchVersion: String?
    ) {
        self.id = id
        self.kind = kind
        self.experiment = experiment
        self.startedAt = startedAt
        self.experimentGitCommit = experimentGitCommit
        self.dataFingerprint = dataFingerprint
        self.models = models
        self.outcome = outcome
        self.leadbenchVersion = leadbenchVersion
    }
}

/// One point of a metric's trend: a model's figure in one recorded run.
public struct TrendPoint: Sendable, Equatable {
    public var runID: Int64
    public var kind: HistoryRun.Kind
    public var startedAt: String
    public var experiment: String
    public var experimentGitCommit: String?
    public var model: String
    public var estimate: Double
    public var lower: Double?
    public var upper: Double?

    public init(
        runID: Int64, kind: HistoryRun.Kind, startedAt: String, experiment: String, experimentGitCommit: String?, model: String,
        estimate: Double, lower: Double?, upper: Double?
    ) {
        self.runID = runID
        self.kind = kind
        self.startedAt = startedAt
        self.experiment = experiment
        self.experimentGitCommit = experimentGitCommit
        self.model = model
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
    }
}
