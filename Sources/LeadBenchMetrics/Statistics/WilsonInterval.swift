/// Wilson's score interval for one proportion — accurate near 0 and 1 and for small samples, where the
/// Wald interval `p̂ ± z·√(p̂(1−p̂)/n)` fails. The same as statsmodels'
/// `proportion_confint(count, nobs, alpha, method="wilson")`, clipped to `[0, 1]` as it is (and exactly 0
/// at 0/n and 1 at n/n, where statsmodels leaves a residue of ~1e−17).
///
/// With `p̂ = x/n` and `z = Φ⁻¹(1 − α/2)`, `α = 1 − confidence`:
///
///     centre = (p̂ + z²/(2n)) / (1 + z²/n)
///     half   = z·√(p̂(1−p̂)/n + z²/(4n²)) / (1 + z²/n)
///     [centre − half, centre + half]
///
///     try wilsonInterval(try Proportion(successes: 7, trials: 30))   // 0.1179 … 0.4093
///
/// - Returns: The interval, with `p̂` as its estimate.
/// - Throws: ``StatisticsError`` when `confidence` is not strictly between 0 and 1.
///
/// ## References
/// E. B. Wilson, "Probable inference, the law of succession, and statistical inference", Journal of the
/// American Statistical Association 22(158), 209–212 (1927). doi:10.1080/01621459.1927.10502953
public func wilsonInterval(_ proportion: Proportion, confidence: Double = 0.95) throws(StatisticsError)
    -> ConfidenceInterval
{
    try StatisticsValidation.confidence(confidence)
    let n = Double(proportion.trials)
    let p = proportion.value
    let z = -NormalDistribution.quantile((1 - confidence) / 2)
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / denominator
    let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
    // At 0/n and n/n the bound is exactly 0 (1); the formula leaves a rounding residue of ~1e−17 there.
    let lower = proportion.successes == 0 ? 0 : min(max(centre - half, 0), 1)
    let upper = proportion.successes == proportion.trials ? 1 : min(max(centre + half, 0), 1)
    return ConfidenceInterval(estimate: p, lower: lower, upper: upper, confidence: confidence)
}
