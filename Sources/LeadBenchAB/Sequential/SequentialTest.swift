#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The always-valid sequential test of a treatment against the control, for teams that look at the
/// results every day: the mixture sequential probability ratio test (mSPRT) of Johari, Pekelis and
/// Walsh for the difference of two conversion rates, in its normal approximation. Its p-value may be
/// read at every look, and the experiment stopped at the first look where it falls below α, with a false
/// positive rate of at most α however often one looks (as far as the normal approximation of the
/// difference holds; the A/A simulations in the tests measure it).
///
///     let test = try SequentialTest()                                   // α = 0.05, τ² = 1e−4
///     let result = try test.analyze(control: dailyTotalsControl, treatment: dailyTotalsTreatment)
///     result.firstRejection     // the first look whose always-valid p-value is ≤ α, if any
///     result.looks.last?.pValue
///
/// At look `t`, from the cumulative totals `(n_C, x_C)` and `(n_T, x_T)`:
///
///     θ̂ = x_T/n_T − x_C/n_C                       the observed difference
///     p̄ = (x_C + x_T) / (n_C + n_T),  V = p̄(1 − p̄)(1/n_C + 1/n_T)
///     z = θ̂ / √V                                  the pooled z statistic, as in the z-test
///     Λₜ = √(V / (V + τ²)) · exp(τ²·z² / (2(V + τ²)))
///     pₜ = min(pₜ₋₁, 1 / Λₜ),  p₀ = 1              the always-valid p-value
///
/// `Λₜ` is the likelihood ratio of `θ̂ ~ N(θ, V)` against `θ = 0`, mixed over `θ ~ N(0, τ²)`; it is a
/// martingale under the null, so by Ville's inequality `P(supₜ Λₜ ≥ 1/α) ≤ α`. Rejecting when `pₜ ≤ α` is
/// rejecting when `|z|` reaches the boundary
///
///     bₜ = √((V + τ²)/τ² · (2·log(1/α) + log((V + τ²)/V)))
///
/// which is drawn on the z-scale beside the fixed-horizon critical value 1.96. The variance is pooled,
/// the null's, so that early looks with few conversions do not reject on a small plug-in variance. With
/// no conversions yet (or all units converted) `V = 0`: `Λ = 1`, `z = 0` and the boundary is infinite.
///
/// **The mixing variance τ²** is the prior spread of the true difference, on the scale of the rates:
/// the test is most powerful for differences near `τ`. The default, 1e−4 (`τ` = one percentage point), fits
/// lead conversion rates of a few percent to a few tens of percent; set `τ` to the absolute difference
/// worth detecting (e.g. the minimum detectable effect of a ``PowerAnalysis``).
///
/// ## References
/// - R. Johari, P. Koomen, L. Pekelis, D. Walsh, "Always valid inference: continuous monitoring of A/B
///   tests", Operations Research 70(3), 1806–1821 (2022). doi:10.1287/opre.2021.2135 — first circulated
///   as R. Johari, L. Pekelis, D. Walsh, "Always valid inference: bringing sequential analysis to A/B
///   testing", arXiv:1512.04922 (2015, revised 2017).
/// - R. Johari, P. Koomen, L. Pekelis, D. Walsh, "Peeking at A/B tests: why it matters, and what to do
///   about it", KDD 2017.
/// - H. Robbins, "Statistical methods related to the law of the iterated logarithm", The Annals of
///   Mathematical Statistics 41(5), 1397–1409 (1970): the normal mixture.
public struct SequentialTest: Sendable, Equatable {
    /// The mixing variance unless told otherwise: `τ = 0.01`, one percentage point.
    public static let defaultMixingVariance = 1e-4

    /// The significance level α.
    public let alpha: Double
    /// The mixing variance τ² of the difference under the alternative.
    public let mixingVariance: Double

    /// - Throws: ``ABError`` when `alpha` is not strictly between 0 and 1 or `mixingVariance` is not
    ///   positive and finite.
    public init(alpha: Double = 0.05, mixingVariance: Double = SequentialTest.defaultMixingVariance) throws(ABError) {
        try ABError.checkOpenUnit(alpha, "alpha")
        guard mixingVariance > 0, mixingVariance.isFinite else {
            throw .invalidParameter(name: "the mixing variance", value: "\(mixingVariance)", expected: "positive and finite")
        }
        self.alpha = alpha
        self.mixingVariance = mixingVariance
    }

    /// The test at every look, from the arms' cumulative totals (one per look, in time order).
    ///
    /// - Throws: ``ABError`` when the arms have different numbers of looks or none, a look has an arm
    ///   without units or with inconsistent counts, or a total decreases from one look to the next.
    public func analyze(control: [ArmOutcome], treatment: [ArmOutcome]) throws(ABError) -> SequentialAnalysis {
        guard control.count == treatment.count, !control.isEmpty else {
            throw .mismatchedLooks(control: control.count, treatment: treatment.count)
        }
        for series in [control, treatment] {
            for (look, outcome) in series.enumerated() {
                _ = try outcome.proportion()
                if look > 0, outcome.units < series[look - 1].units || outcome.conversions < series[look - 1].conversions {
                    throw .decreasingTotals(arm: outcome.name, look: look + 1)
                }
            }
        }
        var running = 1.0
        var looks: [SequentialLook] = []
        for (c, t) in zip(control, treatment) {
            let look = evaluate(control: c, treatment: t, previousPValue: running)
            running = look.pValue
            looks.append(look)
        }
        return SequentialAnalysis(alpha: alpha, mixingVariance: mixingVariance, looks: looks)
    }

    /// One look, from checked totals.
    private func evaluate(control: ArmOutcome, treatment: ArmOutcome, previousPValue: Double) -> SequentialLook {
        let nc = Double(control.units), nt = Double(treatment.units)
        let difference = Double(treatment.conversions) / nt - Double(control.conversions) / nc
        let pooled = Double(control.conversions + treatment.conversions) / (nc + nt)
        let variance = pooled * (1 - pooled) * (1 / nc + 1 / nt)
        let tau2 = mixingVariance
        var z = 0.0, logRatio = 0.0, boundary = Double.infinity
        if variance > 0 {
            z = difference / variance.squareRoot()
            logRatio = 0.5 * log(variance / (variance + tau2)) + tau2 * z * z / (2 * (variance + tau2))
            boundary = ((variance + tau2) / tau2 * (2 * log(1 / alpha) + log((variance + tau2) / variance))).squareRoot()
        }
        let pValue = min(previousPValue, exp(-max(logRatio, 0)))
        return SequentialLook(
            controlUnits: control.units, controlConversions: control.conversions, treatmentUnits: treatment.units,
            treatmentConversions: treatment.conversions, difference: difference, variance: variance, z: z,
            logLikelihoodRatio: logRatio, pValue: pValue, boundary: boundary, rejected: pValue <= alpha)
    }
}
