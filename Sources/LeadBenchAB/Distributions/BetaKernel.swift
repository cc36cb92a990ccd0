#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `xᵃ(1 − x)ᵇ / B(a, b)` for real `a, b > 0` and `0 < x < 1`, the common factor of the Beta density and
/// of the incomplete beta function's continued fraction, to a few units in the last place even for
/// `a + b` in the millions.
///
/// Taking `lgamma(a) + lgamma(b) − lgamma(a + b)` and `a·log x + b·log(1 − x)` separately would lose the
/// digits the two share (each near 10⁷ at a million units, the difference near 1). Loader's saddle-point
/// form, as for the binomial mass (R's `dbeta`), keeps them:
///
///     log(xᵃ(1 − x)ᵇ / B(a, b)) = ½·log(a·b / (2π(a + b))) + δ(a + b) − δ(a) − δ(b)
///                                 − bd0(a, (a + b)·x) − bd0(b, (a + b)·(1 − x))
///
/// with `δ(z) = log Γ(z + 1) − log(√(2πz)·(z/e)ᶻ)`, the error of Stirling's formula, and
/// `bd0(y, μ) = y·log(y/μ) + μ − y`, summed by a series where `y` is near `μ`.
///
/// ## References
/// C. Loader, "Fast and accurate computation of binomial probabilities" (2000), the algorithm of R's
/// `dbinom` and `dbeta`.
enum BetaKernel {
    /// `log(xᵃ(1 − x)ᵇ / B(a, b))`.
    static func logarithm(_ x: Double, a: Double, b: Double) -> Double {
        let n = a + b
        return 0.5 * log(a * b / (2 * Double.pi * n)) + stirlingError(n) - stirlingError(a) - stirlingError(b)
            - deviance(a, n * x) - deviance(b, n * (1 - x))
    }

    /// `δ(z) = log Γ(z + 1) − (z + ½)·log z + z − ½·log(2π)`: by `lgamma` below 15, where it has no
    /// digits to lose, and above by Stirling's series `1/(12z) − 1/(360z³) + 1/(1260z⁵) − …`.
    static func stirlingError(_ z: Double) -> Double {
        if z <= 15 { return lgamma(z + 1) - (z + 0.5) * log(z) + z - 0.5 * log(2 * Double.pi) }
        let s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188
        let zz = z * z
        if z > 500 { return (s0 - s1 / zz) / z }
        if z > 80 { return (s0 - (s1 - s2 / zz) / zz) / z }
        if z > 35 { return (s0 - (s1 - (s2 - s3 / zz) / zz) / zz) / z }
        return (s0 - (s1 - (s2 - (s3 - s4 / zz) / zz) / zz) / zz) / z
    }

    /// `bd0(y, μ) = y·log(y/μ) + μ − y ≥ 0`; near `y = μ` by the series
    /// `(y − μ)·v + 2y·Σⱼ v^(2j+1)/(2j + 1)` with `v = (y − μ)/(y + μ)`, which keeps its relative precision.
    static func deviance(_ y: Double, _ mean: Double) -> Double {
        guard abs(y - mean) < 0.1 * (y + mean) else { return y * log(y / mean) + mean - y }
        var v = (y - mean) / (y + mean)
        var sum = (y - mean) * v
        var power = 2 * y * v
        v *= v
        for j in 1..<1000 {
            power *= v
            let next = sum + power / Double(2 * j + 1)
            if next == sum { break }
            sum = next
        }
        return sum
    }
}
