import LeadBenchMetrics

/// A model measured against the experiment's baseline on the same test leads (DESIGN §4): bootstrap
/// intervals of the differences on shared resamples, DeLong's test of the AUCs, McNemar's exact test
/// of the qualification decisions, and the head start on the leads both hit.
public struct PairedComparison: Sendable, Encodable {
    public let model: String
    public let baseline: String
    /// AUC(model) − AUC(baseline).
    public let aucDifference: BootstrapInterval?
    /// precision(model) − precision(baseline) at their thresholds.
    public let precisionDifference: BootstrapInterval?
    /// DeLong's test of the two AUCs on the leads both rank.
    public let delong: DeLongTest?
    /// The two models' qualification decisions side by side, and McNemar's exact p-value on them.
    public let qualificationTable: PairedDecisionTable?
    public let mcnemarPValue: Double?
    /// `nil` for data without times.
    public let headStart: HeadStart?

    public init(_ model: ModelEvaluation, baseline: ModelEvaluation, bootstrap: Bootstrap, design: ResamplingDesign) {
        self.model = model.name
        self.baseline = baseline.name
        let first = model.replayed
        let second = baseline.replayed
        // Resamples as a count per lead, each model's ranking sorted once (``RankedScores``): O(n) each.
        // AUC and precision at the threshold of each side, both pairs on one set of resamples.
        let firstRanked = model.rankedScores
        let secondRanked = baseline.rankedScores
        let atThresholds = model.threshold != nil && baseline.threshold != nil
        let firstFlags = model.flags
        let secondFlags = baseline.flags
        let differences = bootstrap.pairedIntervals(
            design, form: .counts, count: 2,
            first: { counts in [firstRanked?.rocAUC(counts: counts), atThresholds ? QualificationCounts(firstFlags, counts: counts).precision : nil] },
            second: { counts in [secondRanked?.rocAUC(counts: counts), atThresholds ? QualificationCounts(secondFlags, counts: counts).precision : nil] })
        aucDifference = differences[0]?.difference
        let both = first.indices.filter { first[$0].rankingScore != nil && second[$0].rankingScore != nil }
        delong = try? DeLongTest(
            first: both.compactMap { first[$0].rankingScore }, second: both.compactMap { second[$0].rankingScore },
            labels: both.map { first[$0].converted })
        if atThresholds {
            precisionDifference = differences[1]?.difference
            let decisions = (first.map(\.qualified), second.map(\.qualified))
            qualificationTable = try? PairedDecisionTable(first: decisions.0, second: decisions.1)
            mcnemarPValue = (try? McNemarTest(first: decisions.0, second: decisions.1, method: .exact))?.pValue
            headStart = first.contains { $0.createdAt != nil } ? HeadStart(model: first, baseline: second) : nil
        } else {
            precisionDifference = nil
            qualificationTable = nil
            mcnemarPValue = nil
            headStart = nil
        }
    }
}
