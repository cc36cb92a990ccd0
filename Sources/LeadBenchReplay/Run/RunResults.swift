import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics

/// Everything a run measured (DESIGN §2, §4): what the experiment was, which leads it trained and tested
/// on, and each model's figures with the paired comparisons. The report writers read this, and
/// `leadbench run --out DIR` writes it to `DIR/results.json`.
public struct RunResults: Sendable, Encodable {
    /// The experiment as run.
    public struct Experiment: Sendable, Encodable {
        public let name: String
        public let description: String?
        public let seed: UInt64
        /// `temporal`, `random` or `kfold`.
        public let split: String
        /// The split in words, e.g. "temporal, cutoff 2025-09-01".
        public let splitLabel: String
        /// Why this split, where the data decided it (no times: no temporal split).
        public let splitNote: String?
        public let horizonDays: Int
        public let scoringDelayDays: Int
        public let objective: String
        public let baseline: String?
    }

    /// The data behind the run.
    public struct Data: Sendable, Encodable {
        public let leads: Int
        public let activities: Int
        public let accounts: Int
        public let converted: Int
        public let open: Int
        public let hasTimes: Bool
        /// ISO 8601 dates of the first creation and the end of the data (`nil` without times).
        public let firstCreated: String?
        public let endOfData: String?
        public let excluded: [ExcludedColumn]
        public let skippedRows: Int
    }

    /// The leads the models learned from and were measured on.
    public struct Window: Sendable, Encodable {
        public let trainingLeads: Int
        public let trainingConverted: Int
        public let testLeads: Int
        public let testConverted: Int
        /// Test-split leads left out: created less than a horizon before the end of the data.
        public let censored: Int
        /// Test-split leads left out: outcome unknown.
        public let open: Int
        /// The test leads' creation span in weeks (`nil` without times).
        public let weeks: Double?
        /// The folds of a k-fold split (`nil` otherwise).
        public let folds: Int?
    }

    /// How the intervals were made.
    public struct Resampling: Sendable, Encodable {
        public let resamples: Int
        public let confidence: Double
        /// `stratified by outcome` or `by account`.
        public let design: String
        public let seed: UInt64
    }

    /// A column that alone nearly separates the outcome.
    public struct Leak: Sendable, Encodable {
        public let column: String
        public let auc: Double?
        public let filledOnlyForConverted: Bool
        public let message: String
    }

    public let version: String
    public let experiment: Experiment
    public let data: Data
    public let window: Window
    public let resampling: Resampling?
    public let leakage: [Leak]
    public let models: [ModelEvaluation]
    public let comparisons: [PairedComparison]
    /// The experiment's A/B test replayed on the test leads (`nil` without `ab:`).
    public let abReplay: ABReplay?
    /// Warnings about the run as a whole (per-model ones are with each model).
    public let warnings: [String]
}

extension RunResults {
    /// leadbench's version, recorded in every result and report.
    public static let leadbenchVersion = "0.4.0"
}
