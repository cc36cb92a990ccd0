/// The rank-based ROC AUC and DeLong's placement values, for the statistics in this folder (DeLong's
/// test, tests of the bootstrap). Internal: the public AUC metric lives with the other metrics.
///
/// With `m` positives `X`, `n` negatives `Y` and midranks (ties share the mean of their ranks):
///
///     AUC = (Σᵢ rank_Z(Xᵢ) − m(m+1)/2) / (m·n)                   Z = X ∪ Y (Mann–Whitney U / mn)
///     V10ᵢ = (rank_Z(Xᵢ) − rank_X(Xᵢ)) / n                       share of negatives below Xᵢ, ties ½
///     V01ⱼ = 1 − (rank_Z(Yⱼ) − rank_Y(Yⱼ)) / m                   share of positives above Yⱼ, ties ½
///
/// so AUC = mean(V10) = mean(V01), in O((m + n) log(m + n)) instead of the O(m·n) pair count.
///
/// ## References
/// X. Sun, W. Xu, "Fast implementation of DeLong's algorithm for comparing the areas under correlated
/// receiver operating characteristic curves", IEEE Signal Processing Letters 21(11), 1389–1393 (2014).
/// doi:10.1109/LSP.2014.2337313
enum StatisticsAUC {
    /// The placement values of one model's scores, and its AUC.
    struct Placements: Sendable, Equatable {
        /// `mean(positive)`, the AUC.
        var auc: Double
        /// V10: per positive, the share of negatives it outscores (ties count ½).
        var positive: [Double]
        /// V01: per negative, the share of positives that outscore it (ties count ½).
        var negative: [Double]
    }

    /// 1-based midranks of `values`: tied values share the mean of the ranks they span.
    static func midranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end + 2) / 2
            for position in start...end { ranks[order[position]] = rank }
            start = end + 1
        }
        return ranks
    }

    /// Placement values for the positives' scores `x` and the negatives' scores `y` (both non-empty).
    static func placements(positive x: [Double], negative y: [Double]) -> Placements {
        let m = Double(x.count), n = Double(y.count)
        let combined = midranks(x + y)
        let withinPositive = midranks(x)
        let withinNegative = midranks(y)
        let v10 = x.indices.map { (combined[$0] - withinPositive[$0]) / n }
        let v01 = y.indices.map { 1 - (combined[x.count + $0] - withinNegative[$0]) / m }
        return Placements(auc: v10.reduce(0, +) / m, positive: v10, negative: v01)
    }

    /// The AUC of `scores` against `labels`, or `nil` when a class is missing.
    static func auc(scores: [Double], labels: [Bool]) -> Double? {
        auc(scores: scores, labels: labels, rows: Array(scores.indices))
    }

    /// The AUC of the rows `rows` (repeats allowed, as in a bootstrap resample), or `nil` when they hold
    /// a single class.
    static func auc(scores: [Double], labels: [Bool], rows: [Int]) -> Double? {
        var positives: [Double] = [], negatives: [Double] = []
        for row in rows {
            if labels[row] { positives.append(scores[row]) } else { negatives.append(scores[row]) }
        }
        guard !positives.isEmpty, !negatives.isEmpty else { return nil }
        let ranks = midranks(positives + negatives)
        let m = Double(positives.count), n = Double(negatives.count)
        let rankSum = ranks[0..<positives.count].reduce(0, +)
        return (rankSum - m * (m + 1) / 2) / (m * n)
    }
}
