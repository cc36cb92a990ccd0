/// A reliability curve: per non-empty probability bin, the observed conversion rate against the mean
/// predicted probability.
public struct CalibrationCurve: Sendable, Equatable {
    /// The observed conversion rate of each non-empty bin, lowest bin first.
    public let probTrue: [Double]
    /// The mean predicted probability of each non-empty bin, lowest bin first.
    public let probPred: [Double]
}

/// The calibration curve, exactly as scikit-learn's
/// `calibration_curve(y_true, y_prob, n_bins=bins, strategy="uniform")`.
///
///     probTrue_k = (converted leads in bin k) / (leads in bin k)
///     probPred_k = (Σ probabilities in bin k) / (leads in bin k)
///
/// for each non-empty bin `k` of `bins` equal-width bins on `[0, 1]`, closed on the right (see
/// ``CalibrationTable`` for the edges and for a table that keeps the empty bins).
///
///     try calibrationCurve(probabilities: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true], bins: 2)
///     // bin [0, 0.5]: 3 leads, 1 converted, mean 0.2833…; bin (0.5, 1]: 1 lead, converted, 0.8
///     // probTrue [0.3333…, 1], probPred [0.2833…, 0.8]
///
/// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite value or a value outside
///   `[0, 1]`. One class alone is allowed.
/// - Complexity: O(*n* log `bins`).
public func calibrationCurve(probabilities: [Double], labels: [Bool], bins: Int = 10) throws(MetricError)
    -> CalibrationCurve
{
    try CalibrationTable(probabilities: probabilities, labels: labels, bins: bins).curve
}
