import Foundation
import LeadBenchMetrics
import Testing

/// Properties every registered metric must have (see ``RegisteredMetric``).
@Suite("Invariances over the metric registry")
struct InvarianceTests {
    static func inputs(seed: UInt64) -> (scores: [Double], labels: [Bool]) {
        var inputs = SeededInputs(seed: seed)
        return inputs.scoresAndLabels(count: 613, decimals: 2, positiveRate: 0.15)
    }

    @Test("the order of the leads never matters", arguments: RegisteredMetric.all)
    func orderInvariance(metric: RegisteredMetric) throws {
        let (scores, labels) = Self.inputs(seed: 21)
        let expected = try metric.evaluate(scores, labels)
        var shuffler = SeededInputs(seed: 99)
        for _ in 0..<10 {
            let order = shuffler.permutation(scores.count)
            let actual = try metric.evaluate(permuted(scores, by: order), permuted(labels, by: order))
            // sums taken in input order (losses, calibration means) may differ in the last bits
            expectClose(actual, expected, tolerance: 1e-12, metric.name)
        }
    }

    /// Strictly increasing maps that keep distinct scores (on a 0.01 grid in [0, 1]) distinct.
    static let transforms: [(String, @Sendable (Double) -> Double)] = [
        ("3x − 7", { 3 * $0 - 7 }), ("exp", { exp($0) }), ("x³ + x", { $0 * $0 * $0 + $0 }),
        ("logit", { log(($0 + 0.001) / (1.001 - $0)) }), ("x / 1000", { $0 / 1000 }),
    ]

    @Test("ranking metrics ignore strictly increasing transforms of the scores", arguments: RegisteredMetric.ranking)
    func monotoneInvariance(metric: RegisteredMetric) throws {
        let (scores, labels) = Self.inputs(seed: 22)
        let expected = try metric.evaluate(scores, labels)
        for (name, transform) in Self.transforms {
            let transformed = scores.map(transform)
            #expect(Set(transformed).count == Set(scores).count, "\(name) keeps distinct scores distinct")
            expectClose(try metric.evaluate(transformed, labels), expected, tolerance: 1e-12, "\(metric.name) under \(name)")
        }
    }

    @Test("AUC(−s) = 1 − AUC(s), and KS is symmetric", arguments: [31, 32, 33] as [UInt64])
    func negation(seed: UInt64) throws {
        let (scores, labels) = Self.inputs(seed: seed)
        let negated = scores.map { -$0 }
        expectClose(try rocAUCScore(scores: negated, labels: labels), 1 - (try rocAUCScore(scores: scores, labels: labels)),
                    tolerance: 1e-12)
        expectClose(try ksStatistic(scores: negated, labels: labels), try ksStatistic(scores: scores, labels: labels),
                    tolerance: 1e-12)
    }

    @Test("the registry covers every kind of metric")
    func coverage() {
        #expect(RegisteredMetric.all.count == 14)
        #expect(Set(RegisteredMetric.all.map(\.name)).count == RegisteredMetric.all.count)
    }
}
