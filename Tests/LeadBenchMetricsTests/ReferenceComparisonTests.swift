import LeadBenchMetrics
import Testing

/// The fast metrics against slow implementations of their definitions, on seeded random inputs with
/// heavy ties.
@Suite("Fast metrics equal their definitions")
struct ReferenceComparisonTests {
    /// (seed, leads, decimals, positive rate): from a handful of distinct scores to nearly all distinct.
    static let cases: [(UInt64, Int, Int, Double)] = [
        (1, 50, 1, 0.3), (2, 200, 1, 0.15), (3, 317, 2, 0.1), (4, 400, 3, 0.05), (5, 12, 0, 0.4), (6, 777, 2, 0.2),
    ]

    @Test("AUC, AP and KS", arguments: cases)
    func rankingMetrics(seed: UInt64, leads: Int, decimals: Int, rate: Double) throws {
        var inputs = SeededInputs(seed: seed)
        let (scores, labels) = inputs.scoresAndLabels(count: leads, decimals: decimals, positiveRate: rate)
        expectClose(try rocAUCScore(scores: scores, labels: labels), ReferenceMetrics.auc(scores, labels), tolerance: 1e-12)
        expectClose(try averagePrecisionScore(scores: scores, labels: labels),
                    ReferenceMetrics.averagePrecision(scores, labels), tolerance: 1e-12)
        expectClose(try ksStatistic(scores: scores, labels: labels), ReferenceMetrics.ks(scores, labels), tolerance: 1e-12)
    }

    @Test("the ROC curve's trapezoids integrate to the AUC", arguments: cases)
    func rocArea(seed: UInt64, leads: Int, decimals: Int, rate: Double) throws {
        var inputs = SeededInputs(seed: seed)
        let (scores, labels) = inputs.scoresAndLabels(count: leads, decimals: decimals, positiveRate: rate)
        let curve = try rocCurve(scores: scores, labels: labels)
        let area = zip(curve.fpr.indices.dropFirst(), curve.fpr.indices).reduce(0.0) { sum, pair in
            sum + (curve.fpr[pair.0] - curve.fpr[pair.1]) * (curve.tpr[pair.0] + curve.tpr[pair.1]) / 2
        }
        expectClose(area, try rocAUCScore(scores: scores, labels: labels), tolerance: 1e-12)
    }

    @Test("deciles and gains, unit by unit", arguments: cases)
    func deciles(seed: UInt64, leads: Int, decimals: Int, rate: Double) throws {
        var inputs = SeededInputs(seed: seed)
        let (scores, labels) = inputs.scoresAndLabels(count: leads, decimals: decimals, positiveRate: rate)
        for groups in [10, 3, 7] {
            let table = try LiftTable(scores: scores, labels: labels, groups: groups)
            let expected = ReferenceMetrics.conversionsPerGroup(scores, labels, groups: groups)
            expectClose(table.rows.map(\.conversions), expected, tolerance: 1e-9, "\(groups) groups")
        }
    }

    @Test("sweep points equal confusion counts at their thresholds", arguments: cases)
    func sweep(seed: UInt64, leads: Int, decimals: Int, rate: Double) throws {
        var inputs = SeededInputs(seed: seed)
        let (scores, labels) = inputs.scoresAndLabels(count: leads, decimals: decimals, positiveRate: rate)
        for maxPoints in [200, 17] {
            for point in try ThresholdSweep(scores: scores, labels: labels, maxPoints: maxPoints).points {
                #expect(point.counts == (try ConfusionCounts(scores: scores, labels: labels, threshold: point.threshold)))
            }
        }
    }
}
