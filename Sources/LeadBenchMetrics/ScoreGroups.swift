/// Leads grouped by distinct score, highest score first: the one sort every ranking metric shares.
///
/// Group `g` holds every lead whose score equals `scores[g]`; a threshold at `scores[g]` qualifies
/// groups `0...g`. This is scikit-learn's `confusion_matrix_at_thresholds` (the distinct thresholds and
/// the cumulative counts at each) in integers.
struct ScoreGroups: Sendable {
    /// Distinct scores, strictly decreasing.
    let scores: [Double]
    /// Leads in each group.
    let sizes: [Int]
    /// Converted leads in each group.
    let positives: [Int]
    /// Class totals over all groups.
    let classes: ClassCounts

    /// Groups validated inputs. - Complexity: O(*n* log *n*).
    ///
    /// Each class's scores are sorted on their own (plain comparisons of numbers, no indirection) and
    /// the two merged from the top: the same groups as sorting every lead by score. A negative zero ties
    /// with a positive one and its group shows whichever comes first in the leads' order, so a sample
    /// holding one is sorted lead by lead instead.
    init(scores input: [Double], labels: [Bool], classes: ClassCounts) {
        var scores: [Double] = []
        var sizes: [Int] = []
        var positives: [Int] = []
        if input.contains(where: { $0 == 0 && $0.sign == .minus }) {
            for index in input.indices.sorted(by: { input[$0] > input[$1] }) {
                if let last = scores.last, last == input[index] {
                    sizes[sizes.count - 1] += 1
                } else {
                    scores.append(input[index])
                    sizes.append(1)
                    positives.append(0)
                }
                if labels[index] { positives[positives.count - 1] += 1 }
            }
        } else {
            var converted: [Double] = []
            var other: [Double] = []
            converted.reserveCapacity(classes.positives)
            other.reserveCapacity(classes.negatives)
            for (score, label) in zip(input, labels) {
                if label { converted.append(score) } else { other.append(score) }
            }
            converted.sort()
            other.sort()
            var i = converted.count - 1
            var j = other.count - 1
            while i >= 0 || j >= 0 {
                let score = i < 0 ? other[j] : j < 0 ? converted[i] : max(converted[i], other[j])
                var size = 0
                var hits = 0
                while i >= 0 && converted[i] == score {
                    hits += 1
                    i -= 1
                }
                while j >= 0 && other[j] == score {
                    size += 1
                    j -= 1
                }
                scores.append(score)
                sizes.append(size + hits)
                positives.append(hits)
            }
        }
        self.scores = scores
        self.sizes = sizes
        self.positives = positives
        self.classes = classes
    }

    /// Validates (with `requirements`) and groups.
    static func make(
        scores: [Double], labels: [Bool], requiring requirements: MetricInputRequirements = .bothClasses
    ) throws(MetricError) -> ScoreGroups {
        let classes = try validateMetricInput(scores: scores, labels: labels, requiring: requirements)
        return ScoreGroups(scores: scores, labels: labels, classes: classes)
    }

    var count: Int { scores.count }

    /// Positives with score ≥ `scores[g]`, for each `g` (scikit-learn's `tps`).
    var cumulativeTruePositives: [Int] { runningSum(positives) }

    /// Negatives with score ≥ `scores[g]`, for each `g` (scikit-learn's `fps`).
    var cumulativeFalsePositives: [Int] { runningSum(zip(sizes, positives).map { $0 - $1 }) }

    /// Leads with score ≥ `scores[g]`, for each `g`.
    var cumulativeSizes: [Int] { runningSum(sizes) }
}

/// The running (inclusive prefix) sums of `values`.
func runningSum(_ values: [Int]) -> [Int] {
    var total = 0
    return values.map { value in
        total += value
        return total
    }
}
