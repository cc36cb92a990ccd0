@testable import LeadBenchMetrics
import Testing

@Suite struct StatisticsBinomialTests {
    /// scipy.stats.binom.cdf / pmf, p = ½ up to n = 100,000 and other p.
    @Test func matchesScipy() throws {
        var log = DeviationLog()
        for item in try StatisticsGolden.shared.get().binomial {
            let distribution = try BinomialDistribution(trials: item.n, successProbability: item.p)
            let cdf = distribution.cdf(item.k), pmf = distribution.pmf(item.k)
            log.record("cdf", cdf, item.cdf)
            log.record("cdf (relative)", cdf, item.cdf, relative: true)
            log.record("pmf (relative)", pmf, item.pmf, relative: true)
            #expect(abs(cdf - item.cdf) <= 1e-13, "cdf(\(item.k); \(item.n), \(item.p))")
            #expect(agreesRelatively(cdf, item.cdf, within: 1e-11), "cdf(\(item.k); \(item.n), \(item.p))")
            #expect(agreesRelatively(pmf, item.pmf, within: 1e-12), "pmf(\(item.k); \(item.n), \(item.p))")
        }
        log.report("binomial")
    }

    @Test func handComputedValues() throws {
        let twelve = try BinomialDistribution(trials: 12, successProbability: 0.5)
        #expect(abs(twelve.cdf(2) - 79.0 / 4096) < 1e-17)
        #expect(abs(twelve.pmf(6) - 924.0 / 4096) < 1e-16)
        #expect(twelve.cdf(-1) == 0)
        #expect(twelve.cdf(12) == 1)
        #expect(twelve.pmf(13) == 0)
        let total = (0...12).reduce(0.0) { $0 + twelve.pmf($1) }
        #expect(abs(total - 1) < 1e-15)
        let certain = try BinomialDistribution(trials: 5, successProbability: 1)
        #expect(certain.cdf(4) == 0)
        #expect(certain.pmf(5) == 1)
        let never = try BinomialDistribution(trials: 5, successProbability: 0)
        #expect(never.cdf(0) == 1)
        #expect(try BinomialDistribution(trials: 0, successProbability: 0.5).cdf(0) == 1)
    }

    /// The summed CDF equals the running sum of Loader masses on both branches (below and above the mean).
    @Test func cdfIsTheSumOfMasses() throws {
        for (n, p) in [(40, 0.5), (37, 0.2), (25, 0.93)] {
            let distribution = try BinomialDistribution(trials: n, successProbability: p)
            var running = 0.0
            for k in 0...n {
                running += distribution.pmf(k)
                #expect(abs(distribution.cdf(k) - running) < 1e-14, "n \(n) p \(p) k \(k)")
            }
        }
    }

    @Test func stirlingErrorTableMeetsTheSeries() {
        // Where the table ends (15) the five-term series already agrees to the last digits.
        let x = 15.0, xx = x * x
        let series = (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / 1188 / xx) / xx) / xx) / xx) / x
        #expect(abs(BinomialMass.stirlerr(15) - series) < 1e-15)
    }

    @Test func invalidParametersThrow() {
        #expect { try BinomialDistribution(trials: -1, successProbability: 0.5) } throws: {
            ($0 as? StatisticsError)?.kind == .invalidParameter
        }
        #expect { try BinomialDistribution(trials: 3, successProbability: 1.5) } throws: {
            ($0 as? StatisticsError)?.kind == .invalidParameter
        }
    }
}
