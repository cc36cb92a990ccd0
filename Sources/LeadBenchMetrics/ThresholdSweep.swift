/// Confusion counts at a sweep of thresholds, highest first, for choosing a qualification threshold.
///
/// The candidate thresholds are the distinct scores themselves, so every point is reproduced exactly by
/// `ConfusionCounts(scores:labels:threshold: point.threshold)`. When there are at most `maxPoints`
/// distinct scores, every one is a point. Otherwise the points are quantiles of the qualified volume:
/// for `j = 1…maxPoints`, the highest distinct score that qualifies at least `⌈j · n / maxPoints⌉` leads
/// (duplicates merged, so ties can leave fewer points). The last point always qualifies every lead.
///
/// Volume per week, capacity and the choice of objective belong to the caller: each point carries its
/// counts (qualified, TP, FP, FN, TN) and, through ``ConfusionCounts``, precision, recall, F1, lift and
/// contacts per conversion. At every point at least one lead is qualified and both classes exist, so
/// precision, recall, F1 and lift are never `nil` here.
public struct ThresholdSweep: Sendable, Equatable {
    /// One candidate threshold and its counts.
    public struct Point: Sendable, Hashable {
        /// Leads with `score ≥ threshold` are qualified; always one of the scores.
        public let threshold: Double
        /// The confusion counts at the threshold.
        public let counts: ConfusionCounts
    }

    /// The points, threshold decreasing (qualified count increasing).
    public let points: [Point]
    /// The class totals.
    public let classes: ClassCounts
    /// How many distinct scores there are (the points when no more than `maxPoints`).
    public let distinctScores: Int

    /// Sweeps the thresholds.
    ///
    /// - Parameters:
    ///   - scores: One score per lead.
    ///   - labels: Whether each lead converted; both classes must occur.
    ///   - maxPoints: The most points to return; at least 1 (a programming error otherwise).
    /// - Throws: ``MetricError`` for mismatched lengths, no leads, a non-finite score or a single class.
    /// - Complexity: O(*n* log *n*).
    public init(scores: [Double], labels: [Bool], maxPoints: Int = 200) throws(MetricError) {
        precondition(maxPoints >= 1, "a threshold sweep needs at least one point, not \(maxPoints)")
        let groups = try ScoreGroups.make(scores: scores, labels: labels)
        let tps = groups.cumulativeTruePositives
        let qualified = groups.cumulativeSizes
        let chosen = groups.count <= maxPoints
            ? Array(0..<groups.count)
            : Self.quantileGroups(cumulativeSizes: qualified, total: groups.classes.count, points: maxPoints)
        let classes = groups.classes
        points = chosen.map { g in
            Point(
                threshold: groups.scores[g],
                counts: ConfusionCounts(
                    truePositives: tps[g], falsePositives: qualified[g] - tps[g],
                    falseNegatives: classes.positives - tps[g],
                    trueNegatives: classes.negatives - (qualified[g] - tps[g])))
        }
        self.classes = classes
        distinctScores = groups.count
    }

    /// For `j = 1…points`, the first group whose cumulative size reaches `⌈j · total / points⌉`,
    /// without repeats.
    private static func quantileGroups(cumulativeSizes: [Int], total: Int, points: Int) -> [Int] {
        var chosen: [Int] = []
        var g = 0
        for j in 1...points {
            let target = (j * total + points - 1) / points
            while cumulativeSizes[g] < target { g += 1 }
            if chosen.last != g { chosen.append(g) }
        }
        return chosen
    }
}
