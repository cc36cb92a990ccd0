extension RankedScores {
    /// ROC AUC of a resample given as a count per row: scikit-learn's `roc_auc_score` on the resample
    /// with its repeats, without expanding or sorting it.
    ///
    /// With `p_g`, `n_g` the resample's converted and other leads in block `g` (highest score first),
    /// `P = Σ p_g`, `N = Σ n_g` and `TP_before(g) = Σ_{h < g} p_h`:
    ///
    ///     AUC = Σ_g n_g · (2·TP_before(g) + p_g) / (2·P·N)
    ///
    /// — each (converted, other) pair counts 1 when the converted lead scores higher and ½ on a tie. The
    /// numerator is an exact integer, so the result equals ``rocAUCScore(scores:labels:)`` on the
    /// expanded resample bit for bit.
    ///
    ///     let ranked = try RankedScores(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true])
    ///     ranked.rocAUC(counts: [1, 1, 1, 1])   // 0.75
    ///     ranked.rocAUC(counts: [2, 0, 1, 0])   // 1: 0.35 beats both copies of 0.1
    ///
    /// - Parameter counts: How often each row is in the resample; one per row of the sample.
    /// - Returns: The AUC, or `nil` when the resample's scored leads lack a class.
    /// - Complexity: O(*n*), no allocation.
    public func rocAUC(counts: [Int]) -> Double? { rocAUCAndAveragePrecision(counts: counts).auc }
}
