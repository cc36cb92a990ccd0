#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The regularized upper incomplete gamma function `Q(a, x) = Γ(a, x) / Γ(a)`; scipy's `gammaincc(a, x)`.
///
/// For `x < a + 1`, `Q = 1 − P` with the series (DLMF 8.11.4 with 8.7.1)
///
///     P(a, x) = xᵃe⁻ˣ / Γ(a + 1) · Σₙ xⁿ / ((a + 1)(a + 2)…(a + n))
///
/// and otherwise Legendre's continued fraction (DLMF 8.9.2), which keeps its relative precision far
/// into the tail (tiny p-values):
///
///     Q(a, x) = xᵃe⁻ˣ / Γ(a) · 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …)))
///
/// - Precondition: `a > 0` (checked by the callers); `Q = 1` for `x ≤ 0`.
func regularizedUpperIncompleteGamma(_ a: Double, _ x: Double) -> Double {
    if x <= 0 { return 1 }
    let logPrefactor = a * log(x) - x - lgamma(a)
    if x < a + 1 {
        var term = 1 / a
        var sum = term
        var n = 1.0
        while n < 100_000 {
            term *= x / (a + n)
            let next = sum + term
            if next == sum { break }
            sum = next
            n += 1
        }
        return max(0, 1 - exp(logPrefactor) * sum)
    }
    let fraction = continuedFraction { j in
        if j == 1 { return (1, x + 1 - a) }
        let k = Double(j - 1)
        return (-k * (k - a), x + 2 * k + 1 - a)
    }
    return exp(logPrefactor) * fraction
}
