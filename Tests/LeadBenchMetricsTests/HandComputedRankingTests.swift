import LeadBenchMetrics
import Testing

/// Ranking metrics on inputs small enough to work out by hand; the arithmetic is in the comments.
@Suite("Ranking metrics, worked by hand")
struct HandComputedRankingTests {
    // scikit-learn's documentation example: positives 0.35 and 0.8, negatives 0.1 and 0.4.
    let scores = [0.1, 0.4, 0.35, 0.8]
    let labels = [false, false, true, true]

    @Test("AUC counts the pairs a positive wins: 3 of 4")
    func aucToy() throws {
        // 0.35 > 0.1 ✓, 0.35 > 0.4 ✗, 0.8 > 0.1 ✓, 0.8 > 0.4 ✓  →  3 / 4
        #expect(try rocAUCScore(scores: scores, labels: labels) == 0.75)
    }

    @Test("a tie between classes counts one half")
    func aucTies() throws {
        // positives 0.9, 0.5; negatives 0.5, 0.5, 0.1 (P = 2, N = 3, 6 pairs)
        // 0.9 beats all three: 3; 0.5 ties two (½ + ½) and beats 0.1: 2  →  5 / 6
        let auc = try rocAUCScore(scores: [0.9, 0.5, 0.5, 0.5, 0.1], labels: [true, true, false, false, false])
        expectClose(auc, 5.0 / 6.0, tolerance: 1e-15)
        // every score tied: every pair is ½
        #expect(try rocAUCScore(scores: [2, 2, 2], labels: [true, false, false]) == 0.5)
    }

    @Test("AUC is 1 for a perfect ranking and 0 for a reversed one")
    func aucExtremes() throws {
        #expect(try rocAUCScore(scores: [3, 2, 1], labels: [true, false, false]) == 1)
        #expect(try rocAUCScore(scores: [1, 2, 3], labels: [true, false, false]) == 0)
    }

    @Test("the ROC curve of the toy example keeps every corner")
    func rocToy() throws {
        // thresholds 0.8, 0.4, 0.35, 0.1 → (FP, TP) = (0,1), (1,1), (1,2), (2,2); all are corners
        let curve = try rocCurve(scores: scores, labels: labels)
        #expect(curve.fpr == [0, 0, 0.5, 0.5, 1])
        #expect(curve.tpr == [0, 0.5, 0.5, 1, 1])
        #expect(curve.thresholds == [.infinity, 0.8, 0.4, 0.35, 0.1])
    }

    @Test("the ROC curve drops points inside a straight segment")
    func rocDropsCollinear() throws {
        // thresholds 4, 3, 2, 1 → fps [0, 0, 1, 2], tps [1, 2, 2, 2]
        // at 2: fps 2 − 2·1 + 0 = 0 and tps 2 − 2·2 + 2 = 0 → on the segment (0,1)…(1,1): dropped
        let curve = try rocCurve(scores: [4, 3, 2, 1], labels: [true, true, false, false])
        #expect(curve.thresholds == [.infinity, 4, 3, 1])
        #expect(curve.fpr == [0, 0, 0, 1])
        #expect(curve.tpr == [0, 0.5, 1, 1])
    }

    @Test("average precision is the step-wise sum, 0.8333…")
    func averagePrecisionToy() throws {
        // at 0.8: P = 1, R = ½ (+½ recall); at 0.4: R unchanged; at 0.35: P = ⅔, R = 1 (+½)
        // AP = ½·1 + ½·⅔ = 5/6
        expectClose(try averagePrecisionScore(scores: scores, labels: labels), 5.0 / 6.0, tolerance: 1e-15)
    }

    @Test("tied leads share one precision in AP")
    func averagePrecisionTies() throws {
        // at 0.9: P = 1, R = ½; at 0.5 (four leads, two converted): P = 2/4, R = 1 → ½·1 + ½·½ = 0.75
        let ap = try averagePrecisionScore(scores: [0.9, 0.5, 0.5, 0.5, 0.1], labels: [true, true, false, false, false])
        #expect(ap == 0.75)
    }

    @Test("the precision–recall curve in scikit-learn's order, ending at (1, 0)")
    func precisionRecallToy() throws {
        let curve = try precisionRecallCurve(scores: scores, labels: labels)
        expectClose(curve.precision, [0.5, 2.0 / 3.0, 0.5, 1, 1], tolerance: 1e-15)
        #expect(curve.recall == [1, 1, 0.5, 0.5, 0])
        #expect(curve.thresholds == [0.1, 0.35, 0.4, 0.8])
    }

    @Test("dropIntermediate removes thresholds inside a vertical run")
    func precisionRecallDrop() throws {
        // thresholds 4, 3, 2, 1 → tps [1, 1, 1, 2]; at 3 tps equals both neighbours → dropped
        let scores = [4.0, 3, 2, 1]
        let labels = [true, false, false, true]
        let full = try precisionRecallCurve(scores: scores, labels: labels)
        #expect(full.thresholds == [1, 2, 3, 4])
        let curve = try precisionRecallCurve(scores: scores, labels: labels, dropIntermediate: true)
        #expect(curve.thresholds == [1, 2, 4])
        expectClose(curve.precision, [0.5, 1.0 / 3.0, 1, 1], tolerance: 1e-15)   // 2/4, 1/3, 1/1, end
        #expect(curve.recall == [1, 0.5, 0.5, 0])
    }

    @Test("KS is the largest |TPR − FPR|")
    func ksToy() throws {
        // 0.8: |½ − 0| = ½; 0.4: |½ − ½| = 0; 0.35: |1 − ½| = ½; 0.1: 0  →  ½
        #expect(try ksStatistic(scores: scores, labels: labels) == 0.5)
        // ties move both rates: 0.9: |½ − 0| = ½; 0.5: |1 − ⅔| = ⅓  →  ½
        #expect(try ksStatistic(scores: [0.9, 0.5, 0.5, 0.5, 0.1], labels: [true, true, false, false, false]) == 0.5)
        #expect(try ksStatistic(scores: [1, 1, 1, 1], labels: [true, false, true, false]) == 0)
        #expect(try ksStatistic(scores: [3, 2, 1], labels: [true, false, false]) == 1)
    }
}
