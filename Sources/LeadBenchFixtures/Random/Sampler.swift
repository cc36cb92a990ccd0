#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LeadBenchData

/// The fixture generator's source of randomness: `SplitMix64` plus the handful of distributions the
/// generative process draws from, written out here so that the same seed gives the same numbers on every
/// run and toolchain.
///
/// Every draw starts from ``SplitMix64/nextUnit()``; nothing goes through `Double.random(in:using:)`, whose
/// algorithm the standard library does not promise to keep. On top, only `sqrt` (exact) and the C
/// library's `log`, `log10`, `exp`, `sin`, `cos`, `pow`, `log1p`, `expm1` and `lgamma` are used; those are
/// faithfully rounded on glibc and Darwin but not promised bit-identical between them, so a draw could in
/// rare cases differ across platforms. On one platform the output is always reproducible.
///
///     var random = Sampler(seed: 42)
///     let intent = random.normal(mean: 0, standardDeviation: 0.7)
///     let visits = random.poisson(mean: 3.5)
struct Sampler {
    private var generator: SplitMix64
    /// The second normal deviate of the last Box–Muller pair, used by the next call to ``normal()``.
    private var spareNormal: Double?

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    /// A uniform double in `[0, 1)`.
    @inline(__always)
    mutating func unit() -> Double { generator.nextUnit() }

    /// A uniform double in `(0, 1]`: safe to take the logarithm of.
    @inline(__always)
    mutating func positiveUnit() -> Double { 1 - generator.nextUnit() }

    /// `true` with probability `p`.
    @inline(__always)
    mutating func bernoulli(_ p: Double) -> Bool { unit() < p }

    /// A uniform integer in `0..<bound`.
    @inline(__always)
    mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "A uniform index needs a positive bound.")
        return min(Int(unit() * Double(bound)), bound - 1)
    }

    /// A standard normal deviate, by the Box–Muller transform: each pair of uniforms gives two
    /// independent deviates, `√(−2 ln u₁)·cos(2πu₂)` and `√(−2 ln u₁)·sin(2πu₂)`.
    ///
    /// ## References
    /// G. E. P. Box, M. E. Muller, "A note on the generation of random normal deviates",
    /// *Annals of Mathematical Statistics* 29(2), 1958. doi:10.1214/aoms/1177706645
    mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let radius = (-2 * log(positiveUnit())).squareRoot()
        let angle = 2 * Double.pi * unit()
        spareNormal = radius * sin(angle)
        return radius * cos(angle)
    }

    /// A normal deviate with the given mean and standard deviation.
    mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * normal()
    }

    /// A lognormal deviate: `median · exp(σ·N(0, 1))`.
    mutating func logNormal(median: Double, sigma: Double) -> Double {
        median * exp(sigma * normal())
    }

    /// An exponential deviate with the given mean, by inversion.
    mutating func exponential(mean: Double) -> Double {
        -mean * log(positiveUnit())
    }

    /// A Poisson deviate with the given mean.
    ///
    /// Below a mean of 10, sequential inversion (Devroye's "inversion by sequential search", X.3.3);
    /// from 10 on, Hörmann's transformed rejection with squeeze (PTRS), whose cost does not grow with the
    /// mean.
    ///
    /// ## References
    /// W. Hörmann, "The transformed rejection method for generating Poisson random variables",
    /// *Insurance: Mathematics and Economics* 12(1), 1993. doi:10.1016/0167-6687(93)90997-4
    /// L. Devroye, *Non-Uniform Random Variate Generation*, Springer 1986, §X.3.
    mutating func poisson(mean: Double) -> Int {
        precondition(mean >= 0 && mean.isFinite, "A Poisson mean must be finite and non-negative.")
        if mean == 0 { return 0 }
        if mean < 10 {
            var k = 0
            var probability = exp(-mean)
            var cumulative = probability
            let u = unit()
            while u > cumulative {
                k += 1
                probability *= mean / Double(k)
                cumulative += probability
                if probability == 0 { break }  // u fell in the rounding gap above the summed mass
            }
            return k
        }
        let logMean = log(mean)
        let b = 0.931 + 2.53 * mean.squareRoot()
        let a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = unit() - 0.5
            let v = unit()
            let us = 0.5 - abs(u)
            let k = floor((2 * a / us + b) * u + mean + 0.43)
            if us >= 0.07 && v <= vr { return Int(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            let lhs = log(v * inverseAlpha / (a / (us * us) + b))
            let rhs = -mean + k * logMean - lgamma(k + 1)
            if lhs <= rhs { return Int(k) }
        }
    }

    /// A gamma deviate with the given shape and scale (mean `shape·scale`, variance `shape·scale²`), by
    /// Marsaglia and Tsang's squeeze method; shapes below 1 use the boost `G(a) = G(a+1)·U^(1/a)`.
    ///
    /// ## References
    /// G. Marsaglia, W. W. Tsang, "A simple method for generating gamma variables",
    /// *ACM Transactions on Mathematical Software* 26(3), 2000. doi:10.1145/358407.358414
    mutating func gamma(shape: Double, scale: Double) -> Double {
        precondition(shape > 0 && scale > 0, "A gamma distribution needs a positive shape and scale.")
        if shape < 1 {
            let boost = pow(positiveUnit(), 1 / shape)
            return gamma(shape: shape + 1, scale: scale) * boost
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = positiveUnit()
            let xx = x * x
            if u < 1 - 0.0331 * xx * xx { return d * v * scale }
            if log(u) < 0.5 * xx + d * (1 - v + log(v)) { return d * v * scale }
        }
    }

    /// An index into `cumulativeWeights` (ascending, last element the total), drawn with probability
    /// proportional to each step.
    @inline(__always)
    mutating func pick(cumulative cumulativeWeights: [Double]) -> Int {
        let target = unit() * cumulativeWeights[cumulativeWeights.count - 1]
        for (i, bound) in cumulativeWeights.enumerated() where target < bound { return i }
        return cumulativeWeights.count - 1
    }
}
