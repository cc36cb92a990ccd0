#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The binomial distribution `B(n, p)`: probability mass and cumulative distribution, accurate to a
/// few units in the last place (relative) in the lower tail, for exact tests such as McNemar's.
///
///     let b = try BinomialDistribution(trials: 12, successProbability: 0.5)
///     b.cdf(2)    // 0.019287109375 = 79 / 4096
///
/// The mass uses Loader's saddle-point form, `exp(−(stirlerr terms) − bd0 terms) / √(2π·k·(n−k)/n)`,
/// which avoids the cancellation of `lgamma(n+1) − lgamma(k+1) − lgamma(n−k+1)` (a relative error
/// of ~1e−11 at n = 10⁴). The CDF starts at the mass of `k` and sums the neighbouring masses by their
/// exact ratios, `P(j−1)/P(j) = j·q / ((n−j+1)·p)`, away from the mode, stopping once a term no longer
/// changes the sum: downwards from `k` when `k` is below the mean, else as `1 − P(X > k)`.
///
/// ## References
/// C. Loader, "Fast and accurate computation of binomial probabilities" (2000), the algorithm of R's
/// `dbinom`; M. Abramowitz, I. A. Stegun, *Handbook of Mathematical Functions*, 6.1.37 (Stirling's series).
public struct BinomialDistribution: Sendable, Equatable {
    /// The number of trials `n`.
    public let trials: Int
    /// The probability of success `p` of each trial.
    public let successProbability: Double

    /// - Throws: ``StatisticsError`` when `trials` is negative or `successProbability` is outside `[0, 1]`.
    public init(trials: Int, successProbability: Double) throws(StatisticsError) {
        guard trials >= 0 else { throw .invalid("the number of trials", "\(trials)", expected: "at least 0") }
        guard successProbability >= 0, successProbability <= 1 else {
            throw .invalid("the success probability", "\(successProbability)", expected: "between 0 and 1")
        }
        self.trials = trials
        self.successProbability = successProbability
    }

    /// A distribution whose parameters the caller has already checked.
    init(uncheckedTrials trials: Int, successProbability: Double) {
        self.trials = trials
        self.successProbability = successProbability
    }

    /// `P(X = k)`; 0 outside `0...n`.
    public func pmf(_ k: Int) -> Double {
        BinomialMass.raw(k, trials, successProbability, 1 - successProbability)
    }

    /// `P(X ≤ k)`; 0 below 0, 1 from `n` on.
    public func cdf(_ k: Int) -> Double {
        let n = trials, p = successProbability, q = 1 - successProbability
        if k < 0 { return 0 }
        if k >= n { return 1 }
        if p == 0 { return 1 }
        if p == 1 { return 0 }
        if Double(k) < Double(n + 1) * p - 1 {
            // Below the mode the masses fall geometrically going down: sum P(k) + P(k−1) + …
            var term = pmf(k)
            var sum = term
            var j = k
            while j > 0 {
                term *= Double(j) * q / (Double(n - j + 1) * p)
                let next = sum + term
                if next == sum { break }
                sum = next
                j -= 1
            }
            return sum
        }
        // Above it: 1 − (P(k+1) + P(k+2) + …), the tail falling geometrically going up.
        var term = pmf(k + 1)
        var tail = term
        var j = k + 1
        while j < n {
            term *= Double(n - j) * p / (Double(j + 1) * q)
            let next = tail + term
            if next == tail { break }
            tail = next
            j += 1
        }
        return max(0, 1 - tail)
    }
}

/// Loader's binomial mass and its two helpers, `stirlerr` and `bd0`.
enum BinomialMass {
    /// `P(X = x)` for `X ~ B(n, p)`, `q = 1 − p` (R's `dbinom_raw`).
    static func raw(_ x: Int, _ n: Int, _ p: Double, _ q: Double) -> Double {
        if x < 0 || x > n { return 0 }
        if p == 0 { return x == 0 ? 1 : 0 }
        if q == 0 { return x == n ? 1 : 0 }
        let trials = Double(n)
        if x == 0 {
            if n == 0 { return 1 }
            return exp(p < 0.1 ? -bd0(trials, trials * q) - trials * p : trials * log(q))
        }
        if x == n {
            return exp(q < 0.1 ? -bd0(trials, trials * p) - trials * q : trials * log(p))
        }
        let k = Double(x)
        let lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(k, trials * p) - bd0(trials - k, trials * q)
        let lf = log(2 * Double.pi) + log(k) + log1p(-k / trials)
        return exp(lc - 0.5 * lf)
    }

    /// The error of Stirling's formula, `stirlerr(n) = log(n!) − ((n + ½)·log(n) − n + ½·log(2π))`.
    static func stirlerr(_ n: Int) -> Double {
        // Exact to 17 digits for n ≤ 15 (computed at 50 digits with Python's decimal module).
        let table: [Double] = [
            0, 0.081061466795327261, 0.041340695955409297, 0.027677925684998338, 0.020790672103765093,
            0.016644691189821193, 0.013876128823070748, 0.01189670994589177, 0.010411265261972096,
            0.0092554621827127329, 0.0083305634333628708, 0.0075736754879518406, 0.0069428401072095299,
            0.0064089941880042071, 0.0059513701127588475, 0.0055547335519628011,
        ]
        if n < table.count { return table[n] }
        let s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188
        let x = Double(n)
        let xx = x * x
        if n > 500 { return (s0 - s1 / xx) / x }
        if n > 80 { return (s0 - (s1 - s2 / xx) / xx) / x }
        if n > 35 { return (s0 - (s1 - (s2 - s3 / xx) / xx) / xx) / x }
        return (s0 - (s1 - (s2 - (s3 - s4 / xx) / xx) / xx) / xx) / x
    }

    /// `bd0(x, μ) = x·log(x/μ) + μ − x`, the deviance term, by a series when `x` is near `μ` so that
    /// it keeps its relative precision.
    static func bd0(_ x: Double, _ mean: Double) -> Double {
        if abs(x - mean) < 0.1 * (x + mean) {
            var v = (x - mean) / (x + mean)
            var sum = (x - mean) * v
            if abs(sum) < Double.leastNormalMagnitude { return sum }
            var ej = 2 * x * v
            v *= v
            for j in 1..<1000 {
                ej *= v
                let next = sum + ej / Double(2 * j + 1)
                if next == sum { return next }
                sum = next
            }
            return sum
        }
        return x * log(x / mean) + mean - x
    }
}
