extension RankedScores {
    /// ROC AUC and average precision of one resample from a single pass over its blocks (the formulas
    /// are at ``rocAUC(counts:)`` and ``averagePrecision(counts:)``, which return one of the two): the
    /// two tallies are independent, so taking them together reads the resample's counts once, not
    /// twice.
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
