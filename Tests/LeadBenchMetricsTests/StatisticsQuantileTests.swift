import LeadBenchMetrics
import Testing

@Suite struct StatisticsQuantileTests {
    @Test func goldenFileRecordsItsVersions() throws {
        let golden = try StatisticsGolden.shared.get()
        #expect(golden.versions["numpy"] == "2.4.6")
        #expect(golden.versions["scipy"] == "1.17.1")
        #expect(golden.versions["statsmodels"] == "0.15.0")
    }

    /// numpy.quantile(method="linear") on samples with ties, one value, all equal and a wide range.
    @Test func matchesNumpy() throws {
        let golden = try StatisticsGolden.shared.get()
        var log = DeviationLog()
        for sample in golden.quantile {
            for (level, expected) in zip(sample.levels, sample.quantiles) {
                let actual = quantile(sample.sorted, level)
                log.record("quantile", actual, expected, relative: true)
                #expect(agreesRelatively(actual, expected, within: 1e-12), "\(sample.name) at \(level)")
            }
            let summary = try SampleSummary(sample.sorted.reversed())
            let expected = sample.summary
            #expect(summary.count == expected.count)
            let pairs = [
                (summary.mean, expected.mean), (summary.minimum, expected.minimum),
                (summary.lowerQuartile, expected.lowerQuartile), (summary.median, expected.median),
                (summary.upperQuartile, expected.upperQuartile), (summary.p90, expected.p90),
                (summary.maximum, expected.maximum),
            ]
            for (actual, value) in pairs {
                log.record("summary", actual, value, relative: true)
                #expect(agreesRelatively(actual, value, within: 1e-12), "\(sample.name)")
            }
        }
        log.report("quantile")
    }

    @Test func handComputedValues() throws {
        #expect(quantile([1, 2, 3, 4], 0.5) == 2.5)
        #expect(abs(quantile([1, 2, 3, 4], 0.9) - 3.7) < 1e-15)
        #expect(quantile([1, 2, 3, 4], 0) == 1)
        #expect(quantile([1, 2, 3, 4], 1) == 4)
        #expect(quantile([5], 0.3) == 5)
        let cycle = try SampleSummary([90, 12, 45, 30, 31])
        #expect(cycle.median == 31)
        #expect(cycle.lowerQuartile == 30)
        #expect(cycle.upperQuartile == 45)
        #expect(cycle.p90 == 72)
        #expect(cycle.interquartileRange == 15)
        #expect(try quantiles(of: [3, 1, 2], at: [0, 0.5, 1]) == [1, 2, 3])
    }

    @Test func unusableInputGivesNaNOrTypedErrors() {
        #expect(quantile([], 0.5).isNaN)
        #expect(quantile([1, 2], 1.5).isNaN)
        #expect(quantile([1, 2], -0.1).isNaN)
        #expect(quantile([1, 2], .nan).isNaN)
        #expect(throws: StatisticsError.self) { try SampleSummary([]) }
        #expect { try SampleSummary([1, .nan]) } throws: { ($0 as? StatisticsError)?.kind == .nonFiniteValue }
        #expect { try quantiles(of: [1], at: [2]) } throws: { ($0 as? StatisticsError)?.kind == .invalidParameter }
        #expect { try quantiles(of: [], at: [0.5]) } throws: { ($0 as? StatisticsError)?.kind == .emptySample }
    }
}
