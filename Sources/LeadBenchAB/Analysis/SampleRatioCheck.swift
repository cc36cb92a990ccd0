/// The sample-ratio-mismatch check: do the units per arm fit the weights they were assigned with? A
/// mismatch means the assignment or the logging is broken, and the experiment's results cannot be
/// trusted, whatever they say.
///
/// Pearson's chi-square goodness of fit, scipy's `chisquare(units, total · weights)`:
///
///     Eᵢ = N·wᵢ                 N the total of units
///     χ² = Σᵢ (nᵢ − Eᵢ)² / Eᵢ
///     p-value = P(χ²ₖ₋₁ > χ²)   the chi-square survival function with k − 1 degrees of freedom
///
/// flagged as a mismatch when the p-value is below the threshold, 0.001 by default (strict, because
/// the check runs on every experiment and a false alarm stops one).
///
///     let split = try ArmAllocation.equal(["control", "treatment"])
///     try SampleRatioCheck(units: [10_000, 10_400], allocation: split).pValue       // 0.0051: no flag
///     try SampleRatioCheck(units: [10_000, 10_500], allocation: split).isMismatch   // true, p = 0.00048
public struct SampleRatioCheck: Sendable, Equatable {
    /// The p-value below which the split is flagged.
    public static let defaultThreshold = 0.001

    /// Observed units per arm, in the allocation's order.
    public let units: [Int]
    /// Expected units per arm, `N·wᵢ`.
    public let expectedUnits: [Double]
    /// Pearson's χ².
    public let statistic: Double
    /// `k − 1`.
    public let degreesOfFreedom: Int
    /// `P(χ²ₖ₋₁ > statistic)`.
    public let pValue: Double
    /// The flagging threshold.
    public let threshold: Double

    /// - Parameter units: units per arm, in the order of `allocation`'s arms.
    /// - Throws: ``ABError`` when the counts are not one per arm, a count is negative, there are no units
    ///   at all, or `threshold` is not strictly between 0 and 1.
    public init(units: [Int], allocation: ArmAllocation, threshold: Double = SampleRatioCheck.defaultThreshold)
        throws(ABError)
    {
        try ABError.checkOpenUnit(threshold, "the mismatch threshold")
        guard units.count == allocation.arms.count else {
            throw .invalidParameter(
                name: "the units per arm", value: "\(units.count) counts",
                expected: "one count per arm (\(allocation.arms.count))")
        }
        for (count, arm) in zip(units, allocation.arms) where count < 0 {
            throw .negativeCount(arm: arm.name, units: count, conversions: 0)
        }
        let total = units.reduce(0, +)
        guard total > 0 else {
            throw .invalidParameter(name: "the units per arm", value: "all 0", expected: "at least one unit in total")
        }
        let expected = allocation.weights.map { Double(total) * $0 }
        var statistic = 0.0
        for (observed, expectation) in zip(units, expected) {
            let gap = Double(observed) - expectation
            statistic += gap * gap / expectation
        }
        self.units = units
        expectedUnits = expected
        self.statistic = statistic
        degreesOfFreedom = units.count - 1
        pValue = ChiSquareDistribution.survival(statistic, degreesOfFreedom: degreesOfFreedom)
        self.threshold = threshold
    }

    /// Whether the p-value is below the threshold.
    public var isMismatch: Bool { pValue < threshold }
}
