#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard normal distribution: CDF, survival function and quantile, accurate to about 1e-15
/// (relative in both tails), for p-values and critical values.
///
///     NormalDistribution.cdf(1.96)              // 0.9750021048517795
///     NormalDistribution.quantile(0.975)        // 1.959963984540054
///     NormalDistribution.twoSidedPValue(2.5)    // 0.012419330651552265
///
/// The CDF is `Φ(x) = ½·erfc(−x/√2)` through the C library's `erfc`, which keeps full relative precision
/// far into the lower tail (Φ(−38) ≈ 2.9e−316); the survival function is `½·erfc(x/√2)`. The quantile
/// starts from Acklam's rational approximation (relative error < 1.15e−9) and takes one Halley step on
/// the tail nearer to `p` (on `erf` near the centre), which brings it to machine precision.
///
/// ## References
/// - W. J. Cody, "Rational Chebyshev approximations for the error function", Mathematics of
///   Computation 23(107), 631–637 (1969). doi:10.1090/S0025-5718-1969-0247736-4
/// - P. J. Acklam, "An algorithm for computing the inverse normal cumulative distribution function"
///   (2003; published on the author's web page, no DOI).
public enum NormalDistribution {
    /// `Φ(x) = P(Z ≤ x)`.
    public static func cdf(_ x: Double) -> Double { 0.5 * erfc(-x * (0.5 as Double).squareRoot()) }

    /// `1 − Φ(x) = P(Z > x)`, without the cancellation of computing `1 − cdf(x)`.
    public static func survival(_ x: Double) -> Double { 0.5 * erfc(x * (0.5 as Double).squareRoot()) }

    /// The two-sided p-value of a z statistic, `2·(1 − Φ(|z|))` (1 for z = 0, NaN for NaN).
    public static func twoSidedPValue(_ z: Double) -> Double { erfc(abs(z) * (0.5 as Double).squareRoot()) }

    /// The density `φ(x) = exp(−x²/2)/√(2π)`.
    public static func density(_ x: Double) -> Double { exp(-0.5 * x * x) / (2 * Double.pi).squareRoot() }

    /// `Φ⁻¹(p)`: the `x` with `Φ(x) = p`.
    ///
    /// - Returns: `−∞` at 0, `+∞` at 1, NaN outside `[0, 1]` or for NaN.
    public static func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        // Φ⁻¹ is odd about ½: work in the lower tail, where p (or 1 − p, exact for p ≥ ½) is precise.
        if p > 0.5 { return -lowerQuantile(1 - p) }
        return lowerQuantile(p)
    }

    /// `Φ⁻¹(p)` for `0 < p ≤ ½`.
    private static func lowerQuantile(_ p: Double) -> Double {
        let x = acklam(p)
        // One Halley step on f(x) = Φ(x) − p: u = f/φ, x ← x − u / (1 + x·u/2).
        // u = (Φ(x) − p)·√(2π)·exp(x²/2), in logs: exp(x²/2) alone overflows below p ≈ 1e−300. Near
        // the centre the residual is ½·erf(x/√2) − (p − ½) (p − ½ is exact there), which keeps its
        // relative precision where Φ(x) − p would cancel.
        let error = p > 0.25 ? 0.5 * erf(x * (0.5 as Double).squareRoot()) - (p - 0.5) : cdf(x) - p
        guard error != 0, x.isFinite else { return x }
        let magnitude = exp(log(abs(error)) + 0.5 * x * x + 0.5 * log(2 * Double.pi))
        let u = error < 0 ? -magnitude : magnitude
        return x - u / (1 + 0.5 * x * u)
    }

    /// Acklam's rational approximation of `Φ⁻¹(p)` for `0 < p ≤ ½` (relative error below 1.15e−9).
    private static func acklam(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let lowBreak = 0.02425
        if p < lowBreak {
            let q = (-2 * log(p)).squareRoot()
            let numerator = ((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]
            let denominator = (((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1
            return numerator / denominator
        }
        let q = p - 0.5
        let r = q * q
        let numerator = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        let denominator = ((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1
        return numerator / denominator
    }
}
