/// The two-sided two-proportion z-test with the pooled variance: do two groups convert at the same rate?
/// The same as statsmodels' `proportions_ztest([x₁, x₂], [n₁, n₂])` (value 0, two-sided, pooled).
///
///     p̄ = (x₁ + x₂) / (n₁ + n₂)
///     z = (p̂₁ − p̂₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂))
///     p-value = 2·(1 − Φ(|z|))
///
///     let test = TwoProportionZTest(try Proportion(successes: 45, trials: 120),
///                                   try Proportion(successes: 30, trials: 130))
///     test.z, test.pValue   // 2.4862…, 0.01291…
///
/// When both groups are all successes or all failures the pooled variance is 0 and the proportions are
/// equal: this reports `z = 0`, p-value 1 (statsmodels gives NaN there).
///
/// ## References
/// A. Agresti, *Categorical Data Analysis*, 3rd ed., Wiley (2013), §3.1.3. doi:10.1002/0471249688
public struct TwoProportionZTest: Sendable, Equatable, Codable {
    /// The first group.
    public let first: Proportion
    /// The second group.
    public let second: Proportion
    /// `p̂₁ − p̂₂`.
    public let difference: Double
    /// The pooled proportion `p̄`.
    public let pooledProportion: Double
    /// The standard error of the difference under the null, `√(p̄(1 − p̄)(1/n₁ + 1/n₂))`.
    public let standardError: Double
    /// The z statistic.
    public let z: Double
    /// The two-sided p-value.
    public let pValue: Double

    public init(_ first: Proportion, _ second: Proportion) {
        self.first = first
        self.second = second
        difference = first.value - second.value
        pooledProportion = Double(first.successes + second.successes) / Double(first.trials + second.trials)
        let variance =
            pooledProportion * (1 - pooledProportion) * (1 / Double(first.trials) + 1 / Double(second.trials))
        standardError = variance.squareRoot()
        z = standardError > 0 ? difference / standardError : 0
        pValue = NormalDistribution.twoSidedPValue(z)
    }
}
