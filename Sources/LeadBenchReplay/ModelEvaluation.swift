import LeadBenchData
import LeadBenchExperiment
import LeadBenchMetrics
import LeadBenchModels

/// A model's figures on the test leads (DESIGN §4), each headline figure with a seeded percentile
/// bootstrap interval, resampling leads stratified by outcome (or whole accounts, when the experiment
/// says so).
///
/// Ranking figures (AUC, average precision, KS, Brier, log loss) use the leads with a ranking score;
/// the figures at the threshold use every test lead's verdict.
public struct ModelEvaluation: Sendable {
    public let name: String
    public let threshold: Double?
    /// `set` when the experiment gives the threshold, else the objective's reason.
    public let thresholdSource: String
    public let counts: QualificationCounts
    public let auc: BootstrapInterval?
    public let averagePrecision: BootstrapInterval?
    public let precision: BootstrapInterval?
    public let recall: BootstrapInterval?
    public let lift: BootstrapInterval?
    public let ks: Double?
    /// For probability models only.
    public let brier: Double?
    public let logLoss: Double?

    /// The leads' replay under this model, for paired comparisons.
    public let replayed: [ReplayedLead]

    public init(name: String, threshold: Double?, thresholdSource: String, replayed: [ReplayedLead], isProbability: Bool, bootstrap: Bootstrap, design: ResamplingDesign) {
        self.name = name
        self.threshold = threshold
        self.thresholdSource = thresholdSource
        self.replayed = replayed
        counts = QualificationCounts(replayed)
        let ranked = Self.ranked(replayed)
        let statistics: [ResampleStatistic] = [
            { rows in Self.ranking(replayed, rows) { try? rocAUCScore(scores: $0, labels: $1) } },
            { rows in Self.ranking(replayed, rows) { try? averagePrecisionScore(scores: $0, labels: $1) } },
            { rows in QualificationCounts(replayed, rows: rows).precision },
            { rows in QualificationCounts(replayed, rows: rows).recall },
            { rows in QualificationCounts(replayed, rows: rows).lift },
        ]
        // A statistic undefined on the full sample (no threshold, or a single class) gets no interval.
        let intervals = statistics.map { statistic in try? bootstrap.interval(design, statistic: statistic) }
        auc = intervals[0]
        averagePrecision = intervals[1]
        precision = threshold == nil ? nil : intervals[2]
        recall = threshold == nil ? nil : intervals[3]
        lift = threshold == nil ? nil : intervals[4]
        ks = try? ksStatistic(scores: ranked.scores, labels: ranked.labels)
        brier = isProbability ? try? brierLoss(probabilities: ranked.scores, labels: ranked.labels) : nil
        logLoss = isProbability ? try? LeadBenchMetrics.logLoss(probabilities: ranked.scores, labels: ranked.labels) : nil
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

    /// A ranking metric on the resampled rows that have a ranking score.
    static func ranking(_ replayed: [ReplayedLead], _ rows: [Int], _ metric: ([Double], [Bool]) -> Double?) -> Double? {
        var scores: [Double] = []
        var labels: [Bool] = []
        scores.reserveCapacity(rows.count)
        labels.reserveCapacity(rows.count)
        for row in rows {
            guard let score = replayed[row].rankingScore else { continue }
            scores.append(score)
            labels.append(replayed[row].converted)
        }
        return metric(scores, labels)
    }
}

/// A model measured against the experiment's baseline on the same test leads (DESIGN §4).
public struct PairedComparison: Sendable {
    public let model: String
    public let baseline: String
    /// Bootstrap of AUC(model) − AUC(baseline) on shared resamples.
    public let aucDifference: BootstrapInterval?
    /// DeLong's test of the two AUCs on the leads both rank.
    public let delong: DeLongTest?
    /// McNemar's test on the two models' qualification decisions (exact binomial).
    public let mcnemar: McNemarTest?

    public init(_ model: ModelEvaluation, baseline: ModelEvaluation, bootstrap: Bootstrap, design: ResamplingDesign) {
        self.model = model.name
        self.baseline = baseline.name
        let first = model.replayed
        let second = baseline.replayed
        aucDifference = try? bootstrap.pairedInterval(
            design,
            first: { rows in ModelEvaluation.ranking(first, rows) { try? rocAUCScore(scores: $0, labels: $1) } },
            second: { rows in ModelEvaluation.ranking(second, rows) { try? rocAUCScore(scores: $0, labels: $1) } }
        ).difference
        let both = first.indices.filter { first[$0].rankingScore != nil && second[$0].rankingScore != nil }
        delong = try? DeLongTest(
            first: both.compactMap { first[$0].rankingScore }, second: both.compactMap { second[$0].rankingScore },
            labels: both.map { first[$0].converted })
        if model.threshold != nil && baseline.threshold != nil {
            mcnemar = try? McNemarTest(first: first.map(\.qualified), second: second.map(\.qualified), method: .exact)
        } else {
            mcnemar = nil
        }
    }
}
