import LeadBenchMetrics
import Testing

/// Every metric rejects bad input with the right ``MetricError``.
@Suite("Metric errors")
struct MetricErrorTests {
    /// Every public metric, called on (scores, labels); ranking ones need both classes.
    static let ranking: [(String, @Sendable ([Double], [Bool]) throws(MetricError) -> Void)] = [
        ("rocAUCScore", { s, l throws(MetricError) in _ = try rocAUCScore(scores: s, labels: l) }),
        ("rocCurve", { s, l throws(MetricError) in _ = try rocCurve(scores: s, labels: l) }),
        ("averagePrecisionScore", { s, l throws(MetricError) in _ = try averagePrecisionScore(scores: s, labels: l) }),
        ("precisionRecallCurve", { s, l throws(MetricError) in _ = try precisionRecallCurve(scores: s, labels: l) }),
        ("ksStatistic", { s, l throws(MetricError) in _ = try ksStatistic(scores: s, labels: l) }),
        ("LiftTable", { s, l throws(MetricError) in _ = try LiftTable(scores: s, labels: l) }),
        ("captureRate", { s, l throws(MetricError) in _ = try captureRate(scores: s, labels: l, atTopFraction: 0.1) }),
        ("ThresholdSweep", { s, l throws(MetricError) in _ = try ThresholdSweep(scores: s, labels: l) }),
        ("RankOrderCheck", { s, l throws(MetricError) in _ = try RankOrderCheck(scores: s, labels: l) }),
    ]
    static let probability: [(String, @Sendable ([Double], [Bool]) throws(MetricError) -> Void)] = [
        ("brierLoss", { p, l throws(MetricError) in _ = try brierLoss(probabilities: p, labels: l) }),
        ("logLoss", { p, l throws(MetricError) in _ = try logLoss(probabilities: p, labels: l) }),
        ("calibrationCurve", { p, l throws(MetricError) in _ = try calibrationCurve(probabilities: p, labels: l) }),
        ("CalibrationTable", { p, l throws(MetricError) in _ = try CalibrationTable(probabilities: p, labels: l) }),
    ]
    static let threshold: [(String, @Sendable ([Double], [Bool]) throws(MetricError) -> Void)] = [
        ("ConfusionCounts", { s, l throws(MetricError) in _ = try ConfusionCounts(scores: s, labels: l, threshold: 0.5) }),
    ]
    static var all: [(String, @Sendable ([Double], [Bool]) throws(MetricError) -> Void)] { ranking + probability + threshold }

    /// The error `metric` throws on the inputs, or `nil`.
    func error(_ metric: @Sendable ([Double], [Bool]) throws(MetricError) -> Void, _ s: [Double], _ l: [Bool]) -> MetricError? {
        do throws(MetricError) {
            try metric(s, l)
            return nil
        } catch {
            return error
        }
    }

    @Test("lengths differ, no leads, a non-finite score: every metric")
    func commonChecks() {
        for (name, metric) in Self.all {
            #expect(error(metric, [0.1, 0.2, 0.3], [true, false]) == .lengthMismatch(scores: 3, labels: 2), "\(name)")
            #expect(error(metric, [], []) == .empty, "\(name)")
            #expect(error(metric, [0.1, .nan, .infinity], [true, false, true]) == .nonFiniteScore(index: 1), "\(name)")
            #expect(error(metric, [-.infinity, 0.5], [true, false]) == .nonFiniteScore(index: 0), "\(name)")
        }
    }

    @Test("one class alone: ranking metrics throw, probability and threshold metrics do not")
    func singleClass() {
        for (name, metric) in Self.ranking {
            #expect(error(metric, [0.1, 0.2, 0.3], [false, false, false]) == .singleClass(positives: 0, negatives: 3), "\(name)")
            #expect(error(metric, [0.1, 0.2], [true, true]) == .singleClass(positives: 2, negatives: 0), "\(name)")
        }
        for (name, metric) in Self.probability + Self.threshold {
            #expect(error(metric, [0.1, 0.2, 0.3], [false, false, false]) == nil, "\(name)")
        }
    }

    @Test("probabilities outside [0, 1]: probability metrics only")
    func outOfRange() {
        for (name, metric) in Self.probability {
            #expect(error(metric, [0.5, 1.2, -0.1], [true, false, true]) == .probabilityOutOfRange(index: 1), "\(name)")
            #expect(error(metric, [-0.0001], [true]) == .probabilityOutOfRange(index: 0), "\(name)")
            #expect(error(metric, [0, 1], [true, false]) == nil, "\(name)")
        }
        for (name, metric) in Self.ranking + Self.threshold {
            #expect(error(metric, [-3, 12], [true, false]) == nil, "\(name)")
        }
    }

    @Test("the checks run in a fixed order")
    func order() throws {
        // a length mismatch wins over everything; non-finite over range; range over a single class
        #expect(error(Self.probability[0].1, [.nan], []) == .lengthMismatch(scores: 1, labels: 0))
        #expect(throws: MetricError.nonFiniteScore(index: 1)) {
            try validateMetricInput(scores: [2, .nan], labels: [true, true], requiring: [.probabilities, .bothClasses])
        }
        #expect(throws: MetricError.probabilityOutOfRange(index: 0)) {
            try validateMetricInput(scores: [2, 0.5], labels: [true, true], requiring: [.probabilities, .bothClasses])
        }
        let counts = try validateMetricInput(scores: [2, 0.5, 1], labels: [true, false, true])
        #expect(counts == ClassCounts(positives: 2, negatives: 1))
        expectClose(counts.baseRate, 2.0 / 3.0, tolerance: 1e-15)
    }

    @Test("every error reads as a sentence with a hint")
    func descriptions() {
        let errors: [MetricError] = [
            .lengthMismatch(scores: 3, labels: 2), .empty, .nonFiniteScore(index: 4),
            .singleClass(positives: 0, negatives: 9), .probabilityOutOfRange(index: 2),
        ]
        for error in errors {
            #expect(!error.message.isEmpty && !error.hint.isEmpty)
            #expect(error.description == "\(error.message) (hint: \(error.hint))")
        }
        #expect(MetricError.lengthMismatch(scores: 3, labels: 2).description.contains("3 scores but 2 labels"))
        #expect(MetricError.nonFiniteScore(index: 4).description.contains("index 4"))
        #expect(MetricError.singleClass(positives: 0, negatives: 9).description.contains("0 converted, 9 not converted"))
    }
}
