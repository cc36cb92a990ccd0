import LeadBenchMetrics
import Testing

/// Threshold metrics against scikit-learn's `precision_score`, `recall_score` and `f1_score`
/// (`zero_division=np.nan`), the threshold sweep against the golden precision–recall curve, and the
/// decile tables against an independent NumPy implementation of the fractional tie rule.
@Suite("Threshold metrics and decile tables match the golden values")
struct GoldenThresholdTests {
    @Test("confusion counts, precision, recall, F1 and lift", arguments: GoldenFixtures.names)
    func confusion(name: String) throws {
        let golden = try GoldenFixtures.fixture(name)
        let (scores, labels) = try GoldenFixtures.data(golden)
        var deviations: [Double] = []
        for expected in golden.thresholds {
            let counts = try ConfusionCounts(scores: scores, labels: labels, threshold: expected.threshold)
            let t = expected.threshold
            #expect(counts == ConfusionCounts(
                truePositives: expected.tp, falsePositives: expected.fp,
                falseNegatives: expected.fn, trueNegatives: expected.tn), "\(name) at \(t)")
            expectClose(counts.precision, expected.precision, "\(name) precision at \(t)")
            expectClose(counts.recall, expected.recall, "\(name) recall at \(t)")
            expectClose(counts.f1, expected.f1, "\(name) F1 at \(t)")
            expectClose(counts.lift, expected.lift, "\(name) lift at \(t)")
            for (ours, theirs) in [(counts.precision, expected.precision), (counts.recall, expected.recall),
                                   (counts.f1, expected.f1), (counts.lift, expected.lift)] {
                if let ours, let theirs { deviations.append(deviation(ours, theirs)) }
            }
        }
        #expect(golden.thresholds.contains { $0.precision == nil }, "a threshold above every score is covered")
        report(name, "threshold metrics", deviations)
    }

    @Test("each sweep point matches the precision–recall curve at its threshold", arguments: GoldenFixtures.names)
    func sweep(name: String) throws {
        let golden = try GoldenFixtures.fixture(name)
        let (scores, labels) = try GoldenFixtures.data(golden)
        let sweep = try ThresholdSweep(scores: scores, labels: labels)
        #expect(sweep.points.count == min(golden.distinctScores, 200) || golden.distinctScores > 200)
        #expect(sweep.points.count <= 200)
        let curve = golden.prCurve
        var deviations: [Double] = []
        for point in sweep.points {
            guard let i = curve.thresholds.firstIndex(of: point.threshold) else {
                Issue.record("\(name): threshold \(point.threshold) is not in scikit-learn's curve")
                continue
            }
            expectClose(point.counts.precision, curve.precision?[i], "\(name) sweep precision at \(point.threshold)")
            expectClose(point.counts.recall, curve.recall?[i], "\(name) sweep recall at \(point.threshold)")
            deviations.append(deviation(point.counts.precision ?? .nan, curve.precision?[i] ?? .nan))
            deviations.append(deviation(point.counts.recall ?? .nan, curve.recall?[i] ?? .nan))
        }
        report(name, "sweep", deviations)
    }

    @Test("lift by decile, cumulative gains and capture rates", arguments: GoldenFixtures.names)
    func deciles(name: String) throws {
        let golden = try GoldenFixtures.fixture(name)
        let (scores, labels) = try GoldenFixtures.data(golden)
        let reference = golden.ruleReference
        let table = try LiftTable(scores: scores, labels: labels, groups: reference.groups)
        expectClose(table.rows.map(\.conversions), reference.conversions, "\(name) conversions per decile")
        expectClose(table.lifts, reference.lift, "\(name) lift by decile")
        expectClose(table.cumulativeGains, reference.cumulativeGains, "\(name) cumulative gains")
        expectClose(try liftByDecile(scores: scores, labels: labels), reference.lift, "\(name) liftByDecile")
        var deviations = [
            maxDeviation(table.lifts, reference.lift), maxDeviation(table.cumulativeGains, reference.cumulativeGains),
        ]
        for expected in reference.capture {
            let capture = try captureRate(scores: scores, labels: labels, atTopFraction: expected.fraction)
            expectClose(capture, expected.capture, "\(name) capture at \(expected.fraction)")
            deviations.append(deviation(capture, expected.capture))
        }
        report(name, "deciles (NumPy rule reference)", deviations)
    }
}
