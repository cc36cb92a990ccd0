import LeadBenchMetrics
import Testing

/// DeLong's variance of one AUC and the z-test of two AUCs on independent samples: hand-computed cases,
/// the O(m·n) reference of Scripts/golden/stats_golden.py, and agreement with DeLongTest's diagonal.
@Suite struct StatisticsDeLongVarianceTests {
    /// Positives 0.9, 0.6 and negatives 0.7, 0.1, 0.3: V10 = (1, 2/3), V01 = (1/2, 1, 1), so
    /// AUC = 5/6, S10 = 1/18, S01 = 1/12 and Var = S10/2 + S01/3 = 1/18.
    @Test func handComputedVariance() throws {
        let auc = try DeLongVariance(scores: [0.9, 0.6, 0.7, 0.1, 0.3], labels: [true, true, false, false, false])
        #expect(auc.positives == 2 && auc.negatives == 3)
        #expect(abs(auc.auc - 5.0 / 6) < 1e-15)
        #expect(abs(auc.variance - 1.0 / 18) < 1e-15)
        #expect(abs(auc.standardError - (1.0 / 18).squareRoot()) < 1e-15)
    }

    /// The second sample (positives 0.2, 0.5; negatives 0.4, 0.1, 0.3) has AUC 2/3 and variance 5/36, so
    /// z = (5/6 − 2/3)/√(1/18 + 5/36) = 1/√7 and p = 2·(1 − Φ(1/√7)) = 0.70545698611127….
    @Test func handComputedIndependentTest() throws {
        let first = try DeLongVariance(scores: [0.9, 0.6, 0.7, 0.1, 0.3], labels: [true, true, false, false, false])
        let second = try DeLongVariance(scores: [0.2, 0.5, 0.4, 0.1, 0.3], labels: [true, true, false, false, false])
        #expect(abs(second.auc - 2.0 / 3) < 1e-15)
        #expect(abs(second.variance - 5.0 / 36) < 1e-15)
        let test = try IndependentAUCTest(first, second)
        #expect(abs(test.difference - 1.0 / 6) < 1e-15)
        #expect(abs(test.z - 1 / (7.0).squareRoot()) < 1e-14)
        #expect(abs(test.pValue - 0.7054569861112734) < 1e-12)
        let critical = NormalDistribution.quantile(0.975)
        #expect(abs(test.differenceInterval.lower - (1.0 / 6 - critical * (7.0 / 36).squareRoot())) < 1e-14)
        let reversed = try IndependentAUCTest(second, first, confidence: 0.9)
        #expect(reversed.z == -test.z && reversed.pValue == test.pValue)
    }

    /// Each golden case's two models, as separate samples: the reference's S₁₁ and S₂₂, and bit for bit
    /// DeLongTest's diagonal.
    @Test func agreesWithTheReference() throws {
        let golden = try StatisticsGolden.shared.get()
        for c in golden.delong {
            let labels = c.labels.map { $0 == 1 }
            let first = try DeLongVariance(scores: c.first, labels: labels)
            let second = try DeLongVariance(scores: c.second, labels: labels)
            #expect(agrees(first.auc, c.aucFirst, within: 1e-12), "\(c.name)")
            #expect(agrees(first.variance, c.varianceFirst, within: 1e-12), "\(c.name)")
            #expect(agrees(second.variance, c.varianceSecond, within: 1e-12), "\(c.name)")
            let paired = try DeLongTest(first: c.first, second: c.second, labels: labels)
            #expect(first.variance == paired.firstVariance && second.variance == paired.secondVariance, "\(c.name)")
        }
    }

    @Test func equalAUCsWithoutVariance() throws {
        let perfect = try DeLongVariance(scores: [2, 3, 0, 1], labels: [true, true, false, false])
        #expect(perfect.auc == 1 && perfect.variance == 0)
        let test = try IndependentAUCTest(perfect, perfect)
        #expect(test.z == 0 && test.pValue == 1)
    }

    @Test func badInputThrows() {
        #expect(throws: StatisticsError.self) { try DeLongVariance(scores: [0.9, 0.1, 0.2], labels: [true, false, false]) }
        #expect(throws: StatisticsError.self) { try DeLongVariance(scores: [0.9, 0.1], labels: [true, true]) }
        #expect(throws: StatisticsError.self) { try DeLongVariance(scores: [], labels: []) }
        #expect(throws: StatisticsError.self) { try DeLongVariance(scores: [.nan, 0.1, 0.2, 0.3], labels: [true, true, false, false]) }
        #expect(throws: StatisticsError.self) { try DeLongVariance(scores: [0.1], labels: [true, false]) }
        do {
            _ = try DeLongVariance(scores: [0.9, 0.1, 0.2], labels: [true, false, false])
        } catch {
            #expect(error.kind == .insufficientData)
        }
    }
}
