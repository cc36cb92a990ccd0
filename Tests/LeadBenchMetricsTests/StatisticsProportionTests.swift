import LeadBenchMetrics
import Testing

@Suite struct StatisticsProportionTests {
    /// statsmodels' proportions_ztest([x₁, x₂], [n₁, n₂]) (pooled, two-sided).
    @Test func zTestMatchesStatsmodels() throws {
        var log = DeviationLog()
        for item in try StatisticsGolden.shared.get().twoProportionZtest {
            let test = TwoProportionZTest(
                try Proportion(successes: item.count1, trials: item.nobs1),
                try Proportion(successes: item.count2, trials: item.nobs2))
            log.record("z", test.z, item.z, relative: true)
            log.record("p", test.pValue, item.pvalue)
            #expect(agrees(test.z, item.z, within: 1e-12), "\(item)")
            #expect(abs(test.pValue - item.pvalue) <= 1e-12, "\(item)")
        }
        log.report("ztest")
    }

    /// statsmodels' proportion_confint(method="wilson") at α = 0.05, 0.10, 0.01, including 0/n and n/n.
    @Test func wilsonMatchesStatsmodels() throws {
        var log = DeviationLog()
        for item in try StatisticsGolden.shared.get().wilson {
            let interval = try wilsonInterval(
                try Proportion(successes: item.count, trials: item.nobs), confidence: 1 - item.alpha)
            log.record("bounds", interval.lower, item.lower)
            log.record("bounds", interval.upper, item.upper)
            #expect(abs(interval.lower - item.lower) <= 1e-12, "\(item)")
            #expect(abs(interval.upper - item.upper) <= 1e-12, "\(item)")
            #expect(interval.contains(interval.estimate))
        }
        log.report("wilson")
    }

    /// statsmodels' confint_proportions_2indep(compare="diff", method="newcomb").
    @Test func newcombeMatchesStatsmodels() throws {
        var log = DeviationLog()
        for item in try StatisticsGolden.shared.get().newcombe {
            let interval = try newcombeInterval(
                try Proportion(successes: item.count1, trials: item.nobs1),
                try Proportion(successes: item.count2, trials: item.nobs2), confidence: 1 - item.alpha)
            log.record("bounds", interval.lower, item.lower)
            log.record("bounds", interval.upper, item.upper)
            #expect(abs(interval.lower - item.lower) <= 1e-12, "\(item)")
            #expect(abs(interval.upper - item.upper) <= 1e-12, "\(item)")
        }
        log.report("newcombe")
    }

    @Test func handComputedValues() throws {
        // 5/10 at 95 %: centre ½, half-width z·√(1/40 + z²/400)/(1 + z²/10).
        let z = 1.959963984540054
        let half = z * (0.025 + z * z / 400).squareRoot() / (1 + z * z / 10)
        let interval = try wilsonInterval(try Proportion(successes: 5, trials: 10))
        #expect(abs(interval.lower - (0.5 - half)) < 1e-15)
        #expect(abs(interval.upper - (0.5 + half)) < 1e-15)
        // Equal rates: z = 0, p = 1; all-success groups: zero pooled variance, reported as no difference.
        let same = TwoProportionZTest(try Proportion(successes: 3, trials: 10), try Proportion(successes: 6, trials: 20))
        #expect(same.z == 0)
        #expect(same.pValue == 1)
        let full = TwoProportionZTest(try Proportion(successes: 4, trials: 4), try Proportion(successes: 9, trials: 9))
        #expect(full.standardError == 0)
        #expect(full.z == 0)
        #expect(full.pValue == 1)
    }

    @Test func badInputThrows() throws {
        #expect { try Proportion(successes: 3, trials: 0) } throws: { ($0 as? StatisticsError)?.kind == .emptySample }
        #expect { try Proportion(successes: 5, trials: 4) } throws: { ($0 as? StatisticsError)?.kind == .invalidParameter }
        #expect { try Proportion(successes: -1, trials: 4) } throws: { ($0 as? StatisticsError)?.kind == .invalidParameter }
        let half = try Proportion(successes: 1, trials: 2)
        #expect { try wilsonInterval(half, confidence: 1) } throws: { ($0 as? StatisticsError)?.kind == .invalidParameter }
        #expect { try newcombeInterval(half, half, confidence: 0) } throws: {
            ($0 as? StatisticsError)?.kind == .invalidParameter
        }
    }
}
