import Foundation

/// Log loss (binary cross-entropy): the mean negative log-likelihood of the outcomes.
///
///     LogLoss = −(1/n) · Σ_i [ y_i · ln(clip(p_i)) + (1 − y_i) · ln(clip(1 − p_i)) ]
///     clip(x) = min(max(x, ε), 1 − ε),   ε = 2⁻⁵² ≈ 2.22e-16 (`Double.ulpOfOne`)
///
/// Lower is better; always predicting the base rate `b` scores `−b·ln b − (1 − b)·ln(1 − b)`. The
/// clipping keeps a confident mistake finite: a probability of exactly 0 for a converted lead costs
/// `−ln ε ≈ 36.04`. Note that `1 − p` is formed before clipping, as scikit-learn does.
///
///     try logLoss(probabilities: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true])
///     // −(ln 0.9 + ln 0.6 + ln 0.35 + ln 0.8) / 4 = 0.4722…
///
/// Matches scikit-learn's `log_loss(y_true, y_proba)` for binary labels as of the pinned 1.9.1: since
/// 1.5 the `eps` parameter is gone and probabilities are clipped to the machine epsilon of their dtype
/// (float64 here); older versions clipped to 1e-15 by default. Unlike scikit-learn, which then needs
/// `labels=[0, 1]`, a single class is allowed.
///
/// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite value or a value outside
///   `[0, 1]`.
/// - Complexity: O(*n*).
public func logLoss(probabilities: [Double], labels: [Bool]) throws(MetricError) -> Double {
    try validateMetricInput(scores: probabilities, labels: labels, requiring: .probabilities)
    let epsilon = Double.ulpOfOne
    var sum = 0.0
    for (p, label) in zip(probabilities, labels) {
        let likelihood = label ? p : 1 - p
        sum -= log(min(max(likelihood, epsilon), 1 - epsilon))
    }
    return sum / Double(probabilities.count)
}
