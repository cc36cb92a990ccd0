import LeadBenchAB
import LeadBenchMetrics
import Testing

@Suite struct DistributionTests {
    /// scipy.special.betainc, from Beta(1, 1) to a million pseudo-counts.
    @Test func betaCDFMatchesScipy() throws {
        var log = DeviationLog()
        for item in try ABGolden.shared.get().incompleteBeta {
            let value = try BetaDistribution(alpha: item.a, beta: item.b).cdf(item.x)
            log.record("cdf", value, item.value)
            log.record("cdf relative", value, item.value, relative: true)
            // Relative where the value is tiny.
            #expect(abs(value - item.value) <= 1e-13 || agreesRelatively(value, item.value, within: 1e-12), "\(item)")
        }
        log.report("incompleteBeta")
    }

    /// For integer parameters, I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a): the repository's binomial CDF.
    @Test(arguments: [(1, 1), (3, 8), (46, 76), (501, 9501), (12, 2)])
    func betaCDFMatchesTheBinomialTail(a: Int, b: Int) throws {
        let beta = try BetaDistribution(alpha: Double(a), beta: Double(b))
        for x in stride(from: 0.01, through: 0.99, by: 0.049) {
            let binomial = try BinomialDistribution(trials: a + b - 1, successProbability: x)
            let tail = 1 - binomial.cdf(a - 1)
            #expect(abs(beta.cdf(x) - tail) <= 1e-12, "I_\(x)(\(a), \(b))")
        }
    }

    @Test func betaDensityIntegratesToOne() throws {
        for (a, b) in [(1.0, 1.0), (2.0, 9.0), (46.0, 76.0), (0.5, 0.5)] {
            let beta = try BetaDistribution(alpha: a, beta: b)
            // The midpoint rule against the CDF, over [0.2, 0.6].
            let steps = 20_000
            let width = 0.4 / Double(steps)
            let area = (0..<steps).reduce(0.0) { $0 + beta.density(0.2 + (Double($1) + 0.5) * width) * width }
            #expect(abs(area - (beta.cdf(0.6) - beta.cdf(0.2))) < 1e-8, "Beta(\(a), \(b))")
        }
        let uniform = try BetaDistribution(alpha: 1, beta: 1)
        #expect(uniform.density(0) == 1)
        #expect(uniform.density(1) == 1)
        #expect(uniform.density(-0.1) == 0)
        #expect(try BetaDistribution(alpha: 1, beta: 151).density(0) == 151)
        #expect(try BetaDistribution(alpha: 2, beta: 3).density(1) == 0)
        #expect(try BetaDistribution(alpha: 0.5, beta: 3).density(0) == .infinity)
    }

    /// scipy.stats.chi2.sf, including p-values far in the tail.
    @Test func chiSquareSurvivalMatchesScipy() throws {
        var log = DeviationLog()
        for item in try ABGolden.shared.get().chiSquare {
            let value = ChiSquareDistribution.survival(item.x, degreesOfFreedom: item.df)
            log.record("sf", value, item.sf)
            log.record("sf relative", value, item.sf, relative: true)
            #expect(abs(value - item.sf) <= 1e-14 || agreesRelatively(value, item.sf, within: 1e-12), "\(item)")
        }
        log.report("chiSquare")
    }

    /// With one degree of freedom, χ² = Z²: P(χ²₁ > z²) is the two-sided normal p-value.
    @Test func chiSquareWithOneDegreeIsTheSquaredNormal() {
        for z in stride(from: 0.05, through: 8, by: 0.37) {
            let chi = ChiSquareDistribution.survival(z * z, degreesOfFreedom: 1)
            #expect(agreesRelatively(chi, NormalDistribution.twoSidedPValue(z), within: 1e-12), "z = \(z)")
        }
        #expect(ChiSquareDistribution.survival(0, degreesOfFreedom: 3) == 1)
        #expect(ChiSquareDistribution.survival(1, degreesOfFreedom: 0).isNaN)
    }

    @Test func badParametersThrow() {
        #expect(throws: ABError.invalidParameter(name: "alpha", value: "0.0", expected: "positive and finite")) {
            try BetaDistribution(alpha: 0, beta: 1)
        }
        #expect(throws: ABError.self) { try BetaDistribution(alpha: 1, beta: -.infinity) }
        #expect(throws: ABError.self) { try BetaPrior(alpha: .nan, beta: 1) }
        #expect(throws: ABError.self) { try BetaPrior(alpha: 1, beta: 0.5) }  // unbounded posterior densities
        #expect(throws: Never.self) { try BetaPrior(alpha: 5, beta: 95) }
    }
}
