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
        // AUC and precision at the threshold of each side, both pairs on one set of resamples: the
        // values the two evaluations drew on this bootstrap's resamples when they did, else drawn here.
        let atThresholds = model.threshold != nil && baseline.threshold != nil
        let differences = Self.reused(model, baseline, bootstrap: bootstrap, design: design, atThresholds: atThresholds)
            ?? Self.drawn(model, baseline, bootstrap: bootstrap, design: design, atThresholds: atThresholds)
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

    /// The AUC and precision differences paired from the values each evaluation kept, when both drew
    /// them on `bootstrap`'s resamples of `design`; `nil` otherwise.
    private static func reused(
        _ model: ModelEvaluation, _ baseline: ModelEvaluation, bootstrap: Bootstrap, design: ResamplingDesign, atThresholds: Bool
    ) -> [PairedBootstrapInterval?]? {
        guard let first = model.resampledBy, let second = baseline.resampledBy, first.bootstrap == bootstrap, second.bootstrap == bootstrap,
            first.design == design, second.design == design
        else { return nil }
        func paired(_ a: BootstrapInterval?, _ b: BootstrapInterval?, _ aValues: [Double?], _ bValues: [Double?]) -> PairedBootstrapInterval? {
            guard let a, let b, aValues.count == bValues.count, !aValues.isEmpty else { return nil }
            return try? bootstrap.pairedInterval(estimates: (a.estimate, b.estimate), values: Array(zip(aValues, bValues)))
        }
        return [
            paired(model.auc, baseline.auc, model.resampledAUC, baseline.resampledAUC),
            atThresholds ? paired(model.precision, baseline.precision, model.resampledPrecision, baseline.resampledPrecision) : nil,
        ]
    }

    /// The AUC and precision differences drawn on `bootstrap`'s resamples of `design`.
    private static func drawn(
        _ model: ModelEvaluation, _ baseline: ModelEvaluation, bootstrap: Bootstrap, design: ResamplingDesign, atThresholds: Bool
    ) -> [PairedBootstrapInterval?] {
        let firstRanked = model.rankedScores
        let secondRanked = baseline.rankedScores
        let firstFlags = model.flags
        let secondFlags = baseline.flags
        return bootstrap.pairedIntervals(
            design, form: .counts, count: 2,
            first: { counts in [firstRanked?.rocAUC(counts: counts), atThresholds ? QualificationCounts(firstFlags, counts: counts).precision : nil] },
            second: { counts in [secondRanked?.rocAUC(counts: counts), atThresholds ? QualificationCounts(secondFlags, counts: counts).precision : nil] })
    }
}
