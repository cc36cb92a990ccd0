/// DeLong's test for two correlated ROC AUCs: two models scored on the same leads — is one's AUC
/// higher than the other's beyond chance?
///
/// Each model's AUC is the mean of its placement values V10 (one per positive) and V01 (one per
/// negative) — see `StatisticsAUC`, the fast O(N log N) midrank computation of Sun & Xu, with
/// ties counted ½ as in DeLong's kernel `ψ(x, y) = 1 if x > y, ½ if x = y, 0 otherwise`. With `m`
/// positives and `n` negatives, `S10` and `S01` the 2×2 sample covariance matrices (divisors `m − 1`,
/// `n − 1`) of the two models' V10 and V01:
///
///     S = S10/m + S01/n                         covariance matrix of (AUC₁, AUC₂)
///     Var(AUC₁ − AUC₂) = S₁₁ + S₂₂ − 2·S₁₂
///     z = (AUC₁ − AUC₂) / √Var,   p = 2·(1 − Φ(|z|))
///     CI = (AUC₁ − AUC₂) ± Φ⁻¹(½ + confidence/2)·√Var
///
///     let test = try DeLongTest(first: logistic, second: points, labels: converted)
///     test.difference, test.pValue, test.differenceInterval
///
/// When the variance of the difference is 0 (identical rankings, or both models perfect), `z` is 0 and
/// the p-value 1 if the AUCs are equal, else `z = ±∞` and the p-value 0; the interval is the point.
///
/// ## References
/// - E. R. DeLong, D. M. DeLong, D. L. Clarke-Pearson, "Comparing the areas under two or more correlated
///   receiver operating characteristic curves: a nonparametric approach", Biometrics 44(3), 837–845
///   (1988). doi:10.2307/2531595
/// - X. Sun, W. Xu, "Fast implementation of DeLong's algorithm for comparing the areas under correlated
///   receiver operating characteristic curves", IEEE Signal Processing Letters 21(11), 1389–1393 (2014).
///   doi:10.1109/LSP.2014.2337313
public struct DeLongTest: Sendable, Equatable, Codable {
    /// The number of positive (converted) leads, `m`.
    public let positives: Int
    /// The number of negative leads, `n`.
    public let negatives: Int
    /// The first model's AUC.
    public let firstAUC: Double
    /// The second model's AUC.
    public let secondAUC: Double
    /// The DeLong variance of the first AUC, `S₁₁`.
    public let firstVariance: Double
    /// The DeLong variance of the second AUC, `S₂₂`.
    public let secondVariance: Double
    /// The DeLong covariance of the two AUCs, `S₁₂`.
    public let covariance: Double
    /// `firstAUC − secondAUC`.
    public let difference: Double
    /// `√Var(AUC₁ − AUC₂)`.
    public let standardError: Double
    /// The z statistic.
    public let z: Double
    /// The two-sided p-value (normal approximation).
    public let pValue: Double
    /// The confidence interval of `difference`.
    public let differenceInterval: ConfidenceInterval

    /// Compares the AUCs of two models' scores on the same leads.
    ///
    /// - Parameters:
    ///   - first: The first model's score per lead (higher = more likely to convert).
    ///   - second: The second model's score per lead, in the same order.
    ///   - labels: Whether each lead converted.
    ///   - confidence: The level of ``differenceInterval``.
    /// - Throws: ``StatisticsError`` for columns of different lengths, an empty sample, NaN scores, a single
    ///   class, fewer than two positives or two negatives, or a confidence outside (0, 1).
    /// - Complexity: O(*N* log *N*) for *N* leads.
    public init(first: [Double], second: [Double], labels: [Bool], confidence: Double = 0.95)
        throws(StatisticsError)
    {
        try StatisticsValidation.sameLength("The first model's scores", first.count, "the labels", labels.count)
        try StatisticsValidation.sameLength("The second model's scores", second.count, "the labels", labels.count)
        guard !labels.isEmpty else { throw .empty("The sample") }
        try StatisticsValidation.noNaN(first, "The first model's scores")
        try StatisticsValidation.noNaN(second, "The second model's scores")
        try StatisticsValidation.confidence(confidence)
        let m = labels.count { $0 }, n = labels.count - m
        guard m > 0, n > 0 else { throw .singleClass(positives: m, negatives: n, "DeLong's test") }
        guard m >= 2, n >= 2 else {
            throw StatisticsError(
                .insufficientData,
                "DeLong's test needs at least two positives and two negatives for its variances; there are \(m) and \(n).",
                hint: "Evaluate on more leads.")
        }
        let one = Self.placements(first, labels)
        let two = Self.placements(second, labels)
        let mm = Double(m), nn = Double(n)
        let s11 = sampleCovariance(one.positive, one.positive) / mm + sampleCovariance(one.negative, one.negative) / nn
        let s22 = sampleCovariance(two.positive, two.positive) / mm + sampleCovariance(two.negative, two.negative) / nn
        let s12 = sampleCovariance(one.positive, two.positive) / mm + sampleCovariance(one.negative, two.negative) / nn
        let variance = max(0, s11 + s22 - 2 * s12)
        positives = m
        negatives = n
        firstAUC = one.auc
        secondAUC = two.auc
        firstVariance = s11
        secondVariance = s22
        covariance = s12
        difference = one.auc - two.auc
        standardError = variance.squareRoot()
        if standardError > 0 {
            z = difference / standardError
        } else {
            z = difference == 0 ? 0 : (difference > 0 ? .infinity : -.infinity)
        }
        pValue = NormalDistribution.twoSidedPValue(z)
        let critical = NormalDistribution.quantile(0.5 + confidence / 2)
        differenceInterval = ConfidenceInterval(
            estimate: difference, lower: difference - critical * standardError,
            upper: difference + critical * standardError, confidence: confidence)
    }

    private static func placements(_ scores: [Double], _ labels: [Bool]) -> StatisticsAUC.Placements {
        var positive: [Double] = [], negative: [Double] = []
        for (score, label) in zip(scores, labels) {
            if label { positive.append(score) } else { negative.append(score) }
        }
        return StatisticsAUC.placements(positive: positive, negative: negative)
    }
}

/// The sample covariance of two equally long columns (divisor `count − 1`, at least two values).
private func sampleCovariance(_ a: [Double], _ b: [Double]) -> Double {
    let count = Double(a.count)
    let meanA = a.reduce(0, +) / count, meanB = b.reduce(0, +) / count
    var sum = 0.0
    for (x, y) in zip(a, b) { sum += (x - meanA) * (y - meanB) }
    return sum / (count - 1)
}
