/// Slow implementations straight from the definitions, to check the fast ones against.
enum ReferenceMetrics {
    /// AUC over every (positive, negative) pair, a tie counting ½. O(P·N).
    static func auc(_ scores: [Double], _ labels: [Bool]) -> Double {
        var wins = 0.0
        var pairs = 0.0
        for i in scores.indices where labels[i] {
            for j in scores.indices where !labels[j] {
                pairs += 1
                wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0
            }
        }
        return wins / pairs
    }

    /// AP by definition: the mean over converted leads of the precision of qualifying every lead scored
    /// at least as high. O(n²).
    static func averagePrecision(_ scores: [Double], _ labels: [Bool]) -> Double {
        var sum = 0.0
        var positives = 0
        for i in scores.indices where labels[i] {
            positives += 1
            let qualified = scores.indices.filter { scores[$0] >= scores[i] }
            sum += Double(qualified.filter { labels[$0] }.count) / Double(qualified.count)
        }
        return sum / Double(positives)
    }

    /// KS as the largest gap between the two classes' empirical CDFs, at every score. O(n²).
    static func ks(_ scores: [Double], _ labels: [Bool]) -> Double {
        let positives = scores.indices.filter { labels[$0] }.map { scores[$0] }
        let negatives = scores.indices.filter { !labels[$0] }.map { scores[$0] }
        return scores.map { t in
            let a = Double(positives.filter { $0 <= t }.count) / Double(positives.count)
            let b = Double(negatives.filter { $0 <= t }.count) / Double(negatives.count)
            return abs(a - b)
        }.max() ?? 0
    }

    /// Conversions per group under fractional assignment, unit by unit: every lead is cut into `groups`
    /// equal units, a unit of a tied run carries the run's conversion rate, and group `k` takes units
    /// `[k·n, (k+1)·n)`. O(n·groups).
    static func conversionsPerGroup(_ scores: [Double], _ labels: [Bool], groups: Int) -> [Double] {
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var unitRates: [Double] = []
        var start = 0
        while start < order.count {
            var end = start
            while end < order.count && scores[order[end]] == scores[order[start]] { end += 1 }
            let converted = order[start..<end].filter { labels[$0] }.count
            let rate = Double(converted) / Double(end - start)
            unitRates += Array(repeating: rate / Double(groups), count: (end - start) * groups)
            start = end
        }
        let n = scores.count
        return (0..<groups).map { k in unitRates[(k * n)..<((k + 1) * n)].reduce(0, +) }
    }
}
