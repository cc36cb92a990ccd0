/// The area under the ROC curve: the probability that a randomly chosen converted lead scores above a
/// randomly chosen non-converted one, a tie counting one half.
///
///     AUC = (1 / (P·N)) · Σ_{i positive} Σ_{j negative} ( [s_i > s_j] + ½·[s_i = s_j] )
///
/// computed in one pass over the leads grouped by distinct score (highest first): a group with `p_g`
/// positives and `n_g` negatives adds `n_g · (TP_before + p_g / 2)`, where `TP_before` counts the
/// positives scored strictly higher. The sum is an exact integer (doubled), divided once at the end.
///
///     try rocAUCScore(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true])   // 0.75
///
/// Matches scikit-learn's `roc_auc_score(y_true, y_score)` for binary labels (which integrates the ROC
/// curve with the trapezoid rule; the trapezoids over a tied group are exactly the ½ above).
///
/// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite score or a single class.
/// - Complexity: O(*n* log *n*).
public func rocAUCScore(scores: [Double], labels: [Bool]) throws(MetricError) -> Double {
    let groups = try ScoreGroups.make(scores: scores, labels: labels)
    var doubledPairs = 0
    var positivesAbove = 0
    for g in 0..<groups.count {
        let negatives = groups.sizes[g] - groups.positives[g]
        doubledPairs += negatives * (2 * positivesAbove + groups.positives[g])
        positivesAbove += groups.positives[g]
    }
    let classes = groups.classes
    return Double(doubledPairs) / (2 * Double(classes.positives) * Double(classes.negatives))
}

/// A receiver operating characteristic curve: false- and true-positive rates as the threshold falls.
public struct ROCCurve: Sendable, Equatable {
    /// False-positive rates `FP / N`, increasing from 0 to 1.
    public let fpr: [Double]
    /// True-positive rates `TP / P` (recall), increasing from 0 to 1.
    public let tpr: [Double]
    /// Decreasing thresholds; point `i` qualifies leads with `score ≥ thresholds[i]`. The first is
    /// `+infinity` (nothing qualified), so the curve starts at (0, 0).
    public let thresholds: [Double]
}

/// The ROC curve, exactly as scikit-learn's `roc_curve(y_true, y_score)` with its default
/// `drop_intermediate=True`.
///
/// One point per distinct score, highest first, plus the leading (0, 0) point at threshold `+infinity`.
/// Points that lie inside a straight segment are dropped: with `fps` and `tps` the cumulative counts per
/// distinct threshold, an interior point `i` is kept only if `fps[i+1] − 2·fps[i] + fps[i−1] ≠ 0` or the
/// same for `tps`; the first and last points are always kept. The area under the returned curve is
/// ``rocAUCScore(scores:labels:)``.
///
///     let curve = try rocCurve(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true])
///     // fpr [0, 0, 0.5, 0.5, 1], tpr [0, 0.5, 0.5, 1, 1], thresholds [inf, 0.8, 0.4, 0.35, 0.1]
///
/// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite score or a single class.
/// - Complexity: O(*n* log *n*).
public func rocCurve(scores: [Double], labels: [Bool]) throws(MetricError) -> ROCCurve {
    let groups = try ScoreGroups.make(scores: scores, labels: labels)
    let tps = groups.cumulativeTruePositives
    let fps = groups.cumulativeFalsePositives
    var kept = Array(tps.indices)
    if tps.count > 2 {
        kept = tps.indices.filter { i in
            if i == 0 || i == tps.count - 1 { return true }
            return fps[i + 1] - 2 * fps[i] + fps[i - 1] != 0 || tps[i + 1] - 2 * tps[i] + tps[i - 1] != 0
        }
    }
    let positives = Double(groups.classes.positives)
    let negatives = Double(groups.classes.negatives)
    return ROCCurve(
        fpr: [0] + kept.map { Double(fps[$0]) / negatives },
        tpr: [0] + kept.map { Double(tps[$0]) / positives },
        thresholds: [.infinity] + kept.map { groups.scores[$0] })
}
