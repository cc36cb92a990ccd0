import LeadBenchData
import LeadBenchMetrics
import LeadBenchModels

/// Everything a review measured (DESIGN §4, §6): the experiment, the two periods and their leads, each
/// model's headline figures in both with the changes and their tests, the stability of its scores and
/// its conversion by tier, and the stability of the lead attributes. `leadbench review --out DIR` writes
/// it to `DIR/review.json` (``ReviewResultsFile``).
public struct ReviewResults: Sendable, Encodable {
    /// The experiment as reviewed.
    public struct Experiment: Sendable, Encodable {
        public let name: String
        public let description: String?
        public let seed: UInt64
        public let horizonDays: Int
        public let scoringDelayDays: Int
        public let objective: String
        public let baseline: String?
    }

    /// One period and the leads it holds.
    public struct Period: Sendable, Encodable {
        /// `2025-Q3`, `2025-07`, or `2025-07-01 to 2025-09-30`.
        public let label: String
        public let kind: ReviewPeriod.Kind
        /// The first day (ISO 8601 date).
        public let start: String
        /// The day after the last: the period is `[start, end)`, midnight UTC.
        public let end: String
        /// The last day included.
        public let lastDay: String
        /// Leads the period's models learned from (outcome known before `start`), and how many converted.
        public let trainingLeads: Int
        public let trainingConverted: Int
        /// Leads created in the period.
        public let created: Int
        /// Created leads measured: neither open nor right-censored.
        public let testLeads: Int
        /// Measured leads that converted within the horizon.
        public let conversions: Int
        /// Created leads left out: less than a horizon before the end of the data.
        public let censored: Int
        /// Created leads left out: outcome unknown.
        public let open: Int
        /// The weeks in which the measured leads were created (see ``PeriodWindow``).
        public let weeks: Double?

        init(_ evaluation: PeriodEvaluation) {
            let window = evaluation.window
            label = window.period.label
            kind = window.period.kind
            start = window.period.firstDay
            end = EpochSeconds.iso8601(window.period.end, dateOnly: true)
            lastDay = window.period.lastDay
            trainingLeads = evaluation.training.count
            trainingConverted = evaluation.training.labels.filter { $0 }.count
            created = window.created
            testLeads = window.window.leads.count
            conversions = window.conversions
            censored = window.window.censored
            open = window.window.open
            weeks = window.weeks
        }
    }

    public let version: String
    public let experiment: Experiment
    public let data: RunResults.Data
    public let resampling: RunResults.Resampling
    /// `1 − confidence`: a change whose p-value is below it is significant.
    public let significanceLevel: Double
    public let previous: Period
    public let current: Period
    public let models: [ModelReview]
    /// The lead attributes compared, in column order.
    public let attributes: [AttributeStability]
    /// Categorical attributes not compared: more than ``AttributeStability/maximumCategories`` categories.
    public let attributesSkipped: [String]
    /// Where the review rests on too little (a model not measured in a period says why in
    /// ``ModelReview/unavailable``).
    public let warnings: [String]
}
