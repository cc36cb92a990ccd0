extension RankedScores {
    /// Average precision of a resample given as a count per row: scikit-learn's
    /// `average_precision_score` on the resample with its repeats, without expanding or sorting it.
    ///
    /// Over the distinct scores `g` of the resample, highest first, with `TP_g` and `Q_g` the converted
    /// and all leads scoring at least block `g`'s score (counted with repeats) and `P` the converted total:
    ///
    ///     AP = Σ_g (R_g − R_{g−1}) · P_g = (1 / P) · Σ_{g: p_g > 0} p_g · TP_g / Q_g
    ///
    /// with recall `R_g = TP_g / P` and precision `P_g = TP_g / Q_g`. Blocks with no drawn lead change
    /// neither sum nor counts, so the result equals ``averagePrecisionScore(scores:labels:)`` on the
    /// expanded resample bit for bit (the same terms added in the same order).
    ///
    ///     let ranked = try RankedScores(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true])
    ///     ranked.averagePrecision(counts: [1, 1, 1, 1])   // ½ · 1 + ½ · ⅔ = 0.8333…
    ///
    /// - Parameter counts: How often each row is in the resample; one per row of the sample.
    /// - Returns: The average precision, or `nil` when the resample's scored leads lack a class (as
    ///   scikit-learn's binary metrics, leadbench asks for both).
    /// - Complexity: O(*n*), no allocation.
    public func averagePrecision(counts: [Int]) -> Double? { rocAUCAndAveragePrecision(counts: counts).averagePrecision }
}
