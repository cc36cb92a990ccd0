import LeadBenchMetrics
import Testing

@Suite struct StatisticsNormalTests {
    /// scipy.stats.norm.cdf / sf / ppf, from the far lower tail (1e−300) to 1 − 1e−15.
    @Test func matchesScipy() throws {
        let normal = try StatisticsGolden.shared.get().normal
        var log = DeviationLog()
        for (index, x) in normal.points.enumerated() {
            let cdf = NormalDistribution.cdf(x), survival = NormalDistribution.survival(x)
            log.record("cdf", cdf, normal.cdf[index])
            log.record("sf", survival, normal.sf[index])
            #expect(abs(cdf - normal.cdf[index]) <= 1e-15, "cdf(\(x))")
            #expect(abs(survival - normal.sf[index]) <= 1e-15, "sf(\(x))")
            // Both tails keep their relative precision (p-values of 1e−20 and below). scipy's ndtr
            // flushes Φ(−38) ≈ 2.9e−316 to 0; erfc keeps it (see edgesAreInfiniteOrNaN).
            guard normal.cdf[index] >= Double.leastNormalMagnitude else { continue }
            log.record("cdf, sf (relative)", cdf, normal.cdf[index], relative: true)
            log.record("cdf, sf (relative)", survival, normal.sf[index], relative: true)
            #expect(agreesRelatively(cdf, normal.cdf[index], within: 1e-13), "cdf(\(x))")
            #expect(agreesRelatively(survival, normal.sf[index], within: 1e-13), "sf(\(x))")
        }
        for (index, p) in normal.probabilities.enumerated() {
            let x = NormalDistribution.quantile(p)
            log.record("ppf (relative)", x, normal.ppf[index], relative: true)
            #expect(agreesRelatively(x, normal.ppf[index], within: 1e-13), "ppf(\(p)) = \(x), scipy \(normal.ppf[index])")
        }
        log.report("normal")
    }

    @Test func knownValuesAndSymmetry() {
        #expect(NormalDistribution.cdf(0) == 0.5)
        #expect(NormalDistribution.quantile(0.5) == 0)
        #expect(abs(NormalDistribution.quantile(0.975) - 1.959963984540054) < 1e-15)
        #expect(NormalDistribution.twoSidedPValue(0) == 1)
        #expect(abs(NormalDistribution.twoSidedPValue(-1.959963984540054) - 0.05) < 1e-15)
        for p in stride(from: 0.001, to: 0.5, by: 0.0123) {
            #expect(NormalDistribution.quantile(1 - p) == -NormalDistribution.quantile(1 - (1 - p)))
            #expect(agreesRelatively(NormalDistribution.cdf(NormalDistribution.quantile(p)), p, within: 1e-14))
        }
        #expect(abs(NormalDistribution.density(0) - 0.3989422804014327) < 1e-16)
    }

    @Test func edgesAreInfiniteOrNaN() {
        #expect(NormalDistribution.quantile(0) == -.infinity)
        #expect(NormalDistribution.quantile(1) == .infinity)
        #expect(NormalDistribution.quantile(-0.1).isNaN)
        #expect(NormalDistribution.quantile(1.1).isNaN)
        #expect(NormalDistribution.quantile(.nan).isNaN)
        #expect(NormalDistribution.quantile(Double.leastNonzeroMagnitude).isFinite)
        // Φ(−38) = 2.885428351e−316 (subnormal, ~8 digits): erfc keeps it where scipy's ndtr returns 0.
        #expect(abs(NormalDistribution.cdf(-38) * 1e300 - 2.885428351e-16) < 1e-23)
        #expect(NormalDistribution.cdf(-.infinity) == 0)
        #expect(NormalDistribution.cdf(.infinity) == 1)
        #expect(NormalDistribution.twoSidedPValue(.infinity) == 0)
    }
}
