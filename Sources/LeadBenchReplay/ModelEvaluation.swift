import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels

/// A model's figures on the test leads (DESIGN §4), each headline figure with a seeded percentile
/// bootstrap interval, resampling leads stratified by outcome (or whole accounts, when the experiment
/// says so).
///
/// Ranking figures (AUC, average precision, KS, Brier, log loss, deciles, curves, calibration) use the
/// leads with a ranking score; the figures at the threshold use every test lead's verdict:
///
///     F1 = 2·hits / (qualified + converted),  contacts per conversion = 1 / precision
public struct ModelEvaluation: Sendable, Encodable {
    public let name: String
    public let kind: String
    public let isProbability: Bool
    public let threshold: Double?
    /// `set` when the experiment gives the threshold, else the objective's reason.
    public let thresholdSource: String
    public let counts: QualificationCounts
    public let baseRate: Double?
    /// Qualified leads per week of the test leads' creation span (`nil` without times or threshold).
    public let perWeek: Double?
    public let auc: BootstrapInterval?
    public let averagePrecision: BootstrapInterval?
    public let precision: BootstrapInterval?
    public let recall: BootstrapInterval?
    public let f1: BootstrapInterval?
    public let lift: BootstrapInterval?
    public let contactsPerConversion: Double?
    public let ks: Double?
    /// For probability models only.
    public let brier: Double?
    public let logLoss: Double?
    /// `nil` when the ranked leads lack an outcome class.
    public let ranking: RankingFigures?
    /// `nil` for data without times.
    public let salesCycle: SalesCycle?
    /// What other thresholds would do on the test leads (the replay's rules; see ``QualificationSweep``).
    public let sweep: [QualificationSweep.Point]
    /// Where a figure rests on too little, or the model misbehaves.
    public let warnings: [String]

    /// The leads' replay under this model, for paired comparisons.
    public let replayed: [ReplayedLead]
    /// The replay's ranking scores sorted once, for the bootstrap (`nil` when a score is not finite).
    let rankedScores: RankedScores?
    /// Each lead's part in the qualification counts, for the bootstrap.
    let flags: QualificationFlags
    /// The AUC and the precision at the threshold on each resample of `resampledBy` (`nil` where
    /// undefined; an empty list when the figure has no interval), for paired comparisons on the same
    /// resamples.
    let resampledAUC: [Double?]
    let resampledPrecision: [Double?]
    let resampledBy: (bootstrap: Bootstrap, design: ResamplingDesign)?

    enum CodingKeys: String, CodingKey {
        case name, kind, isProbability, threshold, thresholdSource, counts, baseRate, perWeek, auc, averagePrecision, precision, recall,
            f1, lift, contactsPerConversion, ks, brier, logLoss, ranking, salesCycle, sweep, warnings
    }

    /// - Parameters:
    ///   - weeks: The span of the test leads' creation in weeks (`nil` for data without times).
    public init(
        name: String, kind: String, threshold: Double?, thresholdSource: String, replayed: [ReplayedLead], isProbability: Bool,
        bootstrap: Bootstrap, design: ResamplingDesign, weeks: Double?
    ) {
        self.init(
            name: name, kind: kind, threshold: threshold, thresholdSource: thresholdSource, replayed: replayed, isProbability: isProbability,
            bootstrap: bootstrap, design: design, weeks: weeks, resampled: Resampled(replayed, threshold: threshold), values: nil)
    }

    /// - Parameters:
    ///   - resampled: What the bootstrap computes of `replayed` at `threshold`.
    ///   - values: Its ``Resampled/count`` statistics on every resample of `bootstrap` and `design`
    ///     (`values[b][s]`), when already computed alongside other models' on the same resamples; `nil`
    ///     to draw them here.
    init(
        name: String, kind: String, threshold: Double?, thresholdSource: String, replayed: [ReplayedLead], isProbability: Bool,
        bootstrap: Bootstrap, design: ResamplingDesign, weeks: Double?, resampled: Resampled, values resampledValues: [[Double?]]?
    ) {
        self.name = name
        self.kind = kind
        self.isProbability = isProbability
        self.threshold = threshold
        self.thresholdSource = thresholdSource
        self.replayed = replayed
        let counts = QualificationCounts(replayed)
        self.counts = counts
        baseRate = counts.baseRate
        perWeek = threshold == nil ? nil : weeks.map { Double(counts.qualified) / $0 }
        let ranked = Self.ranked(replayed)
        let hasTimes = replayed.contains { $0.createdAt != nil }
        rankedScores = resampled.rankedScores
        flags = resampled.flags
        let (intervals, values) = Self.intervals(
            resampled.statistics, count: Resampled.count, bootstrap: bootstrap, design: design, values: resampledValues)
        resampledAUC = values[0]
        resampledPrecision = values[2]
        resampledBy = values.allSatisfy(\.isEmpty) ? nil : (bootstrap, design)
        auc = intervals[0]
        averagePrecision = intervals[1]
        precision = intervals[2]
        recall = intervals[3]
        f1 = intervals[4]
        lift = intervals[5]
        contactsPerConversion = counts.precision.flatMap { $0 > 0 ? 1 / $0 : nil }
        ks = try? ksStatistic(scores: ranked.scores, labels: ranked.labels)
        brier = isProbability ? try? brierLoss(probabilities: ranked.scores, labels: ranked.labels) : nil
        logLoss = isProbability ? try? LeadBenchMetrics.logLoss(probabilities: ranked.scores, labels: ranked.labels) : nil
        ranking = try? RankingFigures(scores: ranked.scores, labels: ranked.labels, isProbability: isProbability)
        if hasTimes {
            var cycle = SalesCycle(replayed)
            cycle.medianInterval = intervals[6]
            salesCycle = cycle
        } else {
            salesCycle = nil
        }
        sweep = QualificationSweep(replayed, weeks: weeks).table(including: threshold.map { [$0] } ?? [])
        warnings = Self.warnings(counts: counts, threshold: threshold, hasTimes: hasTimes, ranking: ranking)
    }

