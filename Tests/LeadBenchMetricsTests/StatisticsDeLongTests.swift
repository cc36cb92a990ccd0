@testable import LeadBenchMetrics
import LeadBenchData
import Testing

@Suite struct StatisticsDeLongTests {
    /// Against the O(m·n) reference of Scripts/golden/stats_golden.py (classic DeLong 1988, ½ tie kernel):
    /// heavy ties, rare positives, nearly identical models, tiny samples.
    @Test func matchesTheReference() throws {
        var log = DeviationLog()
        for item in try StatisticsGolden.shared.get().delong {
            let test = try DeLongTest(
                first: item.first, second: item.second, labels: item.labels.map { $0 == 1 }, confidence: item.confidence)
            let pairs: [(String, Double, Double)] = [
                ("auc", test.firstAUC, item.aucFirst), ("auc", test.secondAUC, item.aucSecond),
                ("difference", test.difference, item.difference),
                ("variance", test.firstVariance, item.varianceFirst), ("variance", test.secondVariance, item.varianceSecond),
                ("covariance", test.covariance, item.covariance),
                ("standard error", test.standardError, item.standardError), ("z", test.z, item.z),
                ("p", test.pValue, item.pvalue),
                ("interval", test.differenceInterval.lower, item.lower),
                ("interval", test.differenceInterval.upper, item.upper),
            ]
            for (name, actual, expected) in pairs {
                log.record(name, actual, expected)
                #expect(agrees(actual, expected, within: 1e-9), "\(item.name): \(name) \(actual) vs \(expected)")
            }
            #expect(test.positives + test.negatives == item.labels.count)
        }
        log.report("delong")
    }

    /// m = n = 2 by hand. Model 1: positives (3, 1), negatives (2, 0): V10 = (1, ½), V01 = (½, 1).
    /// Model 2: positives (2, 2), negatives (1, 2): V10 = (¾, ¾), V01 = (1, ½). Both AUCs ¾;
    /// S₁₁ = ⅛/2 + ⅛/2, S₂₂ = 0 + ⅛/2, S₁₂ = 0 − ⅛/2, so Var = ⅛ + 1/16 + ⅛ = 5/16.
    @Test func handComputedTwoByTwo() throws {
        let test = try DeLongTest(first: [3, 1, 2, 0], second: [2, 2, 1, 2], labels: [true, true, false, false])
        #expect(test.firstAUC == 0.75)
        #expect(test.secondAUC == 0.75)
        #expect(test.firstVariance == 0.125)
        #expect(test.secondVariance == 0.0625)
        #expect(test.covariance == -0.0625)
        #expect(test.standardError == (5.0 / 16).squareRoot())
        #expect(test.z == 0)
        #expect(test.pValue == 1)
    }

    @Test func identicalModelsAndSwappedOrder() throws {
        let data = Self.randomScores(count: 300, seed: 3)
        let same = try DeLongTest(first: data.first, second: data.first, labels: data.labels)
        #expect(same.difference == 0)
        #expect(same.standardError == 0)
        #expect(same.z == 0)
        #expect(same.pValue == 1)
        let forward = try DeLongTest(first: data.first, second: data.second, labels: data.labels)
        let backward = try DeLongTest(first: data.second, second: data.first, labels: data.labels)
        #expect(forward.difference == -backward.difference)
        #expect(abs(forward.z + backward.z) < 1e-12)
        #expect(abs(forward.pValue - backward.pValue) < 1e-12)
        #expect(forward.differenceInterval.contains(forward.difference))
    }

    /// A perfect model against its mirror: both variances vanish, the difference is 1, z = +∞, p = 0.
    @Test func perfectSeparationHasZeroVariance() throws {
        let labels = [true, true, false, false, false]
        let perfect = [0.9, 0.8, 0.3, 0.2, 0.1]
        let test = try DeLongTest(first: perfect, second: perfect.map { -$0 }, labels: labels)
        #expect(test.difference == 1)
        #expect(test.standardError == 0)
        #expect(test.z == .infinity)
        #expect(test.pValue == 0)
    }

    /// The midrank AUC equals the pair count with ½ for ties, on resampled rows too.
    @Test func rankAUCMatchesPairCounting() throws {
        let data = Self.randomScores(count: 120, seed: 9, rounding: 4)
        let rows = Array(0..<120).map { ($0 * 37) % 120 } + [5, 5, 7]
        let expected = Self.pairCountAUC(data.first, data.labels, rows)
        let actual = try #require(StatisticsAUC.auc(scores: data.first, labels: data.labels, rows: rows))
        #expect(abs(actual - expected) < 1e-14)
        #expect(StatisticsAUC.midranks([2, 1, 2, 3, 1]) == [3.5, 1.5, 3.5, 5, 1.5])
        #expect(StatisticsAUC.auc(scores: [1, 2], labels: [true, true]) == nil)
    }

    @Test func badInputThrows() {
        let kind = { (error: any Error) in (error as? StatisticsError)?.kind }
        #expect { try DeLongTest(first: [1, 2, 3], second: [1, 2], labels: [true, false, true]) } throws: {
            kind($0) == .mismatchedLengths
        }
        #expect { try DeLongTest(first: [], second: [], labels: []) } throws: { kind($0) == .emptySample }
        #expect { try DeLongTest(first: [1, 2, 3], second: [1, 2, 3], labels: [true, true, true]) } throws: {
            kind($0) == .singleClass
        }
        #expect { try DeLongTest(first: [1, 2, 3], second: [1, 2, 3], labels: [true, false, false]) } throws: {
            kind($0) == .insufficientData
        }
        #expect { try DeLongTest(first: [1, .nan, 3, 4], second: [1, 2, 3, 4], labels: [true, false, true, false]) } throws: {
            kind($0) == .nonFiniteValue
        }
        #expect {
            try DeLongTest(first: [1, 2, 3, 4], second: [1, 2, 3, 4], labels: [true, false, true, false], confidence: 95)
        } throws: { kind($0) == .invalidParameter }
    }

    static func randomScores(count: Int, seed: UInt64, rounding: Double? = nil)
        -> (first: [Double], second: [Double], labels: [Bool])
    {
        var rng = SplitMix64(seed: seed)
        var first: [Double] = [], second: [Double] = [], labels: [Bool] = []
        for _ in 0..<count {
            let label = rng.nextUnit() < 0.3
            let latent = (label ? 0.8 : 0) + rng.nextUnit()
            let a = latent + 0.5 * rng.nextUnit(), b = latent + 0.9 * rng.nextUnit()
            let scale = rounding.map { Double(Int(1) << Int($0)) }
            first.append(scale.map { (a * $0).rounded() / $0 } ?? a)
            second.append(scale.map { (b * $0).rounded() / $0 } ?? b)
            labels.append(label)
        }
        return (first, second, labels)
    }

    static func pairCountAUC(_ scores: [Double], _ labels: [Bool], _ rows: [Int]) -> Double {
        let positives = rows.filter { labels[$0] }.map { scores[$0] }
        let negatives = rows.filter { !labels[$0] }.map { scores[$0] }
        var total = 0.0
        for x in positives {
            for y in negatives { total += x > y ? 1 : (x == y ? 0.5 : 0) }
        }
        return total / Double(positives.count * negatives.count)
    }
}
