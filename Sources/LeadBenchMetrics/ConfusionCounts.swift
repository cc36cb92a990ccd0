/// The four counts of qualifying leads at a threshold, and the sales-floor figures derived from them.
///
/// A lead is **qualified** when `score ≥ threshold`. Ratios whose denominator is zero are `nil`, never
/// NaN:
///
/// | figure | formula | `nil` when |
/// |---|---|---|
/// | ``precision`` | TP / (TP + FP) | nothing qualified |
/// | ``recall`` | TP / (TP + FN) | no lead converted |
/// | ``f1`` | 2·TP / (2·TP + FP + FN) | nothing qualified and no lead converted |
/// | ``baseRate`` | (TP + FN) / n | no leads |
/// | ``lift`` | precision / base rate | precision or base rate undefined, or base rate 0 |
/// | ``contactsPerConversion`` | 1 / precision | precision undefined or 0 |
///
/// F1 uses the count form, so it is 0 (not `nil`) when leads converted but none was qualified — as
/// scikit-learn's `f1_score` computes it (its `zero_division` applies only when `2·TP + FP + FN = 0`).
/// ``precision`` and ``recall`` match scikit-learn's `precision_score` and `recall_score` with
/// `zero_division=np.nan`, `nil` standing for NaN.
///
///     let c = try ConfusionCounts(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true], threshold: 0.4)
///     // qualified 0.8 and 0.4: TP 1, FP 1, FN 1, TN 1; precision ½, recall ½, F1 ½, lift ½ / ½ = 1
public struct ConfusionCounts: Sendable, Hashable {
    /// Qualified leads that converted.
    public let truePositives: Int
    /// Qualified leads that did not convert.
    public let falsePositives: Int
    /// Leads not qualified that converted.
    public let falseNegatives: Int
    /// Leads not qualified that did not convert.
    public let trueNegatives: Int

    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int, trueNegatives: Int) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.trueNegatives = trueNegatives
    }

    /// Counts the leads qualified by `score ≥ threshold`.
    ///
    /// - Parameters:
    ///   - scores: One score per lead; any finite values.
    ///   - labels: Whether each lead converted. One class alone is allowed (some figures are then `nil`).
    ///   - threshold: The qualification threshold; `-infinity` qualifies every lead, `+infinity` none.
    ///     NaN is a programming error.
    /// - Throws: ``MetricError`` for mismatched lengths, no leads or a non-finite score.
    /// - Complexity: O(*n*).
    public init(scores: [Double], labels: [Bool], threshold: Double) throws(MetricError) {
        precondition(!threshold.isNaN, "the qualification threshold must not be NaN")
        try validateMetricInput(scores: scores, labels: labels)
        var tp = 0
        var fp = 0
        var fn = 0
        var tn = 0
        for (score, label) in zip(scores, labels) {
            switch (score >= threshold, label) {
            case (true, true): tp += 1
            case (true, false): fp += 1
            case (false, true): fn += 1
            case (false, false): tn += 1
            }
        }
        self.init(truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn)
    }

    /// All leads.
    public var count: Int { truePositives + falsePositives + falseNegatives + trueNegatives }
    /// Leads that converted.
    public var positives: Int { truePositives + falseNegatives }
    /// Leads that did not convert.
    public var negatives: Int { falsePositives + trueNegatives }
    /// Leads qualified (`score ≥ threshold`).
    public var qualified: Int { truePositives + falsePositives }

    /// TP / (TP + FP): the conversion rate of qualified leads; `nil` when nothing is qualified.
    public var precision: Double? { ratio(truePositives, qualified) }

    /// TP / (TP + FN): the share of conversions that were qualified; `nil` when no lead converted.
    public var recall: Double? { ratio(truePositives, positives) }

    /// 2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall where both exist; `nil` only
    /// when nothing is qualified and no lead converted.
    public var f1: Double? { ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }

    /// (TP + FN) / n: the conversion rate of all leads; `nil` when there are no leads.
    public var baseRate: Double? { ratio(positives, count) }

    /// Precision ÷ base rate: how many times better than contacting leads at random; `nil` when either is
    /// undefined or no lead converted.
    public var lift: Double? {
        guard let precision, let baseRate, baseRate > 0 else { return nil }
        return precision / baseRate
    }

    /// 1 ÷ precision: leads contacted per conversion; `nil` when nothing is qualified or no qualified
    /// lead converted.
    public var contactsPerConversion: Double? {
        guard truePositives > 0 else { return nil }
        return Double(qualified) / Double(truePositives)
    }
}

/// `numerator / denominator`, or `nil` when the denominator is 0.
func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
    denominator == 0 ? nil : Double(numerator) / Double(denominator)
}
