/// The Brier score: the mean squared difference between predicted probability and outcome.
///
///     Brier = (1/n) · Σ_i (p_i − y_i)²,   y_i = 1 for a converted lead, 0 otherwise
///
/// 0 is perfect; always predicting the base rate `b` scores `b·(1 − b)`. Lower is better.
///
///     try brierLoss(probabilities: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true])
///     // (0.01 + 0.16 + 0.4225 + 0.04) / 4 = 0.158125
///
/// Matches scikit-learn's `brier_score_loss(y_true, y_proba)` for binary labels (its default
/// `scale_by_half="auto"` halves the two-column sum, which is this mean). One class alone is allowed.
///
/// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite value or a value outside
///   `[0, 1]`.
/// - Complexity: O(*n*).
public func brierLoss(probabilities: [Double], labels: [Bool]) throws(MetricError) -> Double {
    try validateMetricInput(scores: probabilities, labels: labels, requiring: .probabilities)
    var sum = 0.0
    for (p, label) in zip(probabilities, labels) {
        let error = p - (label ? 1 : 0)
        sum += error * error
    }
    return sum / Double(probabilities.count)
}
