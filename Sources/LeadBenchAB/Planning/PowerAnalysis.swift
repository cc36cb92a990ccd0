#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import LeadBenchMetrics

/// Power and planning for a two-sided two-proportion test: the sample size needed to detect a relative
/// lift, the power reached with a given sample, and the smallest lift a sample can detect. The same as
/// statsmodels' `NormalIndPower` on Cohen's h (`proportion_effectsize`), both tails included.
///
///     let plan = try PowerAnalysis()                                        // α = 0.05, equal arms
///     let size = try plan.sampleSize(baseRate: 0.05, relativeEffect: 0.2)   // 5 % → 6 % at 80 % power
///     size.controlUnits, size.requiredControlUnits                          // 8142.595…, 8143 per arm
///     try plan.power(baseRate: 0.05, relativeEffect: 0.2, controlUnits: 5_000)          // 0.593…
///     try plan.minimumDetectableEffect(baseRate: 0.05, controlUnits: 20_000).relative   // 0.1256…
///
/// With the control's `n₁` units, the treatment's `n₂ = r·n₁` (`r` the allocation ratio, statsmodels'
/// `ratio`), `c = Φ⁻¹(1 − α/2)` and Cohen's effect size `h = 2·asin(√p₂) − 2·asin(√p₁)`:
///
///     n  = 1 / (1/n₁ + 1/n₂)                                 the effective sample size
///     power(h, n₁) = 1 − Φ(c − |h|·√n) + Φ(−c − |h|·√n)       both rejection tails
///
/// The sample size and the detectable effect solve `power(h, n₁) = target` for `x = |h|·√n` by Newton's
/// method safeguarded by bisection, to machine precision (statsmodels' own root finder stops earlier:
/// its sample sizes are within 3e−10 relative of the exact root, its effect sizes within 3e−4); then
/// `n₁ = (x/h)²·(1 + 1/r)`, or `h = x/√n` and `p₂ = sin²(asin(√p₁) + h/2)`.
///
/// ## References
/// J. Cohen, *Statistical Power Analysis for the Behavioral Sciences*, 2nd ed., Lawrence Erlbaum (1988),
/// chapter 6 (the arcsine effect size h).
public struct PowerAnalysis: Sendable, Equatable {
    /// The two-sided significance level α.
    public let alpha: Double
    /// Treatment units per control unit, `r = n₂ / n₁` (1 for equal arms; 4 for a 20 / 80 split).
    public let allocationRatio: Double

    /// - Throws: ``ABError`` when `alpha` is not strictly between 0 and 1 or `allocationRatio` is not
    ///   positive and finite.
    public init(alpha: Double = 0.05, allocationRatio: Double = 1) throws(ABError) {
        try ABError.checkOpenUnit(alpha, "alpha")
        guard allocationRatio > 0, allocationRatio.isFinite else {
            throw .invalidParameter(name: "the allocation ratio", value: "\(allocationRatio)", expected: "positive")
        }
        self.alpha = alpha
        self.allocationRatio = allocationRatio
    }

    /// Cohen's h, `2·asin(√rate) − 2·asin(√baseRate)`: statsmodels' `proportion_effectsize(rate, baseRate)`.
    public static func effectSize(_ rate: Double, _ baseRate: Double) -> Double {
        2 * asin(rate.squareRoot()) - 2 * asin(baseRate.squareRoot())
    }

    /// The power of the test for effect size `h` with `controlUnits` units in the control:
    /// statsmodels' `NormalIndPower().power(h, controlUnits, alpha, ratio=allocationRatio)`.
    public func power(effectSize: Double, controlUnits: Double) -> Double {
        standardizedPower(abs(effectSize) * effectiveUnits(controlUnits).squareRoot())
    }

    /// The power to detect `baseRate → baseRate·(1 + relativeEffect)` with `controlUnits` in the control.
    ///
    /// - Throws: ``ABError`` when the rates are not strictly between 0 and 1, the effect is 0, or there are
    ///   fewer than 2 units.
    public func power(baseRate: Double, relativeEffect: Double, controlUnits: Int) throws(ABError) -> Double {
        let h = try Self.effectSize(baseRate: baseRate, relativeEffect: relativeEffect)
        guard controlUnits >= 2 else {
            throw .invalidParameter(name: "the control units", value: "\(controlUnits)", expected: "at least 2")
        }
        return power(effectSize: h, controlUnits: Double(controlUnits))
    }

