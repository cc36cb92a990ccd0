import LeadBenchMetrics
import Testing

/// Ranking metrics against scikit-learn and SciPy on the golden fixtures (`Scripts/golden/metrics_golden.py`),
/// every value within 1e-9 and every curve element-wise with the same length.
@Suite("Ranking metrics match scikit-learn and SciPy")
struct GoldenRankingTests {
    @Test("ROC AUC and the ROC curve (drop_intermediate=True)", arguments: GoldenFixtures.names)
    func roc(name: String) throws {
        let golden = try GoldenFixtures.fixture(name)
        let (scores, labels) = try GoldenFixtures.data(golden)
        #expect(scores.count == golden.rows)
        #expect(labels.filter { $0 }.count == golden.positives)

        let auc = try rocAUCScore(scores: scores, labels: labels)
        let curve = try rocCurve(scores: scores, labels: labels)
        expectClose(auc, golden.rocAuc, "\(name) AUC")
        expectClose(curve.fpr, golden.rocCurve.fpr ?? [], "\(name) fpr")
        expectClose(curve.tpr, golden.rocCurve.tpr ?? [], "\(name) tpr")
        expectClose(curve.thresholds, golden.rocCurve.thresholds, tolerance: 0, "\(name) thresholds")
        #expect(curve.thresholds.first == .infinity)
        report(name, "ROC", [
            deviation(auc, golden.rocAuc), maxDeviation(curve.fpr, golden.rocCurve.fpr ?? []),
            maxDeviation(curve.tpr, golden.rocCurve.tpr ?? []),
        ])
    }

    @Test("average precision and the precision–recall curve", arguments: GoldenFixtures.names)
    func precisionRecall(name: String) throws {
        let golden = try GoldenFixtures.fixture(name)
        let (scores, labels) = try GoldenFixtures.data(golden)

        let ap = try averagePrecisionScore(scores: scores, labels: labels)
        let curve = try precisionRecallCurve(scores: scores, labels: labels)
        let dropped = try precisionRecallCurve(scores: scores, labels: labels, dropIntermediate: true)
        expectClose(ap, golden.averagePrecision, "\(name) AP")
        for (ours, theirs, label) in [(curve, golden.prCurve, "default"), (dropped, golden.prCurveDropIntermediate, "dropped")] {
            expectClose(ours.precision, theirs.precision ?? [], "\(name) \(label) precision")
            expectClose(ours.recall, theirs.recall ?? [], "\(name) \(label) recall")
            expectClose(ours.thresholds, theirs.thresholds, tolerance: 0, "\(name) \(label) thresholds")
        }
        #expect(curve.thresholds.count == golden.distinctScores)
        report(name, "PR", [
            deviation(ap, golden.averagePrecision),
            maxDeviation(curve.precision, golden.prCurve.precision ?? []),
            maxDeviation(curve.recall, golden.prCurve.recall ?? []),
            maxDeviation(dropped.precision, golden.prCurveDropIntermediate.precision ?? []),
            maxDeviation(dropped.recall, golden.prCurveDropIntermediate.recall ?? []),
        ])
    }

    @Test("KS statistic equals scipy.stats.ks_2samp", arguments: GoldenFixtures.names)
    func kolmogorovSmirnov(name: String) throws {
        let golden = try GoldenFixtures.fixture(name)
        let (scores, labels) = try GoldenFixtures.data(golden)
        let ks = try ksStatistic(scores: scores, labels: labels)
        expectClose(ks, golden.ksStatistic, "\(name) KS")
        report(name, "KS", [deviation(ks, golden.ksStatistic)])
    }
}

/// Prints the largest deviation of one comparison, so a test log shows how close the values are.
func report(_ fixture: String, _ what: String, _ deviations: [Double]) {
    print("golden \(fixture) \(what): max |Δ| = \(deviations.max() ?? 0)")
}

@Suite("Golden file")
struct GoldenFileTests {
    @Test("decodes, lists every fixture and records the pinned versions")
    func goldenFile() throws {
        let golden = try GoldenFixtures.golden()
        #expect(golden.fixtures.map(\.name) == ["toy_4", "ties_500", "probabilities_1000", "all_tied_40", "logits_10000"])
        #expect(golden.versions["scikit-learn"] == "1.9.1")
        #expect(golden.versions["scipy"] == "1.17.1")
        #expect(golden.versions["numpy"] == "2.4.6")
        let ties = try GoldenFixtures.fixture("ties_500")
        #expect(ties.distinctScores <= 11 && ties.rows == 500)
        #expect(try GoldenFixtures.fixture("logits_10000").distinctScores > 200)
    }
}
