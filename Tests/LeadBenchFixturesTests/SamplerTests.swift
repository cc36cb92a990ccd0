@testable import LeadBenchFixtures
import Testing

/// Moments of the samplers over 100,000 draws. Tolerances are about five standard errors, so a correct
/// sampler fails with negligible probability (and the seeds are fixed anyway).
@Suite("Samplers")
struct SamplerTests {
    static let draws = 100_000

    func moments(_ draw: () -> Double) -> (mean: Double, variance: Double) {
        var sum = 0.0, sumSquares = 0.0
        for _ in 0..<Self.draws {
            let x = draw()
            sum += x
            sumSquares += x * x
        }
        let mean = sum / Double(Self.draws)
        return (mean, (sumSquares - Double(Self.draws) * mean * mean) / Double(Self.draws - 1))
    }

    @Test("normal: mean 0, variance 1")
    func standardNormal() {
        var random = Sampler(seed: 1)
        let (mean, variance) = moments { random.normal() }
        #expect(abs(mean) < 0.016, "mean \(mean)")  // SE 0.0032
        #expect(abs(variance - 1) < 0.025, "variance \(variance)")  // SE 0.0045
    }

    @Test("normal with parameters: mean 3, standard deviation 0.5")
    func scaledNormal() {
        var random = Sampler(seed: 2)
        let (mean, variance) = moments { random.normal(mean: 3, standardDeviation: 0.5) }
        #expect(abs(mean - 3) < 0.008, "mean \(mean)")
        #expect(abs(variance - 0.25) < 0.006, "variance \(variance)")
    }

    @Test("Poisson: mean and variance equal the rate", arguments: [0.3, 3.5, 9.9, 10.0, 40.0, 250.0])
    func poisson(rate: Double) {
        var random = Sampler(seed: 3)
        let (mean, variance) = moments { Double(random.poisson(mean: rate)) }
        let meanSE = (rate / Double(Self.draws)).squareRoot()
        let varianceSE = ((rate + 2 * rate * rate) / Double(Self.draws)).squareRoot()
        #expect(abs(mean - rate) < 5 * meanSE, "mean \(mean) for rate \(rate)")
        #expect(abs(variance - rate) < 5 * varianceSE, "variance \(variance) for rate \(rate)")
    }

    @Test("Poisson with rate 0 is always 0")
    func poissonZero() {
        var random = Sampler(seed: 4)
        #expect((0..<1_000).allSatisfy { _ in random.poisson(mean: 0) == 0 })
    }

    @Test("gamma: mean shape·scale, variance shape·scale²", arguments: [(2.0, 0.5), (0.5, 2.0), (7.5, 1.0)])
    func gamma(shape: Double, scale: Double) {
        var random = Sampler(seed: 5)
        let (mean, variance) = moments { random.gamma(shape: shape, scale: scale) }
        let expectedMean = shape * scale, expectedVariance = shape * scale * scale
        #expect(abs(mean - expectedMean) < 0.02 * expectedMean + 0.005, "mean \(mean)")
        #expect(abs(variance - expectedVariance) < 0.06 * expectedVariance, "variance \(variance)")
    }

    @Test("lognormal: the median is the median; exponential: the mean is the mean")
    func logNormalAndExponential() {
        var random = Sampler(seed: 6)
        let below = (0..<Self.draws).filter { _ in random.logNormal(median: 35, sigma: 0.6) < 35 }.count
        #expect(abs(Double(below) / Double(Self.draws) - 0.5) < 0.008)
        let (mean, variance) = moments { random.exponential(mean: 40) }
        #expect(abs(mean - 40) < 0.7, "mean \(mean)")
        #expect(abs(variance - 1_600) < 80, "variance \(variance)")
    }

    @Test("the same seed gives the same draws; a different seed different ones")
    func seeded() {
        var a = Sampler(seed: 9), b = Sampler(seed: 9), c = Sampler(seed: 10)
        let first = (0..<100).map { _ in a.normal() + Double(a.poisson(mean: 12)) }
        let second = (0..<100).map { _ in b.normal() + Double(b.poisson(mean: 12)) }
        let third = (0..<100).map { _ in c.normal() + Double(c.poisson(mean: 12)) }
        #expect(first == second)
        #expect(first != third)
    }
}