    /// The units needed to detect `baseRate → baseRate·(1 + relativeEffect)` with probability `power`:
    /// statsmodels' `NormalIndPower().solve_power(h, alpha=alpha, power=power, ratio=allocationRatio)`.
    ///
    /// - Throws: ``ABError`` when the rates are not strictly between 0 and 1, the effect is 0, `power` is not
    ///   strictly between α and 1, or the effect is too small for a representable sample size.
    public func sampleSize(baseRate: Double, relativeEffect: Double, power: Double = 0.8) throws(ABError) -> SampleSize {
        let h = try Self.effectSize(baseRate: baseRate, relativeEffect: relativeEffect)
        let x = try standardizedEffect(power: power)
        let control = (x / abs(h)) * (x / abs(h)) * (1 + 1 / allocationRatio)
        let treatment = control * allocationRatio
        guard let controlCeiling = Int(exactly: control.rounded(.up)),
            let treatmentCeiling = Int(exactly: treatment.rounded(.up))
        else {
            throw .invalidParameter(
                name: "the relative effect", value: "\(relativeEffect)", expected: "large enough to be detected")
        }
        return SampleSize(
            baseRate: baseRate, targetRate: baseRate * (1 + relativeEffect), effectSize: h, power: power,
            controlUnits: control, treatmentUnits: treatment, requiredControlUnits: controlCeiling,
            requiredTreatmentUnits: treatmentCeiling)
    }

    /// The smallest `|h|` detected with probability `power` with `controlUnits` in the control:
    /// statsmodels' `NormalIndPower().solve_power(None, controlUnits, alpha, power, ratio=allocationRatio)`.
    ///
    /// - Throws: ``ABError`` when there are fewer than 2 units or `power` is not strictly between α and 1.
    public func detectableEffectSize(controlUnits: Int, power: Double = 0.8) throws(ABError) -> Double {
        guard controlUnits >= 2 else {
            throw .invalidParameter(name: "the control units", value: "\(controlUnits)", expected: "at least 2")
        }
        return try standardizedEffect(power: power) / effectiveUnits(Double(controlUnits)).squareRoot()
    }

    /// The smallest upward lift from `baseRate` detected with probability `power`.
    ///
    /// - Throws: ``ABError`` when `baseRate` is not strictly between 0 and 1, there are fewer than 2 units,
    ///   `power` is not strictly between α and 1, or the sample is so small that no rate below 1 is
    ///   detectable.
    public func minimumDetectableEffect(baseRate: Double, controlUnits: Int, power: Double = 0.8) throws(ABError)
        -> DetectableEffect
    {
        try ABError.checkOpenUnit(baseRate, "the base rate")
        let h = try detectableEffectSize(controlUnits: controlUnits, power: power)
        let angle = asin(baseRate.squareRoot()) + h / 2
        guard angle < Double.pi / 2 else {
            throw .invalidParameter(
                name: "the control units", value: "\(controlUnits)", expected: "enough to detect a rate below 1")
        }
        let rate = sin(angle) * sin(angle)
        return DetectableEffect(baseRate: baseRate, rate: rate, effectSize: h, power: power, controlUnits: controlUnits)
    }

    // MARK: - The power equation

    /// Cohen's h of `baseRate → baseRate·(1 + relativeEffect)`, checked.
    static func effectSize(baseRate: Double, relativeEffect: Double) throws(ABError) -> Double {
        try ABError.checkOpenUnit(baseRate, "the base rate")
        let target = baseRate * (1 + relativeEffect)
        guard relativeEffect != 0, target > 0, target < 1 else {
            throw .invalidParameter(
                name: "the relative effect", value: "\(relativeEffect)",
                expected: "non-zero, with the target rate base·(1 + effect) strictly between 0 and 1")
        }
        return effectSize(target, baseRate)
    }

    /// `n = 1 / (1/n₁ + 1/n₂)`, as statsmodels computes it.
    private func effectiveUnits(_ controlUnits: Double) -> Double {
        1 / (1 / controlUnits + 1 / (controlUnits * allocationRatio))
    }

    /// `c = Φ⁻¹(1 − α/2)`.
    private var critical: Double { -NormalDistribution.quantile(alpha / 2) }

    /// `g(x) = 1 − Φ(c − x) + Φ(−c − x)`, the power at standardized effect `x = |h|·√n`.
    private func standardizedPower(_ x: Double) -> Double {
        NormalDistribution.survival(critical - x) + NormalDistribution.cdf(-critical - x)
    }

    /// The `x ≥ 0` with `g(x) = power`. `g` rises from `g(0) = α`, and `g(c + Φ⁻¹(power)) ≥ power` (its
    /// first tail alone is `power` there), which brackets the root.
    private func standardizedEffect(power: Double) throws(ABError) -> Double {
        guard power > alpha, power < 1 else {
            throw .invalidParameter(name: "power", value: "\(power)", expected: "strictly between alpha (\(alpha)) and 1")
        }
        let c = critical
        var low = 0.0, high = c + NormalDistribution.quantile(power)
        var x = high
        for _ in 0..<200 {
            let gap = standardizedPower(x) - power
            if gap == 0 { return x }
            if gap > 0 { high = x } else { low = x }
            let slope = NormalDistribution.density(c - x) - NormalDistribution.density(c + x)
            var next = slope > 0 ? x - gap / slope : .nan
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - x) <= 1e-15 * max(1, x) { return next }
            x = next
        }
        return x
    }
}
