import LeadBenchMetrics

/// A model's headline figures in one period of a review, taken from its ``ModelEvaluation`` (DESIGN §4):
/// the ranking figures, the figures at the threshold with the counts behind them, the volume per week and
/// the median sales cycle, each headline figure with its seeded bootstrap interval.
///
///     base rate = converted / leads,  precision = hits / qualified,  recall = hits / converted,
///     F1 = 2·hits / (qualified + converted),  lift = precision / base rate,  per week = qualified / weeks
public struct HeadlineFigures: Sendable, Encodable {
    public let threshold: Double?
    /// `set` when the experiment gives the threshold, else the objective's reason on this period's
    /// training window.
    public let thresholdSource: String
    /// Leads, ranked leads, conversions, qualified leads, hits and misses.
    public let counts: QualificationCounts
    public let baseRate: Double?
    /// Qualified leads per week of the period (see ``PeriodWindow``).
    public let perWeek: Double?
    public let auc: BootstrapInterval?
    /// DeLong's variance of the AUC, behind the test of its change (`nil` with fewer than two ranked
    /// leads of either outcome).
    public let aucDeLong: DeLongVariance?
    public let averagePrecision: BootstrapInterval?
    public let precision: BootstrapInterval?
    public let recall: BootstrapInterval?
    public let f1: BootstrapInterval?
    public let lift: BootstrapInterval?
    /// Days from qualification to conversion of the hits: the median with its interval.
    public let medianSalesCycle: BootstrapInterval?
    /// Where a figure rests on too little.
    public let warnings: [String]

    init(_ evaluation: ModelEvaluation) {
        threshold = evaluation.threshold
        thresholdSource = evaluation.thresholdSource
        counts = evaluation.counts
        baseRate = evaluation.baseRate
        perWeek = evaluation.perWeek
        auc = evaluation.auc
        let ranked = ModelEvaluation.ranked(evaluation.replayed)
        aucDeLong = try? DeLongVariance(scores: ranked.scores, labels: ranked.labels)
        averagePrecision = evaluation.averagePrecision
        precision = evaluation.precision
        recall = evaluation.recall
        f1 = evaluation.f1
        lift = evaluation.lift
        medianSalesCycle = evaluation.salesCycle?.medianInterval
        warnings = evaluation.warnings
    }
}
