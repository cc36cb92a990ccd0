/// The Kolmogorov–Smirnov statistic between the scores of converted and non-converted leads: the
/// largest vertical gap between the two classes' empirical score distributions.
///
///     KS = max_t | TPR(t) − FPR(t) |
///
/// over every threshold `t` (qualifying `score ≥ t`), where TPR and FPR are the shares of positives and
/// negatives qualified. Tied scores move both rates at once, so a tie never opens a gap of its own.
/// 0 means the classes' scores are identically distributed, 1 that a threshold separates them.
///
///     try ksStatistic(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true])
///     // at t = 0.8: |½ − 0| = ½; at 0.4: |½ − ½| = 0; at 0.35: |1 − ½| = ½  →  0.5
///
/// Matches `scipy.stats.ks_2samp(scores[labels], scores[!labels]).statistic` (two-sided, exact
/// empirical CDFs), which is the same maximum taken over the classes' CDFs (`1 − TPR` and `1 − FPR`).
///
/// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite score or a single class.
/// - Complexity: O(*n* log *n*).
public func ksStatistic(scores: [Double], labels: [Bool]) throws(MetricError) -> Double {
    let groups = try ScoreGroups.make(scores: scores, labels: labels)
    let positives = Double(groups.classes.positives)
    let negatives = Double(groups.classes.negatives)
    var truePositives = 0
    var falsePositives = 0
    var largest = 0.0
    for g in 0..<groups.count {
        truePositives += groups.positives[g]
        falsePositives += groups.sizes[g] - groups.positives[g]
        largest = max(largest, abs(Double(truePositives) / positives - Double(falsePositives) / negatives))
    }
    return largest
}
