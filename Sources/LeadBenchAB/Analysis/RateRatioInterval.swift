#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import LeadBenchMetrics

/// The log-adjusted (Katz) interval for the ratio of two independent proportions `p₁ / p₂`: the relative
/// lift of a treatment (`first`) over a control (`second`) is the ratio minus 1. The same as statsmodels'
/// `confint_proportions_2indep(x₁, n₁, x₂, n₂, compare="ratio", method="log-adjusted")`, its default.
///
/// Half a unit is added to each count and each number of units, so that zero conversions are allowed:
///
///     x′ᵢ = xᵢ + ½,  n′ᵢ = nᵢ + ½,  r′ = (x′₁/n′₁) / (x′₂/n′₂)
///     s² = 1/x′₁ − 1/n′₁ + 1/x′₂ − 1/n′₂
///     [r′·exp(−z·s), r′·exp(z·s)]                 z = Φ⁻¹(1 − α/2)
///
///     let ratio = try rateRatioInterval(try Proportion(successes: 560, trials: 10_000),
///                                       try Proportion(successes: 500, trials: 10_000))
///     ratio.estimate   // 1.12: a relative lift of 12 %
///
/// The estimate is the plain ratio `p̂₁ / p̂₂` when the control has conversions, and the adjusted `r′`
/// (the interval's centre on the log scale) when it has none. With no conversions in the treatment the
/// estimate 0 lies below the interval, which the adjustment moves away from 0.
///
/// - Throws: ``ABError`` when `confidence` is not strictly between 0 and 1.
///
/// ## References
/// D. Katz, J. Baptista, S. P. Azen, M. C. Pike, "Obtaining confidence intervals for the risk ratio in
/// cohort studies", Biometrics 34(3), 469–474 (1978).
public func rateRatioInterval(_ first: Proportion, _ second: Proportion, confidence: Double = 0.95)
    throws(ABError) -> ConfidenceInterval
{
    try ABError.checkOpenUnit(confidence, "confidence")
    let x1 = Double(first.successes) + 0.5, n1 = Double(first.trials) + 0.5
    let x2 = Double(second.successes) + 0.5, n2 = Double(second.trials) + 0.5
    let adjusted = (x1 / n1) / (x2 / n2)
    let spread = -NormalDistribution.quantile((1 - confidence) / 2) * (1 / x1 - 1 / n1 + 1 / x2 - 1 / n2).squareRoot()
    let estimate = second.successes > 0 ? first.value / second.value : adjusted
    return ConfidenceInterval(
        estimate: estimate, lower: adjusted * exp(-spread), upper: adjusted * exp(spread), confidence: confidence)
}
