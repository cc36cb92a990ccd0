/// One model's ROC AUC on one sample of leads with DeLong's estimate of its variance — the building
/// block for comparing AUCs measured on different leads (two periods, two segments), where
/// ``DeLongTest`` compares two models on the same leads.
///
/// With `m` positives, `n` negatives and the placement values of `StatisticsAUC` (V10, one per positive:
/// the share of negatives it outscores; V01, one per negative: the share of positives that outscore it;
/// ties count ½):
///
///     AUC = mean(V10)
///     Var(AUC) = S10/m + S01/n        S10, S01 the sample variances of V10 and V01 (divisors m − 1, n − 1)
///
/// — the diagonal entry `S₁₁` of ``DeLongTest``'s covariance matrix.
///
///     let q2 = try DeLongVariance(scores: previousScores, labels: previousConverted)
///     q2.auc, q2.standardError
///
/// ## References
/// E. R. DeLong, D. M. DeLong, D. L. Clarke-Pearson, "Comparing the areas under two or more correlated
/// receiver operating characteristic curves: a nonparametric approach", Biometrics 44(3), 837–845 (1988).
/// doi:10.2307/2531595
public struct DeLongVariance: Sendable, Equatable, Codable {
    /// The number of positive (converted) leads, `m`.
    public let positives: Int
    /// The number of negative leads, `n`.
    public let negatives: Int
    /// The AUC.
    public let auc: Double
    /// DeLong's variance of the AUC, `S10/m + S01/n`.
    public let variance: Double

    /// `√variance`.
    public var standardError: Double { variance.squareRoot() }

    /// - Throws: ``StatisticsError`` for columns of different lengths, an empty sample, NaN scores, a
    ///   single class, or fewer than two positives or two negatives (the sample variances need two).
    /// - Complexity: O(*N* log *N*) for *N* leads.
    public init(scores: [Double], labels: [Bool]) throws(StatisticsError) {
        try StatisticsValidation.sameLength("The scores", scores.count, "the labels", labels.count)
        guard !labels.isEmpty else { throw .empty("The sample") }
        try StatisticsValidation.noNaN(scores, "The scores")
        let m = labels.count { $0 }, n = labels.count - m
        guard m > 0, n > 0 else { throw .singleClass(positives: m, negatives: n, "DeLong's variance") }
        guard m >= 2, n >= 2 else {
            throw StatisticsError(
                .insufficientData,
                "DeLong's variance needs at least two positives and two negatives; there are \(m) and \(n).",
                hint: "Evaluate on more leads.")
        }
        var positive: [Double] = [], negative: [Double] = []
        for (score, label) in zip(scores, labels) {
            if label { positive.append(score) } else { negative.append(score) }
        }
        let placements = StatisticsAUC.placements(positive: positive, negative: negative)
        positives = m
        negatives = n
        auc = placements.auc
        variance = sampleVariance(placements.positive) / Double(m) + sampleVariance(placements.negative) / Double(n)
    }
}

/// The z-test of two AUCs measured on independent samples — different leads, such as this quarter's
/// and last quarter's — each with its ``DeLongVariance``. No covariance term: the samples share no leads.
///
///     z = (AUC₁ − AUC₂) / √(Var₁ + Var₂),   p = 2·(1 − Φ(|z|))
///     CI = (AUC₁ − AUC₂) ± Φ⁻¹(½ + confidence/2)·√(Var₁ + Var₂)
///
/// When both variances are 0 (two perfect or two constant rankings), `z` is 0 and the p-value 1 if the
/// AUCs are equal, else `z = ±∞` and the p-value 0; the interval is the point.
///
///     let test = try IndependentAUCTest(current, previous)
///     test.difference, test.pValue
///
/// ## References
/// J. A. Hanley, B. J. McNeil, "The meaning and use of the area under a receiver operating characteristic
/// (ROC) curve", Radiology 143(1), 29–36 (1982), for the comparison of AUCs from independent samples.
/// doi:10.1148/radiology.143.1.7063747
public struct IndependentAUCTest: Sendable, Equatable, Codable {
    /// The first sample's AUC and variance.
    public let first: DeLongVariance
    /// The second sample's AUC and variance.
    public let second: DeLongVariance
    /// `AUC₁ − AUC₂`.
    public let difference: Double
    /// `√(Var₁ + Var₂)`.
    public let standardError: Double
    /// The z statistic.
    public let z: Double
    /// The two-sided p-value (normal approximation).
    public let pValue: Double
    /// The confidence interval of ``difference``.
    public let differenceInterval: ConfidenceInterval

    /// - Throws: ``StatisticsError`` when `confidence` is not strictly between 0 and 1.
    public init(_ first: DeLongVariance, _ second: DeLongVariance, confidence: Double = 0.95) throws(StatisticsError) {
        try StatisticsValidation.confidence(confidence)
        self.first = first
        self.second = second
        difference = first.auc - second.auc
        standardError = (first.variance + second.variance).squareRoot()
        if standardError > 0 {
            z = difference / standardError
        } else {
            z = difference == 0 ? 0 : (difference > 0 ? .infinity : -.infinity)
        }
        pValue = NormalDistribution.twoSidedPValue(z)
        let critical = NormalDistribution.quantile(0.5 + confidence / 2)
        differenceInterval = ConfidenceInterval(
            estimate: difference, lower: difference - critical * standardError, upper: difference + critical * standardError,
            confidence: confidence)
    }
}

/// The sample variance of a column of at least two values (divisor `count − 1`).
private func sampleVariance(_ values: [Double]) -> Double {
    let count = Double(values.count)
    let mean = values.reduce(0, +) / count
    var sum = 0.0
    for value in values { sum += (value - mean) * (value - mean) }
    return sum / (count - 1)
}
