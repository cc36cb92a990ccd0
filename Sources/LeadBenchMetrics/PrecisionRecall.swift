/// Average precision: the precision at each threshold, weighted by the recall gained there.
///
///     AP = Σ_k (R_k − R_{k−1}) · P_k
///
/// over the distinct scores taken as thresholds from the highest down (`R_{−1} = 0`), where `P_k` and
/// `R_k` are the precision and recall of qualifying every lead with `score ≥ threshold_k`. This is the
/// step-wise sum, not the interpolated (trapezoidal or 11-point) area: equivalently, the mean over
/// converted leads of the precision at that lead's own score, where tied leads share one threshold.
///
///     try averagePrecisionScore(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true])
///     // ½ · 1 (at 0.8) + ½ · ⅔ (at 0.35) = 0.8333…
///
/// Matches scikit-learn's `average_precision_score(y_true, y_score)` for binary labels.
///
/// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite score or a single class.
/// - Complexity: O(*n* log *n*).
public func averagePrecisionScore(scores: [Double], labels: [Bool]) throws(MetricError) -> Double {
    let groups = try ScoreGroups.make(scores: scores, labels: labels)
    var sum = 0.0
    var truePositives = 0
    var qualified = 0
    for g in 0..<groups.count {
        truePositives += groups.positives[g]
        qualified += groups.sizes[g]
        if groups.positives[g] > 0 {
            sum += Double(groups.positives[g]) * Double(truePositives) / Double(qualified)
        }
    }
    return sum / Double(groups.classes.positives)
}

/// A precision–recall curve in scikit-learn's layout: thresholds increasing, recall decreasing, and a
/// final point (precision 1, recall 0) that has no threshold.
public struct PrecisionRecallCurve: Sendable, Equatable {
    /// `precision[i]` is the precision of qualifying `score ≥ thresholds[i]`; the last element is 1.
    public let precision: [Double]
    /// `recall[i]` is the recall of qualifying `score ≥ thresholds[i]`; decreasing, the last element is 0.
    public let recall: [Double]
    /// Increasing distinct scores; one fewer than `precision` and `recall`.
    public let thresholds: [Double]
}

/// The precision–recall curve, exactly as scikit-learn's `precision_recall_curve(y_true, y_score)`.
///
/// One point per distinct score, lowest threshold first (recall 1 at the lowest score), then the final
/// point (1, 0). Tied scores form one threshold, never a separate point per lead.
///
/// `dropIntermediate` mirrors scikit-learn's parameter of the same name, whose default is `false`
/// (scikit-learn 1.3–1.9 alike): when `true` and there are more than two thresholds, an interior
/// threshold is dropped if its true-positive count equals both its neighbours' (it lies on a vertical
/// run of the plotted curve); the first and last thresholds are always kept.
///
///     let curve = try precisionRecallCurve(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true])
///     // precision [0.5, 0.667, 0.5, 1, 1], recall [1, 1, 0.5, 0.5, 0], thresholds [0.1, 0.35, 0.4, 0.8]
///
/// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite score or a single class.
/// - Complexity: O(*n* log *n*).
public func precisionRecallCurve(
    scores: [Double], labels: [Bool], dropIntermediate: Bool = false
) throws(MetricError) -> PrecisionRecallCurve {
    let groups = try ScoreGroups.make(scores: scores, labels: labels)
    let tps = groups.cumulativeTruePositives
    let fps = groups.cumulativeFalsePositives
    var kept = Array(tps.indices)
    if dropIntermediate && tps.count > 2 {
        kept = tps.indices.filter { i in
            i == 0 || i == tps.count - 1 || tps[i] != tps[i - 1] || tps[i + 1] != tps[i]
        }
    }
    let positives = Double(groups.classes.positives)
    let ascending = kept.reversed()
    return PrecisionRecallCurve(
        precision: ascending.map { Double(tps[$0]) / Double(tps[$0] + fps[$0]) } + [1],
        recall: ascending.map { Double(tps[$0]) / positives } + [0],
        thresholds: ascending.map { groups.scores[$0] })
}
