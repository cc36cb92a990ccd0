import LeadBenchMetrics

/// A treatment against the control: absolute lift, relative lift and the two-proportion z-test.
///
///     let comparison = try ArmComparison(
///         treatment: ArmOutcome(name: "treatment", units: 10_000, conversions: 560),
///         control: ArmOutcome(name: "control", units: 10_000, conversions: 500))
///     comparison.absoluteLift    // +0.6 points, Newcombe's interval
///     comparison.relativeLift    // +12 %, the log-adjusted ratio interval minus 1
///     comparison.zTest.pValue    // 0.0583…
///
/// - ``absoluteLift``: `p̂_T − p̂_C` with ``newcombeInterval(_:_:confidence:)`` — statsmodels'
///   `confint_proportions_2indep(compare="diff", method="newcomb")`.
/// - ``rateRatio``: `p̂_T / p̂_C` with ``rateRatioInterval(_:_:confidence:)`` — statsmodels'
///   `confint_proportions_2indep(compare="ratio", method="log-adjusted")`.
/// - ``zTest``: the pooled two-sided z-test of `p_T = p_C`, statsmodels' `proportions_ztest([x_T, x_C],
///   [n_T, n_C])`; `z > 0` when the treatment converts better.
public struct ArmComparison: Sendable, Equatable {
    /// The treatment arm's name.
    public let treatment: String
    /// The control arm's name.
    public let control: String
    /// `p̂_T − p̂_C` and its interval.
    public let absoluteLift: ConfidenceInterval
    /// `p̂_T / p̂_C` and its interval.
    public let rateRatio: ConfidenceInterval
    /// The z-test, the treatment first.
    public let zTest: TwoProportionZTest

    /// - Throws: ``ABError`` when an arm has no units, inconsistent counts, or `confidence` is not strictly
    ///   between 0 and 1.
    public init(treatment: ArmOutcome, control: ArmOutcome, confidence: Double = 0.95) throws(ABError) {
        try ABError.checkOpenUnit(confidence, "confidence")
        let t = try treatment.proportion(), c = try control.proportion()
        self.treatment = treatment.name
        self.control = control.name
        do { absoluteLift = try newcombeInterval(t, c, confidence: confidence) } catch { throw .statistics(error) }
        rateRatio = try rateRatioInterval(t, c, confidence: confidence)
        zTest = TwoProportionZTest(t, c)
    }

    /// `p̂_T / p̂_C − 1` and its interval: the rate ratio shifted by 1.
    public var relativeLift: ConfidenceInterval {
        ConfidenceInterval(
            estimate: rateRatio.estimate - 1, lower: rateRatio.lower - 1, upper: rateRatio.upper - 1,
            confidence: rateRatio.confidence)
    }
}
