#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The regularized incomplete beta function `I_x(a, b) = B(x; a, b) / B(a, b)`, the CDF of the
/// Beta(a, b) distribution; scipy's `betainc(a, b, x)`.
///
/// For `x < (a + 1)/(a + b + 2)` it is the continued fraction (DLMF 8.17.22)
///
///     I_x(a, b) = xᵃ(1 − x)ᵇ / (a·B(a, b)) · 1/(1 + d₁/(1 + d₂/(1 + …)))
///     d₂ₘ₊₁ = −(a + m)(a + b + m)·x / ((a + 2m)(a + 2m + 1))
///     d₂ₘ   = m(b − m)·x / ((a + 2m − 1)(a + 2m))
///
/// which converges fast there; above it, `1 − I_{1−x}(b, a)`. The prefactor comes from `BetaKernel`,
/// accurate for any `a + b`, so the result is accurate to about 1e−15 (relative, in the lower tail).
///
/// - Precondition: `a > 0`, `b > 0` (checked by the callers); `x` is clamped to `[0, 1]`.
func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    if x > (a + 1) / (a + b + 2) { return 1 - regularizedIncompleteBeta(1 - x, a: b, b: a) }
    let fraction = continuedFraction { j in
        if j == 1 { return (1, 1) }
        let k = j - 1  // the index of d_k
        let m = Double(k / 2)
        if k % 2 == 1 { return (-(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)), 1) }
        return (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)), 1)
    }
    return exp(BetaKernel.logarithm(x, a: a, b: b)) / a * fraction
}
