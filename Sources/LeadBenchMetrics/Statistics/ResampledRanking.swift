extension RankedScores {
    /// ROC AUC and average precision of one resample from a single pass over its blocks: each is
    /// computed exactly as ``rocAUC(counts:)`` and ``averagePrecision(counts:)`` compute it (the same
    /// integer tallies, the same floating-point operations in the same order), so both are equal to
    /// those bit for bit, for half the reading of the resample's counts.
    ///
    /// - Parameter counts: How often each row is in the resample; one per row of the sample.
    /// - Complexity: O(*n*), no allocation.
    public func rocAUCAndAveragePrecision(counts: [Int]) -> (auc: Double?, averagePrecision: Double?) {
        var doubledPairs = 0
        var positivesAbove = 0
        var negatives = 0
        var sum = 0.0
        var qualified = 0
        forEachBlock(counts) { p, n in
            doubledPairs += n * (2 * positivesAbove + p)
            positivesAbove += p
            negatives += n
            qualified += p + n
            if p > 0 { sum += Double(p) * Double(positivesAbove) / Double(qualified) }
        }
        let auc = positivesAbove > 0 && negatives > 0 ? Double(doubledPairs) / (2 * Double(positivesAbove) * Double(negatives)) : nil
        let averagePrecision = positivesAbove > 0 && qualified > positivesAbove ? sum / Double(positivesAbove) : nil
        return (auc, averagePrecision)
    }
}
