/// The chi-square distribution's survival function, for goodness-of-fit p-values such as the
/// sample-ratio-mismatch check; scipy's `chi2.sf(x, df)`.
///
///     P(χ²ₖ > x) = Q(k/2, x/2)          Q the regularized upper incomplete gamma function
///
///     ChiSquareDistribution.survival(3.841458820694124, degreesOfFreedom: 1)   // 0.05
public enum ChiSquareDistribution {
    /// `P(χ²ₖ > x)`; 1 for `x ≤ 0`, NaN for NaN or fewer than 1 degree of freedom.
    public static func survival(_ x: Double, degreesOfFreedom: Int) -> Double {
        guard degreesOfFreedom >= 1, !x.isNaN else { return .nan }
        return regularizedUpperIncompleteGamma(Double(degreesOfFreedom) / 2, x / 2)
    }
}