    /// The intervals of the `count` statistics `statistics` computes, for those defined on the full
    /// sample, drawn on one set of resamples; `nil` for the others. The statistics take resamples in
    /// counts form. With them, each statistic's value on every resample (empty lists when the
    /// resamples had to be drawn statistic by statistic). With `values` (every statistic on every
    /// resample, computed already) the intervals are taken from those.
    static func intervals(
        _ statistics: @escaping ResampleStatistics, count: Int, bootstrap: Bootstrap, design: ResamplingDesign, values shared: [[Double?]]? = nil
    ) -> (intervals: [BootstrapInterval?], values: [[Double?]]) {
        let full = statistics([Int](repeating: 1, count: design.rowCount))
        let wanted = (0..<count).filter { full[$0] != nil }
        if let shared {
            var intervals = [BootstrapInterval?](repeating: nil, count: count)
            var values = [[Double?]](repeating: [], count: count)
            for index in wanted {
                values[index] = shared.map { $0[index] }
                intervals[index] = full[index].flatMap { try? bootstrap.interval(estimate: $0, values: values[index]) }
            }
            return (intervals, values)
        }
        let chosen: ResampleStatistics = { counts in
            let values = statistics(counts)
            return wanted.map { values[$0] }
        }
        var intervals = [BootstrapInterval?](repeating: nil, count: count)
        var values = [[Double?]](repeating: [], count: count)
        if let together = try? bootstrap.intervalsAndValues(design, form: .counts, count: wanted.count, together: chosen) {
            for (position, index) in wanted.enumerated() {
                intervals[index] = together.intervals[position]
                values[index] = together.values.map { $0[position] }
            }
        } else {
            for index in wanted {
                intervals[index] = try? bootstrap.interval(design, form: .counts, statistic: { counts in statistics(counts)[index] })
            }
        }
        return (intervals, values)
    }

    /// The data-sufficiency and behaviour warnings of one model (DESIGN §4: the platforms ask for about
    /// 1,000 leads and 120 conversions before they trust a model).
    static func warnings(counts: QualificationCounts, threshold: Double?, hasTimes: Bool, ranking: RankingFigures?) -> [String] {
        var warnings: [String] = []
        if threshold != nil && counts.qualified < 30 {
            warnings.append("precision rests on \(counts.qualified) qualified leads (fewer than 30)")
        }
        if threshold != nil && hasTimes && counts.hits < 20 {
            warnings.append("the sales cycle rests on \(counts.hits) hits (fewer than 20)")
        }
        if let error = ranking?.expectedCalibrationError, error > 0.05 {
            warnings.append("probabilities are poorly calibrated (expected calibration error \((error * 1000).rounded() / 1000))")
        }
        return warnings
    }

    /// Scores and labels of the leads that have a ranking score.
    static func ranked(_ replayed: [ReplayedLead]) -> (scores: [Double], labels: [Bool]) {
        var scores: [Double] = []
        var labels: [Bool] = []
        for lead in replayed {
            guard let score = lead.rankingScore else { continue }
            scores.append(score)
            labels.append(lead.converted)
        }
        return (scores, labels)
    }
}

extension ModelEvaluation {
    /// What the bootstrap computes of one model's replay on a resample, given as a count per lead: AUC,
    /// average precision, precision, recall, F1, lift and the median sales cycle (in that order; the
    /// four figures at the threshold from one tally, `nil` without a threshold). The ranking is sorted
    /// once, and every statistic is one O(n) pass per resample with no copy of the drawn leads.
    struct Resampled: Sendable {
        static let count = 7
        /// The replay's ranking scores sorted once (`nil` when a score is not finite).
        let rankedScores: RankedScores?
        /// Each lead's part in the qualification counts.
        let flags: QualificationFlags
        let statistics: ResampleStatistics

        init(_ replayed: [ReplayedLead], threshold: Double?) {
            let rankedScores = try? RankedScores(scores: replayed.map(\.rankingScore), labels: replayed.map(\.converted))
            let flags = QualificationFlags(replayed)
            let cycles = SalesCycleSample(replayed)
            self.rankedScores = rankedScores
            self.flags = flags
            let atThreshold = threshold != nil
            statistics = { counts in
                let (auc, averagePrecision) = rankedScores?.rocAUCAndAveragePrecision(counts: counts) ?? (nil, nil)
                guard atThreshold else { return [auc, averagePrecision, nil, nil, nil, nil, nil] }
                let tally = QualificationCounts(flags, counts: counts)
                return [auc, averagePrecision, tally.precision, tally.recall, tally.f1, tally.lift, cycles.median(counts: counts)]
            }
        }
    }
}
