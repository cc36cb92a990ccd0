import LeadBenchMetrics
import Testing

@Suite("Threshold sweep")
struct ThresholdSweepTests {
    @Test("one point per distinct score, highest first")
    func everyDistinctScore() throws {
        let sweep = try ThresholdSweep(scores: [0.1, 0.4, 0.35, 0.8, 0.4], labels: [false, false, true, true, true])
        #expect(sweep.points.map(\.threshold) == [0.8, 0.4, 0.35, 0.1])
        #expect(sweep.points.map(\.counts.qualified) == [1, 3, 4, 5])
        #expect(sweep.points.map(\.counts.truePositives) == [1, 2, 3, 3])
        #expect(sweep.distinctScores == 4)
        #expect(sweep.classes == ClassCounts(positives: 3, negatives: 2))
    }

    @Test("beyond maxPoints distinct scores, quantiles of the qualified volume")
    func quantilePoints() throws {
        // 1,000 distinct scores, 10 points → thresholds qualifying 100, 200, …, 1000 leads
        let scores = (0..<1000).map { Double($0) }
        let labels = scores.map { Int($0) % 7 == 0 }
        let sweep = try ThresholdSweep(scores: scores, labels: labels, maxPoints: 10)
        #expect(sweep.points.map(\.counts.qualified) == Array(stride(from: 100, through: 1000, by: 100)))
        #expect(sweep.points.map(\.threshold) == [900, 800, 700, 600, 500, 400, 300, 200, 100, 0])
        #expect(sweep.distinctScores == 1000)
    }

    @Test("with ties the quantile points stay on distinct scores and end with every lead qualified")
    func quantilePointsWithTies() throws {
        var inputs = SeededInputs(seed: 7)
        let (scores, labels) = inputs.scoresAndLabels(count: 3000, decimals: 3, positiveRate: 0.1)
        let sweep = try ThresholdSweep(scores: scores, labels: labels, maxPoints: 50)
        #expect(sweep.points.count <= 50)
        #expect(sweep.points.count >= 45)
        #expect(sweep.points.last?.counts.qualified == 3000)
        #expect(zip(sweep.points, sweep.points.dropFirst()).allSatisfy { $0.threshold > $1.threshold })
        for point in sweep.points {
            #expect(point.counts == (try ConfusionCounts(scores: scores, labels: labels, threshold: point.threshold)))
            #expect(point.counts.precision != nil && point.counts.recall != nil && point.counts.lift != nil)
        }
    }
}
