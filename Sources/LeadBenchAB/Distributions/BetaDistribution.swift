#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The Beta(α, β) distribution on `[0, 1]`: the posterior of a conversion rate after `x` conversions in
/// `n` units under a Beta(α₀, β₀) prior is Beta(α₀ + x, β₀ + n − x).
///
///     let posterior = try BetaDistribution(alpha: 1 + 45, beta: 1 + 120 - 45)
///     posterior.cdf(0.3)       // P(rate ≤ 0.3), scipy's beta.cdf(0.3, 46, 76)
///     posterior.density(0.3)   // scipy's beta.pdf(0.3, 46, 76)
///
/// The density is `x^(α−1)(1 − x)^(β−1) / B(α, β)` by Loader's saddle-point form (`BetaKernel`); the CDF
/// is the regularized incomplete beta function `I_x(α, β)` (`regularizedIncompleteBeta`). Both keep
/// their relative precision for posteriors of millions of units.
public struct BetaDistribution: Sendable, Equatable, Hashable {
    /// The first shape parameter α (successes + prior α).
    public let alpha: Double
    /// The second shape parameter β (failures + prior β).
    public let beta: Double

    /// - Throws: ``ABError`` when a parameter is not positive and finite.
    public init(alpha: Double, beta: Double) throws(ABError) {
        guard alpha > 0, alpha.isFinite else {
            throw .invalidParameter(name: "alpha", value: "\(alpha)", expected: "positive and finite")
        }
        guard beta > 0, beta.isFinite else {
            throw .invalidParameter(name: "beta", value: "\(beta)", expected: "positive and finite")
        }
        self.alpha = alpha
        self.beta = beta
    }

    /// A distribution whose parameters the caller has already checked.
    init(uncheckedAlpha alpha: Double, beta: Double) {
        self.alpha = alpha
        self.beta = beta
    }

    /// `α / (α + β)`.
    public var mean: Double { alpha / (alpha + beta) }

    /// `√(αβ / ((α + β)²(α + β + 1)))`.
    public var standardDeviation: Double {
        let total = alpha + beta
        return (alpha * beta / (total * total * (total + 1))).squareRoot()
    }

    /// The density at `x`; 0 outside `[0, 1]`.
    public func density(_ x: Double) -> Double {
        guard x > 0, x < 1 else {
            // At the ends: 0 where the density vanishes, 1/B(α, β) where it is finite, +∞ where it diverges.
            guard x == 0 || x == 1 else { return 0 }
            let shape = x == 0 ? alpha : beta, other = x == 0 ? beta : alpha
            if shape > 1 { return 0 }
            if shape < 1 { return .infinity }
            return other  // 1/B(1, b) = b
        }
        return exp(BetaKernel.logarithm(x, a: alpha, b: beta)) / (x * (1 - x))
    }

    /// `P(X ≤ x)`; 0 below 0, 1 from 1 on.
    public func cdf(_ x: Double) -> Double { regularizedIncompleteBeta(x, a: alpha, b: beta) }
}
