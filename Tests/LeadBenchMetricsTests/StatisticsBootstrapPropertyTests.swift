import Foundation
@testable import LeadBenchMetrics
import LeadBenchData
import Testing

@Suite struct StatisticsBootstrapPropertyTests {
    /// On random data, the percentile interval of a mean or an AUC contains the full-sample estimate.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func intervalContainsTheEstimate(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed &* 1_000_003)
        let count = 40 + Int(rng.next() % 160)
        var drawn: [(value: Double, score: Double, label: Bool)] = []
        for _ in 0..<count {
            let label = rng.nextUnit() < 0.25
            drawn.append((-2 * log(1 - rng.nextUnit()), (label ? 0.7 : 0) + rng.nextUnit(), label))  // skewed values
        }
        let values = drawn.map(\.value), scores = drawn.map(\.score), labels = drawn.map(\.label)
        guard labels.contains(true), labels.contains(false) else { return }
        let bootstrap = try Bootstrap(seed: seed, resamples: 400)
        let mean = try bootstrap.interval(try .simple(rowCount: count)) { rows in
            rows.reduce(0.0) { $0 + values[$1] } / Double(rows.count)
        }
        #expect(mean.contains(mean.estimate), "\(mean)")
        #expect(mean.lower < mean.upper)
        let auc = try bootstrap.interval(try .stratified(outcomes: labels)) { rows in
            StatisticsAUC.auc(scores: scores, labels: labels, rows: rows)
        }
        #expect(auc.contains(auc.estimate), "\(auc)")
        #expect(auc.skipped == 0)
        #expect(auc.lower >= 0 && auc.upper <= 1)
    }

    /// 200 seeded replications: the 95 % interval of a normal sample's mean (n = 30) covers the true
    /// mean about 95 % of the time (the percentile interval runs a little narrow at this n; the binomial
    /// standard error of the coverage is 1.5 points).
    @Test func coverageOfTheMeanIsNearNominal() throws {
        let trueMean = 3.0
        var rng = SplitMix64(seed: 20_250_612)
        var covered = 0
        let replications = 200
        for replication in 0..<replications {
            let sample = (0..<30).map { _ in trueMean + 2 * Self.standardNormal(&rng) }
            let interval = try Bootstrap(seed: UInt64(replication), resamples: 300)
                .interval(try .simple(rowCount: sample.count)) { rows in
                    rows.reduce(0.0) { $0 + sample[$1] } / Double(rows.count)
                }
            if interval.contains(trueMean) { covered += 1 }
        }
        let coverage = Double(covered) / Double(replications)
        #expect(coverage >= 0.89 && coverage <= 0.99, "coverage \(coverage)")
    }

    static func standardNormal(_ rng: inout SplitMix64) -> Double {
        let u = 1 - rng.nextUnit(), v = rng.nextUnit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
